package org.eventwire.resolve;

/**
 * Everything the resolvers read, loaded once from the class path. Loading takes a fraction of a
 * second and the data are immutable after it, so one instance serves every thread of a worker.
 */
public final class ResolveData {
  private static volatile ResolveData shared;

  private final Countries countries;
  private final Gazetteer gazetteer;
  private final ActorDictionary actors;

  private ResolveData(Countries countries, Gazetteer gazetteer, ActorDictionary actors) {
    this.countries = countries;
    this.gazetteer = gazetteer;
    this.actors = actors;
  }

  /** Loads a fresh copy of the data. */
  public static ResolveData load() {
    return new ResolveData(Countries.load(), Gazetteer.load(), ActorDictionary.load());
  }

  /** The one copy for this JVM, loaded on first use. */
  public static ResolveData shared() {
    ResolveData data = shared;
    if (data == null) {
      synchronized (ResolveData.class) {
        data = shared;
        if (data == null) {
          data = load();
          shared = data;
        }
      }
    }
    return data;
  }

  /** The countries: codes, names, demonyms. */
  public Countries countries() {
    return countries;
  }

  /** GeoNames' places and divisions. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The actor and agent dictionaries. */
  public ActorDictionary actors() {
    return actors;
  }
}
