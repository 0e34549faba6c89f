package org.eventwire.annotate;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
  private static final Map<String, FutureTask<StanfordCoreNLP>> PIPELINES =
      new ConcurrentHashMap<>();
  private static final AtomicInteger LOADS = new AtomicInteger();

  private SharedCoreNlp() {}

  /**
   * The JVM's pipeline for these properties, loading it if this is the first call. Callers asking
   * for the same properties wait for the one load; a load that fails is forgotten, so that the next
   * call tries again.
   */
  public static StanfordCoreNLP get(Properties properties) {
    String key = key(properties);
    // Not computeIfAbsent: that holds a lock on the map's bin for the whole 5 to 20 s load, and
    // another set of properties whose key falls in the same bin (the tagger's and the parser's,
    // loading side by side) would wait for it.
    FutureTask<StanfordCoreNLP> load = new FutureTask<>(() -> load(key, properties));
    FutureTask<StanfordCoreNLP> first = PIPELINES.putIfAbsent(key, load);
    if (first == null) {
      first = load;
      load.run();
    }
    try {
      return first.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for CoreNLP to load", e);
    } catch (ExecutionException e) {
      PIPELINES.remove(key, first);
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IllegalStateException(cause);
    }
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
    boolean windowedSutime =
        CoreNlpSettings.TimexSearch.CUE_WINDOWS
            .name()
            .equals(properties.getProperty(CoreNlpSettings.TIMEX_SEARCH_PROPERTY));
    boolean vectorisedParser =
        CoreNlpSettings.ParserScoring.VECTORISED
            .name()
            .equals(properties.getProperty(CoreNlpSettings.PARSER_SCORING_PROPERTY));
    if (windowedSutime || vectorisedParser) {
      CoreNlpInternals.checkVersion(
          windowedSutime
              ? "windowed SUTime (--timexSearch=CUE_WINDOWS)"
              : "vectorised parser (--parserScoring=VECTORISED)");
    }
    StanfordCoreNLP pipeline = new StanfordCoreNLP(copy);
    if (windowedSutime) {
      CueWindowedSutime.install(pipeline, properties, CueWindowedSutime.DEFAULT_MARGIN);
    }
    if (vectorisedParser) {
      VectorisedParser.install(pipeline);
    }
    int loads = LOADS.incrementAndGet();
    LOG.info(
        "CoreNLP pipeline loaded in {} s ({} in this JVM): {}",
        String.format("%.1f", (System.nanoTime() - start) / 1e9),
        loads,
        key);
    return pipeline;
  }

  static String key(Properties properties) {
    return new TreeMap<>(properties).toString();
  }
}
