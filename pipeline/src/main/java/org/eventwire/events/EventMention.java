package org.eventwire.events;

import java.util.Objects;
import org.apache.avro.reflect.Nullable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;

/** One sentence's report of one event, before mentions are merged into events. */
@DefaultCoder(AvroCoder.class)
public class EventMention {
  public String docId;
  public int sentenceIndex;
  public int sentenceBegin;
  public int sentenceEnd;
  public String trigger;
  public String action;

  /** One of PLOVER's 16 types. */
  public String eventType;

  /** PLOVER mode of the type (arrest, visit, demo...), or null. */
  @Nullable public String mode;

  /** PLOVER contexts, ';'-separated, or null. */
  @Nullable public String contexts;

  /** eventwire's finer category (SEIZE, CLASH...), or null. */
  @Nullable public String fineType;

  /** PLOVER auxiliary mode: negation, future, hypothetical, historical; or null. */
  @Nullable public String auxMode;

  @Nullable public String actorText;
  @Nullable public String actorType;
  @Nullable public String targetText;
  @Nullable public String targetType;
  @Nullable public String locationText;
  @Nullable public String locationType;

  /** ISO date, or null. */
  @Nullable public String date;

  public String dateSource;

  public EventMention() {}

  @Override
  public String toString() {
    return String.format(
        "%s/%s/%s/%s %s(actor=%s, target=%s, location=%s, %s %s) in %s#%d",
        eventType,
        mode,
        auxMode,
        action,
        trigger,
        actorText,
        targetText,
        locationText,
        date,
        dateSource,
        docId,
        sentenceIndex);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EventMention)) {
      return false;
    }
    EventMention that = (EventMention) o;
    return sentenceIndex == that.sentenceIndex
        && sentenceBegin == that.sentenceBegin
        && sentenceEnd == that.sentenceEnd
        && Objects.equals(docId, that.docId)
        && Objects.equals(trigger, that.trigger)
        && Objects.equals(action, that.action)
        && Objects.equals(eventType, that.eventType)
        && Objects.equals(mode, that.mode)
        && Objects.equals(contexts, that.contexts)
        && Objects.equals(fineType, that.fineType)
        && Objects.equals(auxMode, that.auxMode)
        && Objects.equals(actorText, that.actorText)
        && Objects.equals(actorType, that.actorType)
        && Objects.equals(targetText, that.targetText)
        && Objects.equals(targetType, that.targetType)
        && Objects.equals(locationText, that.locationText)
        && Objects.equals(locationType, that.locationType)
        && Objects.equals(date, that.date)
        && Objects.equals(dateSource, that.dateSource);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        docId,
        sentenceIndex,
        sentenceBegin,
        sentenceEnd,
        trigger,
        action,
        eventType,
        mode,
        contexts,
        fineType,
        auxMode,
        actorText,
        actorType,
        targetText,
        targetType,
        locationText,
        locationType,
        date,
        dateSource);
  }
}
