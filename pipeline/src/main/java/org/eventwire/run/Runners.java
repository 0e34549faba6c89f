package org.eventwire.run;

import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.options.PipelineOptions;
import org.checkerframework.checker.nullness.qual.Nullable;

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

  /**
   * The REST address of a remote Flink cluster the run is submitted to (--flinkMaster=HOST:PORT),
   * or null when the run is not on one.
   */
  public static @Nullable String remoteFlinkMaster(PipelineOptions options) {
    if (options.getRunner() != FlinkRunner.class) {
      return null;
    }
    String master = options.as(FlinkPipelineOptions.class).getFlinkMaster();
    return master == null || master.startsWith("[") ? null : master;
  }
}
