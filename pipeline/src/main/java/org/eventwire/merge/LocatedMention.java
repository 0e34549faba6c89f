package org.eventwire.merge;

import java.util.List;
import org.apache.avro.reflect.Nullable;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.eventwire.events.EventMention;

/** An event mention with what merging needs from its document. */
@DefaultCoder(AvroCoder.class)
final class LocatedMention {
  EventMention mention;

  /** The sentence's text. */
  String sentence;

  String passageClusterId;

  /** The documents that reprint the mention's document whole. */
  List<String> reprintDocIds;

  /** The roles as resolved in the mention's story; null when resolution is off or no role. */
  @Nullable RoleIdentity actor;

  @Nullable RoleIdentity target;
  @Nullable RoleIdentity location;

  /** Whether the roles were resolved (--resolveActorsAndPlaces). */
  boolean resolved;

  /** The mention's story's country when the story leaves no doubt of it. */
  @Nullable String storyCountry;

  LocatedMention() {}

  LocatedMention(
      EventMention mention, String sentence, String passageClusterId, List<String> reprintDocIds) {
    this.mention = mention;
    this.sentence = sentence;
    this.passageClusterId = passageClusterId;
    this.reprintDocIds = reprintDocIds;
  }
}
