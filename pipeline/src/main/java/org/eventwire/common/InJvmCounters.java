package org.eventwire.common;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricName;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Beam counters that also count in this JVM, for the progress line. Flink's attached mode hands
 * over the job's metrics only when the job is over, but on an embedded cluster the workers run in
 * the launching JVM, so the progress line can read their counts here while the job runs. Only the
 * progress line reads them: the manifest's counts always come from the runner's metrics (which,
 * unlike these, count a retried bundle once).
 */
public final class InJvmCounters {
  private static final Map<MetricName, AtomicLong> COUNTS = new ConcurrentHashMap<>();

  private InJvmCounters() {}

  /** A counter that increments the Beam metric and this JVM's count of the same name. */
  public static Counter counter(Class<?> namespace, String name) {
    return new Both(Metrics.counter(namespace, name));
  }

  /** This JVM's count so far, 0 if nothing was counted. */
  public static long get(Class<?> namespace, String name) {
    AtomicLong count = COUNTS.get(MetricName.named(namespace, name));
    return count == null ? 0 : count.get();
  }

  /**
   * Forgets every count: called as a run starts, so that a JVM running several runs counts each
   * alone.
   */
  public static void reset() {
    COUNTS.clear();
  }

  private static final class Both implements Counter, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final Counter metric;

    Both(Counter metric) {
      this.metric = metric;
    }

    private AtomicLong local() {
      return COUNTS.computeIfAbsent(metric.getName(), name -> new AtomicLong());
    }

    @Override
    public void inc() {
      inc(1);
    }

    @Override
    public void inc(long n) {
      metric.inc(n);
      local().addAndGet(n);
    }

    @Override
    public void dec() {
      inc(-1);
    }

    @Override
    public void dec(long n) {
      inc(-n);
    }

    @Override
    public MetricName getName() {
      return metric.getName();
    }
  }
}
