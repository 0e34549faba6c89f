package org.eventwire.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One CoreNLP pipeline per JVM and per set of properties, built on first use and shared by every
 * thread: Beam makes one DoFn instance per thread, and a model per instance would cost about 1 GB
 * of heap and 15 s each. {@link StanfordCoreNLP#annotate} is thread-safe.
 */
public final class SharedCoreNlp {
  private static final Logger LOG = LoggerFactory.getLogger(SharedCoreNlp.class);
  private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private SharedCoreNlp() {}

  /** The JVM's pipeline for these properties, loading it if this is the first call. */
  public static StanfordCoreNLP get(Properties properties) {
    return PIPELINES.computeIfAbsent(key(properties), k -> load(k, properties));
  }

  /** How many pipelines this JVM has loaded: one per distinct set of properties. */
  public static int loadCount() {
    return LOADS.get();
  }

  private static StanfordCoreNLP load(String key, Properties properties) {
    long start = System.nanoTime();
    // CoreNLP edits the properties it is given (it folds ssplit into tokenize): give it a copy.
    Properties copy = new Properties();
    copy.putAll(properties);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(copy);
    if (CoreNlpSettings.TimexSearch.CUE_WINDOWS.name()
        .equals(properties.getProperty(CoreNlpSettings.TIMEX_SEARCH_PROPERTY))) {
      CueWindowedSutime.install(pipeline, properties, CueWindowedSutime.DEFAULT_MARGIN);
    }
    if (CoreNlpSettings.ParserCache.PER_THREAD.name()
        .equals(properties.getProperty(CoreNlpSettings.PARSER_CACHE_PROPERTY))) {
      PerThreadParserCache.install(pipeline);
    }
    int loads = LOADS.incrementAndGet();
    LOG.info("CoreNLP pipeline loaded in {} s ({} in this JVM): {}",
        String.format("%.1f", (System.nanoTime() - start) / 1e9), loads, key);
    return pipeline;
  }

  static String key(Properties properties) {
    return new TreeMap<>(properties).toString();
  }
}
