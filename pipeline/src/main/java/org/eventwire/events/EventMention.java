package org.eventwire.events;

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
  public String eventType;
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
    return String.format("%s/%s %s(actor=%s, target=%s, location=%s, %s %s) in %s#%d", eventType, action,
        trigger, actorText, targetText, locationText, date, dateSource, docId, sentenceIndex);
  }
}
