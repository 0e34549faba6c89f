package org.eventwire.events;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

/** Where a trigger stands, on hand-built enhanced++ parses. */
public class ClauseStandingTest {

  private static ParsedSentence parse(String tokens, String... edges) {
    return HandParse.parse(tokens, edges);
  }

  private static ClauseStanding standing(ParsedSentence s, int trigger, int... otherTriggers) {
    boolean[] isTrigger = new boolean[s.size()];
    isTrigger[trigger] = true;
    for (int t : otherTriggers) {
      isTrigger[t] = true;
    }
    return ClauseStanding.of(s, new DependencyGraph(s), trigger, isTrigger);
  }

  @Test
  public void theMainVerbAndWhatItReportsAreMain() {
    // Officials said troops attacked the town
    ParsedSentence s =
        parse(
            "Officials/NNS/official said/VBD/say troops/NNS/troops attacked/VBD/attack"
                + " the/DT town/NN",
            "1>0:nsubj",
            "1>3:ccomp",
            "3>2:nsubj",
            "3>5:obj",
            "5>4:det");
    assertEquals(ClauseStanding.MAIN, standing(s, 3));
  }

  @Test
  public void aRelativeClauseOnAPersonOrPlaceIsBackground() {
    // Police freed settlers who killed a Palestinian
    ParsedSentence s =
        parse(
            "Police/NNS/police freed/VBD/free settlers/NNS/settler who/WP/who killed/VBD/kill"
                + " a/DT Palestinian/NNP",
            "1>0:nsubj",
            "1>2:obj",
            "2>4:acl:relcl",
            "4>3:nsubj",
            "4>6:obj",
            "6>5:det");
    assertEquals(ClauseStanding.RELATIVE_CLAUSE, standing(s, 4, 1));
    assertEquals(ClauseStanding.MAIN, standing(s, 1, 4));
  }

  @Test
  public void aRelativeClauseOnAnIncidentTellsTheIncident() {
    // South Africa deplored the blasts which killed scores
    ParsedSentence s =
        parse(
            "Africa/NNP deplored/VBD/deplore the/DT blasts/NNS/blast which/WDT/which"
                + " killed/VBD/kill scores/NNS/score",
            "1>0:nsubj",
            "1>3:obj",
            "3>2:det",
            "3>5:acl:relcl",
            "5>4:nsubj",
            "5>6:obj");
    assertEquals(ClauseStanding.MAIN, standing(s, 5, 1));
  }

  @Test
  public void aClauseOfWhatCameLongBeforeIsBackgroundButAfterIsNot() {
    // Since they began their offensive, they have seized Kisangani
    ParsedSentence since =
        parse(
            "Since/IN/since they/PRP/they began/VBD/begin their/PRP$/they offensive/NN"
                + " they/PRP/they seized/VBN/seize Kisangani/NNP",
            "2>0:mark",
            "2>1:nsubj",
            "2>4:obj",
            "4>3:nmod:poss",
            "6>2:advcl:since",
            "6>5:nsubj",
            "6>7:obj");
    assertEquals(ClauseStanding.BACKGROUND_CLAUSE, standing(since, 4, 6));
    assertEquals(ClauseStanding.MAIN, standing(since, 6, 4));
    // He spoke after the council imposed sanctions
    ParsedSentence after =
        parse(
            "He/PRP/he spoke/VBD/speak after/IN/after the/DT council/NN imposed/VBD/impose"
                + " sanctions/NNS/sanction",
            "1>0:nsubj",
            "1>5:advcl:after",
            "5>2:mark",
            "5>4:nsubj",
            "4>3:det",
            "5>6:obj");
    assertEquals(ClauseStanding.MAIN, standing(after, 5));
  }

  @Test
  public void anEventNounOfTimeOrCauseIsBackground() {
    // Anger was fuelled by the assault
    ParsedSentence s =
        parse(
            "Anger/NN/anger was/VBD/be fuelled/VBN/fuel by/IN/by the/DT assault/NN",
            "2>0:nsubj:pass",
            "2>1:aux:pass",
            "2>5:obl:agent",
            "5>3:case",
            "5>4:det");
    assertEquals(ClauseStanding.BACKGROUND_PHRASE, standing(s, 5));
    // Rebels launched an assault
    ParsedSentence launched =
        parse(
            "Rebels/NNS/rebel launched/VBD/launch an/DT assault/NN",
            "1>0:nsubj",
            "1>3:obj",
            "3>2:det");
    assertEquals(ClauseStanding.MAIN, standing(launched, 3));
  }

  @Test
  public void aWishedOrAbleComplementIsUnrealisedButNotAnEventVerbsComplement() {
    // The agency was able to collaborate
    ParsedSentence able =
        parse(
            "Agency/NN/agency was/VBD/be able/JJ/able to/TO/to collaborate/VB/collaborate",
            "2>0:nsubj",
            "2>1:cop",
            "2>4:xcomp",
            "4>3:mark");
    assertEquals(ClauseStanding.UNREALISED_COMPLEMENT, standing(able, 4));
    // Troops tried to storm the town, where "try" is no trigger; under a trigger it is its own.
    ParsedSentence tried =
        parse(
            "Troops/NNS/troops tried/VBD/try to/TO/to storm/VB/storm the/DT town/NN",
            "1>0:nsubj",
            "1>3:xcomp",
            "3>2:mark",
            "3>5:obj",
            "5>4:det");
    assertEquals(ClauseStanding.UNREALISED_COMPLEMENT, standing(tried, 3));
    assertEquals(ClauseStanding.MAIN, standing(tried, 3, 1));
  }

  @Test
  public void aCycleInTheGraphEndsTheWalk() {
    // enhanced++ makes a relative clause's noun its subject too: personnel <-> rushed
    ParsedSentence s =
        parse(
            "Officials/NNS/official saw/VBD/see personnel/NNS/personnel rushed/VBD/rush",
            "1>0:nsubj",
            "1>2:obj",
            "2>3:acl:relcl",
            "3>2:nsubj");
    assertEquals(ClauseStanding.RELATIVE_CLAUSE, standing(s, 3));
  }

  @Test
  public void aRelativeClauseOnAVerblessRootIsTheMainClause() {
    // An abortion foe who is the subject of a manhunt was charged: parsed with "foe" as the root
    // and the main verb as its relative clause, so the sentence would have no main clause at all
    ParsedSentence misparsed =
        parse(
            "foe/NN/foe who/WP/who is/VBZ/be wanted/VBN/want was/VBD/be charged/VBN/charge",
            "5>0:obj",
            "0>1:ref",
            "3>2:aux:pass",
            "5>3:nsubj:pass",
            "5>4:aux:pass",
            "0>5:acl:relcl");
    assertEquals(ClauseStanding.MAIN, standing(misparsed, 5));
    // "the foe is a man who was charged": a copula makes the noun a predicate, the clause its own
    ParsedSentence predicate =
        parse(
            "foe/NN/foe is/VBZ/be man/NN/man who/WP/who was/VBD/be charged/VBN/charge",
            "2>0:nsubj",
            "2>1:cop",
            "2>3:ref",
            "5>4:aux:pass",
            "5>2:nsubj:pass",
            "2>5:acl:relcl");
    assertEquals(ClauseStanding.RELATIVE_CLAUSE, standing(predicate, 5));
  }

  @Test
  public void aGerundOfCauseOrContentIsBackgroundButAMeansIsDone() {
    // Rights groups accused the army of killing civilians
    ParsedSentence of =
        parse(
            "groups/NNS/group accused/VBD/accuse the/DT army/NN of/IN/of killing/VBG/kill"
                + " civilians/NNS/civilian",
            "1>0:nsubj",
            "1>3:obj",
            "3>2:det",
            "1>5:advcl:of",
            "5>4:mark",
            "5>6:obj");
    assertEquals(ClauseStanding.PREPOSITIONAL_GERUND, standing(of, 5, 1));
    // Libya violated the embargo by flying pilgrims
    ParsedSentence by =
        parse(
            "Libya/NNP violated/VBD/violate the/DT embargo/NN by/IN/by flying/VBG/fly"
                + " pilgrims/NNS/pilgrim",
            "1>0:nsubj",
            "1>3:obj",
            "3>2:det",
            "1>5:advcl:by",
            "5>4:mark",
            "5>6:obj");
    assertEquals(ClauseStanding.MAIN, standing(by, 5, 1));
  }
}
