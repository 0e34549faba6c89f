package org.eventwire.events;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * PLOVER's terms, from its codebook (openeventdata/PLOVER, CC BY-SA 4.0): the 16 event types, their
 * quad class, the conflict/cooperation score of a type and mode, the auxiliary modes, and how
 * eventwire's own finer categories of before (SEIZE, CLASH, ...) read as PLOVER type, mode and
 * context. Pure.
 */
public final class Plover {
  private Plover() {}

  /** PLOVER's 16 event types, in the codebook's order. */
  public static final List<String> TYPES =
      List.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "CONCEDE",
          "COOPERATE",
          "AID",
          "RETREAT",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "SANCTION",
          "MOBILIZE",
          "COERCE",
          "ASSAULT");

  /** PLOVER's auxiliary modes; an event with {@link #NEGATION} did not happen. */
  public static final String NEGATION = "negation";

  public static final String FUTURE = "future";
  public static final String HYPOTHETICAL = "hypothetical";
  public static final String HISTORICAL = "historical";

  /**
   * How a finer category of eventwire's first lexicon reads in PLOVER: type, mode, contexts. Taking
   * a town by force and armed clashes are conventional military force (ASSAULT, context military;
   * territory when a place changes hands); a siege restricts movement (COERCE restrict);
   * displacement is coercion with the migration context; sending troops is MOBILIZE troops; freeing
   * captives is RETREAT release; an evacuation is RETREAT withdraw.
   */
  static final Map<String, String[]> FINE_TYPES =
      Map.of(
          "SEIZE", new String[] {"ASSAULT", "", "territory;military"},
          "CLASH", new String[] {"ASSAULT", "", "military"},
          "BESIEGE", new String[] {"COERCE", "restrict", "military"},
          "DISPLACE", new String[] {"COERCE", "", "migration"},
          "DEPLOY", new String[] {"MOBILIZE", "troops", "military"},
          "FREE", new String[] {"RETREAT", "release", ""},
          "EVACUATE", new String[] {"RETREAT", "withdraw", ""});

  /** Base score of each type (the codebook's table, type rows). */
  private static final Map<String, Double> TYPE_SCORES =
      Map.ofEntries(
          Map.entry("AGREE", 2.5),
          Map.entry("CONSULT", 2.5),
          Map.entry("SUPPORT", 5.0),
          Map.entry("CONCEDE", 4.5),
          Map.entry("COOPERATE", 9.5),
          Map.entry("AID", 10.0),
          Map.entry("RETREAT", 6.5),
          Map.entry("REQUEST", 0.0),
          // The table prints ACCUSE as 3, every ACCUSE mode is negative and the type is verbal
          // conflict: read as -3.
          Map.entry("ACCUSE", -3.0),
          Map.entry("REJECT", -2.0),
          Map.entry("THREATEN", -3.5),
          Map.entry("PROTEST", -5.0),
          Map.entry("SANCTION", -6.0),
          Map.entry("MOBILIZE", -5.5),
          Map.entry("COERCE", -7.0),
          Map.entry("ASSAULT", -9.0));

  /**
   * The modes of each type, as the codebook's mode tables list them (AGREE, SUPPORT, CONCEDE,
   * COOPERATE and AID have none). A researcher grouping events by mode sees only these.
   */
  private static final Map<String, Set<String>> MODES =
      Map.ofEntries(
          Map.entry("CONSULT", Set.of("visit", "third-party", "multilateral", "phone")),
          Map.entry(
              "RETREAT", Set.of("withdraw", "release", "disarm", "ceasefire", "access", "resign")),
          Map.entry("REQUEST", Set.of("assist", "change", "yield", "meet")),
          Map.entry("REJECT", Set.of("assist", "change", "yield", "meet")),
          Map.entry("ACCUSE", Set.of("disapprove", "investigate", "allege")),
          Map.entry(
              "THREATEN",
              Set.of("restrict", "arrest", "relations", "expel", "territory", "violence")),
          Map.entry(
              "PROTEST",
              Set.of("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize")),
          Map.entry("SANCTION", Set.of("convict", "expel", "withdraw", "discontinue")),
          Map.entry("MOBILIZE", Set.of("troops", "weapons", "police", "militia")),
          Map.entry(
              "COERCE",
              Set.of(
                  "seize",
                  "restrict",
                  "censor",
                  "curfew",
                  "martial-law",
                  "arrest",
                  "deport",
                  "withhold",
                  "misinformation",
                  "cyber")),
          Map.entry(
              "ASSAULT",
              Set.of(
                  "abduct",
                  "beat",
                  "torture",
                  "sexual",
                  "targeted",
                  "destroy",
                  "primitive",
                  "firearms",
                  "explosives",
                  "suicide-attack",
                  "aerial",
                  "drone",
                  "heavy-weapons",
                  "crowd-control",
                  "unconventional")));

  /** Whether the codebook lists a mode under a type (case as the codebook writes it). */
  public static boolean isMode(String type, String mode) {
    return MODES.getOrDefault(type, Set.of()).contains(mode);
  }

  /** Scores of type and mode (the codebook's table, mode rows). */
  private static final Map<String, Double> MODE_SCORES =
      Map.ofEntries(
          Map.entry("CONSULT:visit", 4.0),
          Map.entry("CONSULT:third-party", 1.0),
          Map.entry("CONSULT:multilateral", 4.0),
          Map.entry("CONSULT:phone", 1.5),
          Map.entry("RETREAT:withdraw", 8.0),
          Map.entry("RETREAT:release", 6.5),
          Map.entry("RETREAT:disarm", 10.0),
          Map.entry("RETREAT:ceasefire", 7.5),
          Map.entry("RETREAT:access", 6.5),
          Map.entry("RETREAT:resign", 4.5),
          Map.entry("REQUEST:assist", 0.5),
          Map.entry("REQUEST:change", -1.0),
          Map.entry("REQUEST:yield", -1.0),
          Map.entry("REQUEST:meet", 0.0),
          Map.entry("ACCUSE:disapprove", -2.0),
          Map.entry("ACCUSE:investigate", -3.5),
          Map.entry("ACCUSE:allege", -3.5),
          Map.entry("REJECT:assist", -1.5),
          Map.entry("REJECT:change", -2.0),
          Map.entry("REJECT:yield", -2.0),
          Map.entry("REJECT:meet", -2.0),
          Map.entry("THREATEN:restrict", -3.0),
          Map.entry("THREATEN:arrest", -3.5),
          Map.entry("THREATEN:relations", -3.5),
          Map.entry("THREATEN:expel", -3.5),
          Map.entry("THREATEN:territory", -4.0),
          Map.entry("THREATEN:violence", -3.5),
          Map.entry("PROTEST:demo", -5.0),
          Map.entry("PROTEST:riot", -7.0),
          Map.entry("PROTEST:strike", -5.0),
          Map.entry("PROTEST:hunger", -4.5),
          Map.entry("PROTEST:boycott", -4.5),
          Map.entry("PROTEST:obstruct", -4.5),
          Map.entry("SANCTION:convict", -6.0),
          Map.entry("SANCTION:expel", -5.5),
          Map.entry("SANCTION:withdraw", -6.0),
          Map.entry("SANCTION:discontinue", -6.0),
          Map.entry("MOBILIZE:troops", -6.5),
          Map.entry("MOBILIZE:weapons", -6.5),
          Map.entry("MOBILIZE:police", -5.5),
          Map.entry("MOBILIZE:militia", -6.0),
          Map.entry("COERCE:seize", -7.0),
          Map.entry("COERCE:restrict", -7.0),
          Map.entry("COERCE:censor", -6.5),
          Map.entry("COERCE:curfew", -6.5),
          Map.entry("COERCE:martial-law", -7.5),
          Map.entry("COERCE:arrest", -7.0),
          Map.entry("COERCE:deport", -7.0),
          Map.entry("COERCE:withhold", -7.0),
          Map.entry("COERCE:misinformation", -6.5),
          Map.entry("COERCE:cyber", -7.0),
          Map.entry("ASSAULT:abduct", -8.5),
          Map.entry("ASSAULT:beat", -7.5),
          Map.entry("ASSAULT:torture", -8.5),
          Map.entry("ASSAULT:sexual", -8.5),
          Map.entry("ASSAULT:targeted", -9.5),
          Map.entry("ASSAULT:destroy", -8.5),
          Map.entry("ASSAULT:primitive", -8.0),
          Map.entry("ASSAULT:firearms", -9.0),
          Map.entry("ASSAULT:explosives", -9.0),
          Map.entry("ASSAULT:suicide-attack", -9.5),
          Map.entry("ASSAULT:aerial", -9.5),
          Map.entry("ASSAULT:drone", -9.5),
          Map.entry("ASSAULT:heavy-weapons", -9.5),
          Map.entry("ASSAULT:crowd-control", -7.5),
          Map.entry("ASSAULT:unconventional", -10.0));

  private static final Set<String> VERBAL_COOPERATION =
      Set.of("AGREE", "CONSULT", "SUPPORT", "CONCEDE");
  private static final Set<String> MATERIAL_COOPERATION = Set.of("COOPERATE", "AID", "RETREAT");
  private static final Set<String> VERBAL_CONFLICT =
      Set.of("REQUEST", "ACCUSE", "REJECT", "THREATEN");

  /** Whether a name is one of the 16 types. */
  public static boolean isType(String type) {
    return TYPES.contains(type);
  }

  /**
   * The quad class, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
   * conflict; null for a name that is no PLOVER type. SANCTION is 4, as in the codebook's summary
   * table and chapter headings (its quad table lists it under 3).
   */
  public static @Nullable Integer quadClass(String type) {
    if (VERBAL_COOPERATION.contains(type)) {
      return 1;
    }
    if (MATERIAL_COOPERATION.contains(type)) {
      return 2;
    }
    if (VERBAL_CONFLICT.contains(type)) {
      return 3;
    }
    return isType(type) ? 4 : null;
  }

  /**
   * The codebook's conflict/cooperation score of a type and mode: the mode's row, else the type's;
   * null for a name that is no PLOVER type.
   */
  public static @Nullable Double score(String type, @Nullable String mode) {
    if (mode != null) {
      Double byMode = MODE_SCORES.get(type + ":" + mode.toLowerCase(Locale.ROOT));
      if (byMode != null) {
        return byMode;
      }
    }
    return TYPE_SCORES.get(type);
  }

  /** PLOVER type, mode and contexts of one of eventwire's former finer categories, or null. */
  public static String @Nullable [] ofFineType(String fineType) {
    String[] reading = FINE_TYPES.get(fineType);
    return reading == null ? null : reading.clone();
  }
}
