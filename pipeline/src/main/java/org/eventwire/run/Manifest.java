package org.eventwire.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.eventwire.EventwireOptions;
import org.eventwire.StageSettings;
import org.eventwire.annotate.DocumentAnnotator;
import org.eventwire.annotate.SharedCoreNlp;
import org.eventwire.common.RunDirectory;

/** manifest.json: what ran, on what, with which options, and what it counted. */
public final class Manifest {
  private Manifest() {}

  /** The manifest of a finished run, as indented JSON. */
  public static String json(
      EventwireOptions options,
      DocumentAnnotator.Factory annotator,
      RunCounts counts,
      String runId,
      Instant started,
      Instant finished)
      throws IOException {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("run_id", runId);
    manifest.put("started_at", started.toString());
    manifest.put("finished_at", finished.toString());
    manifest.put("wall_seconds", Duration.between(started, finished).toMillis() / 1000.0);
    manifest.put("versions", versions());
    manifest.put("runner", options.getRunner().getSimpleName());
    manifest.put("options", eventwireOptions(options));
    Map<String, Object> annotation = new LinkedHashMap<>();
    annotation.put("enabled", options.getAnnotate());
    annotation.put("corenlp_properties", options.getAnnotate() ? annotator.describe() : null);
    annotation.put("model_loads_in_this_jvm", SharedCoreNlp.loadCount());
    // On a cluster: one entry per task manager JVM that annotated (PID@HOST), normally 2 each (the
    // tagger and the parser), whatever its number of slots.
    annotation.put("model_loads_by_worker_jvm", counts.modelLoadsByJvm);
    manifest.put("annotation", annotation);
    manifest.put("counts", counts.asMap());
    manifest.put("dedup", dedup(options, counts));
    manifest.put("outputs", outputs());
    return new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(manifest)
        + "\n";
  }

  private static Map<String, Object> dedup(EventwireOptions options, RunCounts counts) {
    Map<String, Object> dedup = new LinkedHashMap<>();
    dedup.put("documents", StageSettings.documentDedup(options).toString());
    dedup.put(
        "passages",
        StageSettings.passageDedup(options).toString()
            + ", sentences of "
            + options.getPassageMinWords()
            + "+ words");
    dedup.put("counters", counts.dedupCounters);
    return dedup;
  }

  private static Map<String, String> outputs() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("documents", RunDirectory.DOCUMENTS + "/*.avro");
    outputs.put("rejected", RunDirectory.REJECTED + "/*.avro");
    outputs.put("events", RunDirectory.EVENTS + "/*.avro");
    outputs.put("mentions", RunDirectory.MENTIONS + "/*.avro");
    outputs.put("schemas", RunDirectory.SCHEMAS + "/*.avsc");
    return outputs;
  }

  /** Versions of eventwire and of what it runs on, from the build. */
  public static Map<String, String> versions() {
    Properties built = new Properties();
    try (InputStream in =
        Manifest.class.getResourceAsStream("/org/eventwire/versions.properties")) {
      if (in != null) {
        built.load(in);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read versions.properties", e);
    }
    Map<String, String> versions = new LinkedHashMap<>();
    for (String name : List.of("eventwire", "beam", "corenlp", "avro")) {
      versions.put(name, built.getProperty(name, "unknown"));
    }
    versions.put("java", System.getProperty("java.version"));
    return versions;
  }

  /** The values of every eventwire option, by name, as the run saw them. */
  private static Map<String, Object> eventwireOptions(EventwireOptions options) {
    Map<String, Object> values = new LinkedHashMap<>();
    // EventwireOptions is composed of smaller interfaces: their getters, not Beam's.
    for (Method getter : EventwireOptions.class.getMethods()) {
      String name = getter.getName();
      boolean eventwires =
          getter
              .getDeclaringClass()
              .getPackageName()
              .equals(EventwireOptions.class.getPackageName());
      if (eventwires
          && getter.getParameterCount() == 0
          && (name.startsWith("get") || name.startsWith("is"))) {
        String option = name.startsWith("get") ? name.substring(3) : name.substring(2);
        option = Character.toLowerCase(option.charAt(0)) + option.substring(1);
        try {
          values.put(option, getter.invoke(options));
        } catch (ReflectiveOperationException e) {
          values.put(option, "unreadable: " + e);
        }
      }
    }
    return new TreeMap<>(values);
  }
}
