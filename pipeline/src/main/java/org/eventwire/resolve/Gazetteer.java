package org.eventwire.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GeoNames' populated places of 1,000 or more inhabitants and first-order divisions, indexed by
 * match key ({@code places.tsv.gz}, {@code divisions.tsv}). Places are held column-wise in arrays
 * so the 135,000 of them stay small on the heap.
 */
public final class Gazetteer {
  /** One populated place. {@code admin1Name} is empty when GeoNames has no name for the code. */
  public record Place(
      int geonameid,
      String name,
      String country,
      String admin1Code,
      String admin1Name,
      int population,
      double lat,
      double lon,
      String featureCode) {}

  /** A first-order division: its country, code within the country, name. */
  public record Division(String country, String admin1Code, String name) {}

  private final List<String> names = new ArrayList<>();
  private final List<String> countries = new ArrayList<>();
  private final List<String> admin1Codes = new ArrayList<>();
  private final List<String> featureCodes = new ArrayList<>();
  private int[] geonameids = new int[1 << 17];
  private int[] populations = new int[1 << 17];
  private float[] lats = new float[1 << 17];
  private float[] lons = new float[1 << 17];
  private final Map<String, int[]> placesByKey = new HashMap<>();

  /**
   * Each place as its GeoNames id shifted left 20 bits plus its index, sorted: found by binary
   * search.
   */
  private long[] idOrder = new long[0];

  private final Map<String, List<Division>> divisionsByKey = new HashMap<>();
  private final Map<String, Division> divisionsByCode = new HashMap<>();
  private final Map<String, Integer> seatOfDivision = new HashMap<>();
  private final Map<String, String> interned = new HashMap<>();

  private Gazetteer() {}

  static Gazetteer load() {
    Gazetteer gazetteer = new Gazetteer();
    DataFiles.forEachRow("places.tsv.gz", gazetteer::addPlace);
    gazetteer.index();
    DataFiles.forEachRow("divisions.tsv", gazetteer::addDivision);
    return gazetteer;
  }

  private void addPlace(String[] row) {
    int i = names.size();
    if (i == geonameids.length) {
      geonameids = java.util.Arrays.copyOf(geonameids, i * 2);
      populations = java.util.Arrays.copyOf(populations, i * 2);
      lats = java.util.Arrays.copyOf(lats, i * 2);
      lons = java.util.Arrays.copyOf(lons, i * 2);
    }
    geonameids[i] = Integer.parseInt(row[0]);
    names.add(row[1]);
    // The build script writes the keys only where they are not just the lower-cased name: the
    // folded name, then the name without an Arabic article and news spellings ("kyiv|kiev").
    List<String> keys =
        row[2].isEmpty()
            ? List.of(row[1].toLowerCase(java.util.Locale.ROOT))
            : DataFiles.split(row[2], '|');
    countries.add(intern(row[3]));
    admin1Codes.add(intern(row[4]));
    populations[i] = Integer.parseInt(row[5]);
    lats[i] = Float.parseFloat(row[6]);
    lons[i] = Float.parseFloat(row[7]);
    featureCodes.add(intern(row[8]));
    for (String key : keys) {
      placesByKey.merge(key, new int[] {i}, Gazetteer::concat);
    }
  }

  /**
   * Indexes places by GeoNames id and finds each division's seat, once all are read. The file lists
   * places by country and division, so a division's places are one run.
   */
  private void index() {
    int n = names.size();
    long[] byId = new long[n];
    for (int i = 0; i < n; i++) {
      byId[i] = ((long) geonameids[i] << 20) | i;
    }
    java.util.Arrays.sort(byId);
    idOrder = byId;
    int runStart = 0;
    for (int i = 1; i <= n; i++) {
      boolean sameRun =
          i < n
              && countries.get(i) == countries.get(runStart)
              && admin1Codes.get(i) == admin1Codes.get(runStart);
      if (!sameRun) {
        int seat = runStart;
        for (int j = runStart + 1; j < i; j++) {
          if (betterSeat(j, seat)) {
            seat = j;
          }
        }
        seatOfDivision.put(countries.get(runStart) + "." + admin1Codes.get(runStart), seat);
        runStart = i;
      }
    }
  }

  /** A division's seat is its PPLA (or capital) place; failing one, its largest place. */
  private boolean betterSeat(int candidate, int current) {
    boolean candidateIsSeat = isSeatIndex(candidate);
    if (candidateIsSeat != isSeatIndex(current)) {
      return candidateIsSeat;
    }
    return populations[candidate] > populations[current];
  }

  private boolean isSeatIndex(int i) {
    String code = featureCodes.get(i);
    return code.equals("PPLA") || code.equals("PPLC");
  }

  private void addDivision(String[] row) {
    Division division = new Division(intern(row[0]), intern(row[1]), row[2]);
    divisionsByKey.computeIfAbsent(MatchKey.of(row[2]), k -> new ArrayList<>(1)).add(division);
    divisionsByCode.put(row[0] + "." + row[1], division);
  }

  private String intern(String value) {
    return interned.computeIfAbsent(value, v -> v);
  }

  private static int[] concat(int[] a, int[] b) {
    int[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  /** How many places the gazetteer holds. */
  public int size() {
    return names.size();
  }

  /** The places whose name has match key {@code key}, in no particular order. */
  public List<Place> placesNamed(String key) {
    int[] indexes = placesByKey.get(key);
    List<Place> places = new ArrayList<>(indexes == null ? 0 : indexes.length);
    if (indexes != null) {
      for (int i : indexes) {
        places.add(place(i));
      }
    }
    return places;
  }

  /** The place with GeoNames id {@code geonameid}. */
  public Optional<Place> byGeonameid(int geonameid) {
    int at = java.util.Arrays.binarySearch(idOrder, (long) geonameid << 20);
    int insertion = at >= 0 ? at : -at - 1;
    if (insertion < idOrder.length && (idOrder[insertion] >>> 20) == geonameid) {
      return Optional.of(place((int) (idOrder[insertion] & 0xFFFFF)));
    }
    return Optional.empty();
  }

  /** The divisions whose name has match key {@code key}. */
  public List<Division> divisionsNamed(String key) {
    return divisionsByKey.getOrDefault(key, List.of());
  }

  /** The seat of a division (its PPLA place, else its largest place), if the gazetteer has one. */
  public Optional<Place> seatOf(Division division) {
    Integer i = seatOfDivision.get(division.country() + "." + division.admin1Code());
    return i == null ? Optional.empty() : Optional.of(place(i));
  }

  private Place place(int i) {
    Division division = divisionsByCode.get(countries.get(i) + "." + admin1Codes.get(i));
    return new Place(
        geonameids[i],
        names.get(i),
        countries.get(i),
        admin1Codes.get(i),
        division == null ? "" : division.name(),
        populations[i],
        lats[i],
        lons[i],
        featureCodes.get(i));
  }
}
