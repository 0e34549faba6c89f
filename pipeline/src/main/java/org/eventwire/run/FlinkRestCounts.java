package org.eventwire.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.reprints.FindReprints;

/**
 * A running job's counts, read from a remote Flink cluster's REST API: the launcher of a job on a
 * cluster holds no worker and, in attached mode, no metrics until the job ends. Beam's Flink runner
 * keeps a job's metrics in one accumulator ({@code __metricscontainers}) whose value the REST API
 * gives as JSON, each counter a base64 varint; task managers send it with their heartbeats, so it
 * moves while the job runs.
 */
final class FlinkRestCounts implements Supplier<RunCounts> {
  static final String BEAM_METRICS_ACCUMULATOR = "__metricscontainers";
  private static final String SUM_INT64 = "beam:metrics:sum_int64:v1";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private final URI rest;
  private final String jobName;
  private @Nullable String jobId;

  /**
   * @param flinkMaster the job manager's REST address, HOST:PORT or a URL
   * @param jobName the Beam job name, which the Flink runner gives the Flink job
   */
  FlinkRestCounts(String flinkMaster, String jobName) {
    this.rest = URI.create(flinkMaster.contains("://") ? flinkMaster : "http://" + flinkMaster);
    this.jobName = jobName;
  }

  /** The counts so far; throws while the job is not yet known to the cluster or REST is down. */
  @Override
  public RunCounts get() {
    try {
      if (jobId == null) {
        jobId = findJob();
      }
      Map<String, Long> counters = counters(fetch("/jobs/" + jobId + "/accumulators"));
      Map<String, Long> dedup = new TreeMap<>();
      for (String name :
          List.of(FindReprints.CANONICAL_DOCUMENTS, FindReprints.REPRINT_DOCUMENTS)) {
        dedup.put(name, counters.getOrDefault(key(FindReprints.class.getName(), name), 0L));
      }
      return RunCounts.of(
          (namespace, name) -> counters.getOrDefault(key(namespace.getName(), name), 0L),
          dedup,
          Map.of());
    } catch (IOException e) {
      throw new IllegalStateException("Flink REST API at " + rest + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The newest job of this name: a rerun under the same name is a new job. */
  private String findJob() throws IOException, InterruptedException {
    String found = null;
    long newest = Long.MIN_VALUE;
    for (JsonNode job : fetch("/jobs/overview").path("jobs")) {
      if (jobName.equals(job.path("name").asText()) && job.path("start-time").asLong() > newest) {
        newest = job.path("start-time").asLong();
        found = job.path("jid").asText();
      }
    }
    if (found == null) {
      throw new IOException("no job named " + jobName + " yet");
    }
    return found;
  }

  private JsonNode fetch(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(rest.resolve(path)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + " answered " + response.statusCode());
    }
    return json.readTree(response.body());
  }

  /** Every Beam counter in an accumulators answer, summed over steps, by namespace and name. */
  Map<String, Long> counters(JsonNode accumulators) throws IOException {
    Map<String, Long> sums = new HashMap<>();
    for (JsonNode accumulator : accumulators.path("user-task-accumulators")) {
      if (!BEAM_METRICS_ACCUMULATOR.equals(accumulator.path("name").asText())) {
        continue;
      }
      JsonNode metrics = json.readTree(accumulator.path("value").asText());
      for (JsonNode metric : metrics.path("metrics").path("attempted")) {
        if (!SUM_INT64.equals(metric.path("type").asText())) {
          continue;
        }
        JsonNode labels = metric.path("labels");
        sums.merge(
            key(labels.path("NAMESPACE").asText(), labels.path("NAME").asText()),
            varint(Base64.getDecoder().decode(metric.path("payload").asText())),
            Long::sum);
      }
    }
    return sums;
  }

  private static String key(String namespace, String name) {
    return namespace + ":" + name;
  }

  /** Beam's VarLongCoder encoding: seven bits a byte, least significant first. */
  static long varint(byte[] bytes) {
    long value = 0;
    int shift = 0;
    for (byte b : bytes) {
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
      shift += 7;
    }
    throw new IllegalArgumentException("truncated varint");
  }
}
