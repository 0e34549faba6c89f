package org.eventwire.events;

import java.util.List;
import java.util.Set;

/**
 * A named entity, agent noun or pronoun standing in one role of an event (actor, recipient or
 * place), as the role rules found it in the sentence.
 */
final class Role {
  static final Set<String> PLACE_TYPES = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");

  /** Entity types that can fill a role; numbers, titles and charges cannot. */
  static final Set<String> ROLE_TYPES =
      Set.of(
          "PERSON",
          "ORGANIZATION",
          "LOCATION",
          "CITY",
          "COUNTRY",
          "STATE_OR_PROVINCE",
          "NATIONALITY",
          "MISC",
          "RELIGION",
          "IDEOLOGY");

  final String text;
  final String type;

  /**
   * Named by a rule that only fills a role (a pronoun, a support verb's subject, a for-to subject):
   * such a role never makes an event that would otherwise not be one.
   */
  boolean onlyFills;

  /**
   * A place or nationality named as whose an agent noun is ("the foreign ministers of Poland",
   * "embassies of the United States"): the agent's country, not where the event happens.
   */
  boolean ownerOfAgent;

  /**
   * For a place, the places joined to it ("in Kenya and Tanzania"): the event happened in each, so
   * each gets its own event, as each conjunct of an actor does.
   */
  List<Role> coordinatedPlaces = List.of();

  Role(String text, String type) {
    this.text = text;
    this.type = type;
  }

  boolean isPlace() {
    return PLACE_TYPES.contains(type);
  }
}
