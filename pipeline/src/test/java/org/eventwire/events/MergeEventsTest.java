package org.eventwire.events;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class MergeEventsTest {
  private static MergeEvents.Located mention(String actor, String doc) {
    EventMention m = new EventMention();
    m.docId = doc;
    m.eventType = "SEIZE";
    m.action = "seize";
    m.targetText = "Herat";
    m.date = "2021-08-12";
    m.actorText = actor;
    MergeEvents.Located l = new MergeEvents.Located();
    l.mention = m;
    return l;
  }

  @Test
  public void mentionsWithoutAnActorJoinTheOnlyActorNamed() {
    List<MergeEvents.Located> group =
        new ArrayList<>(
            List.of(mention("The Taliban", "a"), mention(null, "b"), mention("Taliban", "c")));
    List<List<MergeEvents.Located>> events = MergeEvents.splitByActor(group);
    assertEquals(1, events.size());
    assertEquals(3, events.get(0).size());
  }

  @Test
  public void mentionsWithoutAnActorStayApartWhenSeveralAreNamed() {
    List<MergeEvents.Located> group =
        new ArrayList<>(
            List.of(
                mention("Taliban", "a"),
                mention(null, "b"),
                mention("US", "c"),
                mention("U.S.", "d")));
    List<List<MergeEvents.Located>> events = MergeEvents.splitByActor(group);
    assertEquals(3, events.size());
  }

  @Test
  public void theBaseKeyNormalisesNames() {
    MergeEvents.Located a = mention(null, "a");
    MergeEvents.Located b = mention(null, "b");
    b.mention.targetText = "HERAT";
    assertEquals(MergeEvents.baseKey(a.mention), MergeEvents.baseKey(b.mention));
  }
}
