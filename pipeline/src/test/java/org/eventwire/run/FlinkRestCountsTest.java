package org.eventwire.run;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.Map;
import org.eventwire.annotate.AnnotateDocuments;
import org.eventwire.read.ReadDocuments;
import org.junit.Test;

/**
 * Reading Beam's counters out of a Flink REST accumulators answer, in the shape Flink 1.19 gives.
 */
public class FlinkRestCountsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  public void varintsDecodeAsBeamsVarLongCoderWritesThem() {
    assertEquals(0, FlinkRestCounts.varint(new byte[] {0}));
    assertEquals(75, FlinkRestCounts.varint(Base64.getDecoder().decode("Sw==")));
    assertEquals(300, FlinkRestCounts.varint(new byte[] {(byte) 0xac, 0x02}));
    assertEquals(2_188, FlinkRestCounts.varint(new byte[] {(byte) 0x8c, 0x11}));
  }

  @Test
  public void countersAreSummedOverStepsAndOtherMetricsIgnored() throws Exception {
    ArrayNode attempted = JSON.createArrayNode();
    attempted.add(
        metric("beam:metrics:sum_int64:v1", ReadDocuments.class, "documents_read", 3, "A"));
    attempted.add(
        metric("beam:metrics:sum_int64:v1", ReadDocuments.class, "documents_read", 2, "B"));
    attempted.add(
        metric("beam:metrics:latest_int64:v1", AnnotateDocuments.class, "model_loads@1@h", 2, "C"));
    ObjectNode value = JSON.createObjectNode();
    value.putObject("metrics").set("attempted", attempted);
    ObjectNode answer = JSON.createObjectNode();
    answer.putArray("job-accumulators");
    ArrayNode user = answer.putArray("user-task-accumulators");
    user.addObject()
        .put("name", "__metricscontainers")
        .put("type", "MetricsAccumulator")
        .put("value", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value));
    user.addObject().put("name", "something-else").put("type", "IntCounter").put("value", "9");

    Map<String, Long> counters = new FlinkRestCounts("localhost:8081", "job").counters(answer);

    assertEquals(Map.of(ReadDocuments.class.getName() + ":documents_read", 5L), counters);
  }

  private static ObjectNode metric(
      String type, Class<?> namespace, String name, int value, String step) {
    ObjectNode metric = JSON.createObjectNode();
    metric.put("urn", "beam:metric:user:" + type.split(":")[2] + ":v1");
    metric.put("type", type);
    metric.put("payload", Base64.getEncoder().encodeToString(new byte[] {(byte) value}));
    ObjectNode labels = metric.putObject("labels");
    labels.put("NAMESPACE", namespace.getName());
    labels.put("NAME", name);
    labels.put("PTRANSFORM", step);
    return metric;
  }
}
