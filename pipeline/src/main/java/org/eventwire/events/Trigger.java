package org.eventwire.events;

import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.events.EventLexicon.Pos;

/** What a trigger token codes, once its lexicon row and governing verb are known. */
final class Trigger {
  final int token;
  final Pos pos;
  final String action;
  EventLexicon.Entry entry;
  @Nullable String auxMode;

  /** A governed event's subject, the governing verb's recipient when it names none itself. */
  int embeddedSubject = -1;

  /**
   * The actor when the parse's subject is not who acts: the one quoted in "X quoted Y as saying",
   * the subject of a noun in "are in talks with".
   */
  int actorToken = -1;

  Trigger(int token, Pos pos, String action, EventLexicon.Entry entry) {
    this.token = token;
    this.pos = pos;
    this.action = action;
    this.entry = entry;
  }

  /** The same word coding a second event of its own: a prison sentence convicts and imprisons. */
  Trigger as(EventLexicon.Entry other) {
    Trigger second = new Trigger(token, pos, action, other);
    second.auxMode = auxMode;
    return second;
  }
}
