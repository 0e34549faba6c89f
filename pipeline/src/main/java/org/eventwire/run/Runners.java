package org.eventwire.run;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;

/** Which runner a run is on, asked in one place: a few settings and the progress line differ. */
public final class Runners {
  private Runners() {}

  /** The DirectRunner: its workers are threads of this JVM. */
  public static boolean direct(PipelineOptions options) {
    return options.getRunner() == DirectRunner.class;
  }

  /**
   * Flink on a cluster embedded in this JVM (--flinkMaster=[local]), whose attached mode gives no
   * metrics until the job ends.
   */
  public static boolean embeddedFlink(PipelineOptions options) {
    return options.getRunner() == FlinkRunner.class
        && "[local]".equals(options.as(FlinkPipelineOptions.class).getFlinkMaster());
  }
}
