package org.eventwire.events;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import org.eventwire.events.EventLexicon.Pos;
import org.junit.Test;

/**
 * Which tokens head an event's actor and recipient ({@link RoleFiller#roleTokens}), on hand-built
 * parses: the first two say who fills the roles, the last two what the rules deciding whether there
 * is an event see, which these role rules leave as they were.
 */
public class RoleTokensTest {
  private static ParsedSentence parse(String tokens, String... edges) {
    return HandParse.parse(tokens, edges);
  }

  private static int[] roles(ParsedSentence s, int token, Pos pos, String type) {
    EventLexicon.Entry entry = new EventLexicon.Entry(type, null, "", null, "", "", "");
    Trigger trigger = new Trigger(token, pos, s.lemmas[token], entry);
    return RoleFiller.roleTokens(s, new DependencyGraph(s), trigger);
  }

  @Test
  public void aParticipleWithASubjectAndNoAuxiliaryIsPassive() {
    ParsedSentence headline =
        parse("Ortiz/NNP fined/VBN/fine for/IN speeding/NN", "1>0:nsubj", "1>3:obl:for");
    assertEquals(0, RoleFiller.reducedPassiveSubject(headline, new DependencyGraph(headline), 1));
    assertArrayEquals(new int[] {-1, 0, 0, -1}, roles(headline, 1, Pos.VERB, "COERCE"));

    ParsedSentence byGunmen =
        parse(
            "troops/NNS/troop seized/VBN/seize by/IN gunmen/NNS/gunman", "1>0:nsubj", "1>3:obl:by");
    assertArrayEquals(new int[] {3, 0, 0, -1}, roles(byGunmen, 1, Pos.VERB, "COERCE"));
  }

  @Test
  public void anAuxiliaryAnObjectOrAnActiveFirstConjunctMakesItNoPassive() {
    ParsedSentence withAux =
        parse("Ortiz/NNP has/VBZ/have fined/VBN/fine them/PRP", "2>0:nsubj", "2>1:aux");
    assertEquals(-1, RoleFiller.reducedPassiveSubject(withAux, new DependencyGraph(withAux), 2));
    ParsedSentence withObject =
        parse("Rebels/NNS/rebel abducted/VBN/abduct 60/CD adults/NNS", "1>0:nsubj", "1>3:obj");
    assertEquals(
        -1, RoleFiller.reducedPassiveSubject(withObject, new DependencyGraph(withObject), 1));
    ParsedSentence conjoined =
        parse(
            "Lee/NNP welcomed/VBD/welcome it/PRP and/CC called/VBN/call for/IN talks/NNS",
            "1>0:nsubj",
            "1>2:obj",
            "1>4:conj:and",
            "4>0:nsubj",
            "4>6:obl:for");
    assertEquals(
        -1, RoleFiller.reducedPassiveSubject(conjoined, new DependencyGraph(conjoined), 4));
    // What was imposed is no participant: a bare noun, no name, no count, no by-phrase.
    ParsedSentence sanctions =
        parse("UN/NNP sanctions/NNS/sanction imposed/VBN/impose", "1>0:compound", "2>1:nsubj");
    assertEquals(
        -1, RoleFiller.reducedPassiveSubject(sanctions, new DependencyGraph(sanctions), 2));
  }

  @Test
  public void aPossessorDoesWhatAnEventNounNamesUnlessItUndergoesIt() {
    ParsedSentence visit =
        parse(
            "Schmidt/NNP 's/POS visit/NN to/IN Rome/NNP",
            "2>0:nmod:poss",
            "0>1:case",
            "2>4:nmod:to");
    assertArrayEquals(new int[] {0, -1, -1, 0}, roles(visit, 2, Pos.NOUN, "CONSULT"));
    ParsedSentence arrest = parse("Smith/NNP 's/POS arrest/NN", "2>0:nmod:poss", "0>1:case");
    assertArrayEquals(new int[] {-1, 0, -1, 0}, roles(arrest, 2, Pos.NOUN, "COERCE"));
  }

  @Test
  public void aClauseTakingPartInAnEventNounLendsItsSubjectUnlessItsVerbIsOneOfSuffering() {
    ParsedSentence summit =
        parse("At/IN summit/NN Lee/NNP said/VBD/say so/RB", "1>0:case", "3>1:obl:at", "3>2:nsubj");
    assertArrayEquals(new int[] {2, -1, -1, -1}, roles(summit, 1, Pos.NOUN, "CONSULT"));
    ParsedSentence died =
        parse(
            "mayor/NN died/VBD/die during/IN clash/NN", "1>0:nsubj", "3>2:case", "1>3:obl:during");
    // Who died is not who fought; the gating tokens keep the subject as before.
    assertArrayEquals(new int[] {-1, -1, 0, -1}, roles(died, 3, Pos.NOUN, "ASSAULT"));
  }

  @Test
  public void aRelativePronounLeftAsTheSubjectStandsForTheNounJustBeforeIt() {
    ParsedSentence bracketed =
        parse(
            "Party/NNP (/-LRB- YSP/NNP )/-RRB- which/WDT boycotted/VBD/boycott polls/NNS/poll",
            "0>2:dep",
            "5>4:nsubj",
            "5>6:obj");
    assertArrayEquals(new int[] {2, 6, 4, 6}, roles(bracketed, 5, Pos.VERB, "PROTEST"));
    // What dashes set aside is no antecedent: "spirits -- not soldiers -- who aid rebels".
    ParsedSentence dashed =
        parse(
            "spirits/NNS/spirit --/: not/RB soldiers/NNS/soldier --/: who/WP aid/VBP rebels/NNS/rebel",
            "6>5:nsubj",
            "6>7:obj");
    assertArrayEquals(new int[] {5, 7, 5, 7}, roles(dashed, 6, Pos.VERB, "AID"));
  }
}
