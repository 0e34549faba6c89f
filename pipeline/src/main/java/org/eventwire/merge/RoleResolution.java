package org.eventwire.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eventwire.common.CodePointText;
import org.eventwire.events.Agents;
import org.eventwire.events.EventExtractor;
import org.eventwire.events.EventMention;
import org.eventwire.events.Names;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Sentence;
import org.eventwire.resolve.ActorResolver;
import org.eventwire.resolve.Countries;
import org.eventwire.resolve.PlaceResolver;
import org.eventwire.resolve.ResolveData;
import org.eventwire.resolve.ResolvedActor;
import org.eventwire.resolve.ResolvedPlace;
import org.eventwire.resolve.StoryContext;

/**
 * The merge stage's use of {@link org.eventwire.resolve}: a document's roles and place entities
 * resolved in the context of its story (built once per document by the caller), so that events
 * merge on who and where rather than on spellings. Apart from Beam, like {@link EventAssembler}.
 */
final class RoleResolution {
  /** PLOVER's codes of actors without a country: no place an event happened in. */
  static final Set<String> NOT_COUNTRIES = Set.of("IGO", "NGO", "IMG", "MNC", "ISM");

  /** A role resolved by the place resolver. */
  static final String PLACE = "PLACE";

  private final ResolveData data;
  private final ActorResolver actors;
  private final PlaceResolver places;

  RoleResolution(ResolveData data) {
    this.data = data;
    this.actors = new ActorResolver(data);
    this.places = new PlaceResolver(data);
  }

  /** The context of a document's story. */
  StoryContext story(Document doc) {
    return StoryContext.fromText(doc.getText(), doc.getDocDate(), data);
  }

  /** Fills the mention's role identities and story country, resolved in {@code story}. */
  void identify(LocatedMention l, Document doc, StoryContext story) {
    EventMention m = l.mention;
    LocalDate date = m.date != null ? LocalDate.parse(m.date) : doc.getDocDate();
    l.actor = pronounOrActor(m.actorText, m.actorType, date, story, l.sentence, doc, m);
    l.target = pronounOrActor(m.targetText, m.targetType, date, story, l.sentence, doc, m);
    List<String> actorCountries = new ArrayList<>();
    for (RoleIdentity role : new RoleIdentity[] {l.actor, l.target}) {
      if (role != null) {
        role.countries.stream()
            .filter(c -> !NOT_COUNTRIES.contains(c))
            .forEach(actorCountries::add);
      }
    }
    l.location =
        m.locationText == null ? null : place(m.locationText, story, actorCountries, l.sentence);
    ownedByActor(l.target, m.targetType, l.actor, l.sentence);
    placedByOwnPlace(l.actor, m.actorText, m.actorType, l.sentence, story);
    placedByOwnPlace(l.target, m.targetText, m.targetType, l.sentence, story);
    placedByEvent(l.actor, m.actorType, l.location);
    placedByEvent(l.target, m.targetType, l.location);
    l.storyCountry = story.certainCountry().orElse(null);
    l.resolved = true;
  }

  /** A role whose country is that of the place its sentence puts it in ("officials in Miami"). */
  static final String OWN_PLACE = "OWN_PLACE";

  /**
   * An agent noun no name places, written with a place of its own ("elected officials in and around
   * Miami", "doctors from Kenya"): the people are of that place's country, whatever the event's
   * place or the story's country. Only a capitalised name that the place resolver finds; the key
   * stays the noun's words.
   */
  void placedByOwnPlace(
      RoleIdentity role, String text, String type, String sentence, StoryContext story) {
    if (role == null
        || text == null
        || sentence == null
        || !Agents.AGENT.equals(type)
        || byOwnWords(role)) {
      return;
    }
    String ownPlace = ownPlaceAfter(text, sentence);
    if (ownPlace == null) {
      return;
    }
    ResolvedPlace place = places.resolve(ownPlace, story, List.of(), sentence);
    if (place.precision() == ResolvedPlace.Precision.NONE
        || (place.precision() == ResolvedPlace.Precision.COUNTRY
            && place.reason() == ResolvedPlace.Reason.STORY_COUNTRY)
        || !isState(place.country())) {
      return;
    }
    role.countries = new ArrayList<>(List.of(place.country()));
    role.resolvedBy = OWN_PLACE;
  }

  /** "in", "in and around", "from" or "based in", then a capitalised name, right after a noun. */
  private static final Pattern OWN_PLACE_AFTER_NOUN =
      Pattern.compile(
          "\\s+(?:in(?:\\s+and\\s+around)?|from|based\\s+in)\\s+(?:the\\s+)?"
              + "(\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*)*)");

  /** The place name written right after the first occurrence of a noun (any case) that has one. */
  static String ownPlaceAfter(String noun, String sentence) {
    Matcher m = OWN_PLACE_AFTER_NOUN.matcher(sentence);
    for (int at = 0; at + noun.length() <= sentence.length(); at++) {
      if (sentence.regionMatches(true, at, noun, 0, noun.length())) {
        m.region(at + noun.length(), sentence.length());
        if (m.lookingAt()) {
          return m.group(1);
        }
      }
    }
    return null;
  }

  /** A role whose country is the event's own place. */
  static final String EVENT_PLACE = "EVENT_PLACE";

  /**
   * An agent noun no name or story places ("retreating Islamist fighters", "victims", "elected
   * officials" in a story of several countries) takes the country of the place its event happened
   * in, when that place resolved to a state: people who fight, are hurt or hold office somewhere
   * are, unless something says otherwise, of there. Its key stays its words, so merging is as
   * before.
   */
  static void placedByEvent(RoleIdentity role, String type, RoleIdentity location) {
    if (role == null
        || location == null
        || !Agents.AGENT.equals(type)
        || !ResolvedActor.How.UNRESOLVED.name().equals(role.resolvedBy)) {
      return;
    }
    List<String> countries = states(location.countries);
    if (countries.isEmpty()) {
      return;
    }
    role.countries = new ArrayList<>(countries);
    role.resolvedBy = EVENT_PLACE;
  }

  /** A role whose country is that of the event's actor, whose it is ("its people"). */
  static final String POSSESSOR = "POSSESSOR";

  /** Possessive pronouns that stand for the one who acts ("urged its people", "his troops"). */
  private static final Pattern POSSESSIVE_PRONOUN =
      Pattern.compile("(?i)\\b(?:its|their|his|her)\\s+$");

  /**
   * A recipient that is an agent noun owned by a possessive pronoun ("the government urged its
   * people", "used his troops"): the pronoun stands for the actor, so the people are of the actor's
   * country. Only when the noun resolved to no country by itself; its key stays its words.
   */
  static void ownedByActor(
      RoleIdentity target, String targetType, RoleIdentity actor, String sentence) {
    if (target == null
        || actor == null
        || sentence == null
        || !Agents.AGENT.equals(targetType)
        || !ResolvedActor.How.UNRESOLVED.name().equals(target.resolvedBy)) {
      return;
    }
    List<String> countries = states(actor.countries);
    if (countries.isEmpty()) {
      return;
    }
    int at = sentence.indexOf(target.name);
    while (at >= 0) {
      if (POSSESSIVE_PRONOUN.matcher(sentence.substring(0, at)).find()) {
        target.countries = new ArrayList<>(countries);
        target.resolvedBy = POSSESSOR;
        return;
      }
      at = sentence.indexOf(target.name, at + 1);
    }
  }

  /** Pronouns that stand for one person. */
  static final Set<String> ONE_PERSON = Set.of("he", "she", "him", "her", "i");

  /**
   * An actor or recipient as {@link #actor}; a pronoun that stands for one person ("he", "I" in a
   * quotation) is resolved as its {@link #antecedent}, when that person resolves, else as the
   * story's country; a group pronoun as {@link #groupPronoun}.
   */
  RoleIdentity pronounOrActor(
      String text,
      String type,
      LocalDate date,
      StoryContext story,
      String sentence,
      Document doc,
      EventMention m) {
    RoleIdentity identity = actor(text, type, date, story, sentence);
    if (identity != null
        && EventExtractor.PRONOUN.equals(type)
        && GROUP.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return groupPronoun(identity, text, date, story, doc, m);
    }
    if (identity != null && PERSON.equals(type) && !byOwnWords(identity)) {
      return asWrittenInFull(identity, text, date, story, doc);
    }
    if (identity == null
        || !EventExtractor.PRONOUN.equals(type)
        || !ONE_PERSON.contains(text.toLowerCase(java.util.Locale.ROOT))) {
      return identity;
    }
    Entity antecedent = antecedent(doc, m.sentenceBegin);
    if (antecedent == null) {
      return identity;
    }
    ResolvedActor person = actors.resolve(antecedent.getText(), PERSON, date, story);
    if (!person.byOwnWords()) {
      // The person as the story writes them in full ("he" after "Mobutu" after "Zairean President
      // Mobutu Sese Seko").
      String fuller = fullerMention(doc, antecedent.getText());
      person =
          actors.resolve(
              fuller != null ? fuller : withModifiers(doc, antecedent), PERSON, date, story);
    }
    if (!person.byOwnWords()) {
      return identity;
    }
    identity.name = person.canonicalName();
    identity.countries = new ArrayList<>(person.countries());
    identity.sectors = new ArrayList<>(person.sectors());
    identity.resolvedBy = person.how().name();
    return identity;
  }

  private static final String PERSON = "PERSON";

  /** Whether a role's country comes from its own words, not from the story or nowhere. */
  private static boolean byOwnWords(RoleIdentity identity) {
    return !ResolvedActor.How.UNRESOLVED.name().equals(identity.resolvedBy)
        && !ResolvedActor.How.STORY_CONTEXT.name().equals(identity.resolvedBy);
  }

  /**
   * A person the dictionaries do not know by the name an event writes ("Mobutu") takes what the
   * story's fuller mention of that person says ("Zairean President Mobutu Sese Seko": ZAR, GOV):
   * news copy gives nationality and office once, then the surname. The role keeps its own key.
   */
  private RoleIdentity asWrittenInFull(
      RoleIdentity identity, String text, LocalDate date, StoryContext story, Document doc) {
    String fuller = fullerMention(doc, text);
    if (fuller == null) {
      return identity;
    }
    ResolvedActor person = actors.resolve(fuller, PERSON, date, story);
    if (!person.byOwnWords()) {
      return identity;
    }
    identity.countries = new ArrayList<>(person.countries());
    // An office or a dictionary entry says what the person does; a nationality alone ("Brazilian
    // midfielder Marcelinho") says only of where.
    boolean saysSector =
        person.how() == ResolvedActor.How.DICTIONARY
            || person.how() == ResolvedActor.How.AGENT_WITH_COUNTRY;
    identity.sectors = saysSector ? new ArrayList<>(person.sectors()) : new ArrayList<>();
    identity.resolvedBy = person.how().name();
    return identity;
  }

  /**
   * The story's fullest mention of the person whose last word {@code name} ends with, written with
   * the nationality, title and organisation names right before it, when that says more than {@code
   * name} and no other person of the story shares the word; else null.
   */
  static String fullerMention(Document doc, String name) {
    List<String> words = List.of(name.trim().split("\\s+"));
    String surname = words.get(words.size() - 1);
    Entity longest = null;
    String fuller = "";
    for (Entity e : doc.getEntities()) {
      if (!PERSON.equals(e.getType()) || !List.of(e.getText().split("\\s+")).contains(surname)) {
        continue;
      }
      if (longest != null
          && !longest.getText().contains(e.getText())
          && !e.getText().contains(longest.getText())) {
        return null; // two people of that name in the story ("Elian Gonzalez", "Lazaro Gonzalez")
      }
      if (longest == null || e.getText().length() > longest.getText().length()) {
        longest = e;
      }
      String written = withModifiers(doc, e);
      if (written.length() > fuller.length()) {
        fuller = written;
      }
    }
    return fuller.split("\\s+").length > words.size() ? fuller : null;
  }

  /** Entity types that, written right before a person's name, say whose or what the person is. */
  private static final Set<String> PERSON_MODIFIERS =
      Set.of("NATIONALITY", "TITLE", "COUNTRY", "ORGANIZATION", "STATE_OR_PROVINCE");

  /**
   * A person entity's text with the run of {@link #PERSON_MODIFIERS} entities that ends right
   * before it, one space apart ("Zairean" "President" "Mobutu Sese Seko").
   */
  static String withModifiers(Document doc, Entity person) {
    int begin = person.getBegin();
    for (boolean extended = true; extended; ) {
      extended = false;
      for (Entity e : doc.getEntities()) {
        if (PERSON_MODIFIERS.contains(e.getType())
            && e.getSentenceIndex() == person.getSentenceIndex()
            && e.getEnd() < begin
            && begin - e.getEnd() <= 1
            && CodePointText.slice(doc.getText(), e.getEnd(), begin).isBlank()) {
          begin = e.getBegin();
          extended = true;
        }
      }
    }
    return CodePointText.slice(doc.getText(), begin, person.getEnd());
  }

  /** Pronouns that stand for a group of people. */
  static final Set<String> GROUP = Set.of("they", "them", "we");

  /**
   * A group pronoun ("they", "them", "we") resolved as the {@link #groupAntecedent} it stands for,
   * when that group resolves to a country by its own words (not the story's): the pronoun takes its
   * country and sectors, keeping its own key. Else as before: the story's country or unresolved.
   */
  private RoleIdentity groupPronoun(
      RoleIdentity identity,
      String text,
      LocalDate date,
      StoryContext story,
      Document doc,
      EventMention m) {
    // The other role of the same event is not whom the pronoun stands for: "Iranian police
    // arrested them" are not the police.
    String other = text.equals(m.actorText) ? m.targetText : m.actorText;
    Optional<Group> group = groupAntecedent(doc, m.sentenceIndex, text, other, date, story);
    if (group.isEmpty() || !group.get().resolved()) {
      return identity;
    }
    ResolvedActor resolved = group.get().resolution();
    identity.countries = new ArrayList<>(resolved.countries());
    // An agent noun says the sector ("Kabila's rebels" are rebels, not Kabila); a noun the agent
    // list does not know ("Iranian veterans") says none, whatever its nationality alone would.
    List<String> sectors =
        resolved.how() == ResolvedActor.How.AGENT_WITH_COUNTRY
                || (resolved.how() == ResolvedActor.How.DICTIONARY
                    && group.get().nounSectors().isEmpty())
            ? resolved.sectors()
            : group.get().nounSectors();
    identity.sectors = new ArrayList<>(sectors);
    identity.resolvedBy = resolved.how().name();
    return identity;
  }

  /**
   * A plural group named in a sentence: an organisation, a plural demonym ("Afghans") or a plural
   * agent noun with what precedes it ("Iranian war veterans", "INS officials"); its resolution, and
   * the agent noun's sectors when it has one.
   */
  record Group(String text, int begin, ResolvedActor resolution, List<String> nounSectors) {
    /** Whether the group's own words give it a country. */
    boolean resolved() {
      return resolution.byOwnWords();
    }
  }

  /** Agent nouns that are plural without an s. */
  private static final Set<String> PLURAL_AS_WRITTEN = Set.of("police", "people", "personnel");

  /** Group pronouns that are a verb's or preposition's object. */
  private static final Set<String> OBJECT_PRONOUNS = Set.of("them");

  /** A word that stands for a group named before it. */
  private static final Pattern GROUP_PRONOUN_WORD =
      Pattern.compile("(?i)\\b(?:they|them|their|we|us|our)\\b");

  /** A word of a sentence (with a possessive 's), or a mark that ends a noun phrase. */
  private static final Pattern WORD =
      Pattern.compile("\\p{L}[\\p{L}.&-]*(?:['\u2019]s)?|[^\\s\\p{L}]");

  /**
   * The group a group pronoun in sentence {@code sentenceIndex} stands for: the nearest group named
   * before the pronoun in its own sentence (none for an object pronoun, which a group there leaves
   * in doubt), else the first group (the subject, as a rule) of the sentence before, named ahead of
   * any group pronoun there (one that comes after "they" is not what "they" stands for: the chain
   * goes further back). A person named in between ("X said they") or a group that resolves to no
   * country by its words is still the nearest: the pronoun then stays as before rather than skip to
   * a group further away.
   */
  private Optional<Group> groupAntecedent(
      Document doc,
      int sentenceIndex,
      String pronoun,
      String otherRole,
      LocalDate date,
      StoryContext story) {
    Sentence own = null;
    for (Sentence s : doc.getSentences()) {
      if (s.getIndex() == sentenceIndex) {
        own = s;
      }
    }
    if (own == null) {
      return Optional.empty();
    }
    String ownText = CodePointText.slice(doc.getText(), own.getBegin(), own.getEnd());
    Matcher at = Pattern.compile("\\b" + Pattern.quote(pronoun) + "\\b").matcher(ownText);
    int pronounAt = at.find() ? at.start() : ownText.length();
    List<Group> before = new ArrayList<>(groups(doc, own, ownText, pronounAt, date, story));
    if (otherRole != null) {
      before.removeIf(g -> g.text().contains(otherRole) || otherRole.contains(g.text()));
    }
    if (!before.isEmpty()) {
      // An object ("condemning them") cannot stand for the subject of its own verb, and without
      // the parse the nearest group may be that subject ("their Saudi guides, condemning them"):
      // only a subject pronoun takes a group of its own sentence.
      return OBJECT_PRONOUNS.contains(pronoun.toLowerCase(java.util.Locale.ROOT))
          ? Optional.empty()
          : Optional.of(before.get(before.size() - 1));
    }
    for (Sentence s : doc.getSentences()) {
      if (s.getIndex() == sentenceIndex - 1) {
        String earlier = CodePointText.slice(doc.getText(), s.getBegin(), s.getEnd());
        Matcher chain = GROUP_PRONOUN_WORD.matcher(earlier);
        int until = chain.find() ? chain.start() : earlier.length();
        List<Group> named = groups(doc, s, earlier, until, date, story);
        if (!named.isEmpty()) {
          return Optional.of(named.get(0));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The groups named in {@code sentence} before char index {@code until}, in order, and the people
   * named there, who stand as groups of no country: "they" after them may be those people.
   */
  private List<Group> groups(
      Document doc, Sentence s, String sentence, int until, LocalDate date, StoryContext story) {
    List<Group> found = namedGroups(doc, s, sentence, until, date, story);
    List<int[]> words = new ArrayList<>();
    Matcher w = WORD.matcher(sentence);
    while (w.find() && w.end() <= until) {
      words.add(new int[] {w.start(), w.end()});
    }
    for (int i = 0; i < words.size(); i++) {
      String word = sentence.substring(words.get(i)[0], words.get(i)[1]);
      boolean demonyms =
          Character.isUpperCase(word.codePointAt(0))
              && word.endsWith("s")
              && actors.resolve(word, null, date, story).how() == ResolvedActor.How.DEMONYM;
      // A plural noun as written, lowercase but for the sentence's first word ("Rebels").
      boolean pluralNoun =
          (i == 0 || word.equals(word.toLowerCase(java.util.Locale.ROOT)))
              && looksPlural(word.toLowerCase(java.util.Locale.ROOT));
      if (!demonyms && !pluralNoun) {
        continue;
      }
      if (i + 1 < words.size() && isLowercaseAgentNoun(sentence, words.get(i + 1), date, story)) {
        continue; // "the police chief": the noun modifies another
      }
      int first = phraseStart(sentence, words, i);
      List<String> nounSectors =
          demonyms ? List.of() : actors.resolve(word, null, date, story).sectors();
      String phrase = sentence.substring(words.get(first)[0], words.get(i)[1]);
      ResolvedActor resolved = actors.resolve(phrase, null, date, story);
      // A plural agent noun ("rebels", "officials"), or any plural noun a name or nationality
      // marks ("Iranian veterans"); other plural nouns ("talks", "weapons") name no group.
      if (!demonyms
          && nounSectors.isEmpty()
          && (first == i || !new Group(phrase, 0, resolved, nounSectors).resolved())) {
        continue;
      }
      int begin = words.get(first)[0];
      int end = words.get(i)[1];
      found.removeIf(g -> g.begin() >= begin && g.begin() < end);
      found.add(new Group(phrase, begin, resolved, nounSectors));
    }
    found.sort(java.util.Comparator.comparingInt(Group::begin));
    return found;
  }

  /**
   * The organisations and people the sentence names before char index {@code until}: an
   * organisation as the actor resolver reads it, a person as a group of no country.
   */
  private List<Group> namedGroups(
      Document doc, Sentence s, String sentence, int until, LocalDate date, StoryContext story) {
    List<Group> found = new ArrayList<>();
    for (Entity e : doc.getEntities()) {
      boolean person = e.getType().equals("PERSON");
      if (!(person || e.getType().equals("ORGANIZATION")) || e.getSentenceIndex() != s.getIndex()) {
        continue;
      }
      int cp = e.getBegin() - s.getBegin();
      if (cp < 0 || cp > sentence.codePointCount(0, sentence.length())) {
        continue;
      }
      int begin = sentence.offsetByCodePoints(0, cp);
      if (begin + e.getText().length() <= until) {
        found.add(
            new Group(
                e.getText(),
                begin,
                person
                    ? new ResolvedActor(
                        e.getText(),
                        e.getText(),
                        List.of(),
                        List.of(),
                        ResolvedActor.How.UNRESOLVED)
                    : actors.resolve(e.getText(), "ORGANIZATION", date, story),
                List.of()));
      }
    }
    return found;
  }

  /**
   * The first word of the noun phrase ending at word {@code last}: the capitalised words before it
   * and at most one lowercase modifier right before the noun ("Iranian war veterans").
   */
  private static int phraseStart(String sentence, List<int[]> words, int last) {
    int first = last;
    boolean lowercaseTaken = false;
    while (first > 0) {
      String prev = sentence.substring(words.get(first - 1)[0], words.get(first - 1)[1]);
      boolean capitalised = Character.isUpperCase(prev.codePointAt(0));
      boolean modifier =
          !lowercaseTaken
              && first == last
              && Character.isLowerCase(prev.codePointAt(0))
              && !FUNCTION_WORDS.contains(prev);
      if (!capitalised && !modifier) {
        break;
      }
      lowercaseTaken |= modifier;
      first--;
    }
    return first;
  }

  /** Words that do not modify the noun after them ("said rebels", "the rebels"). */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "the", "a", "an", "and", "or", "of", "by", "to", "in", "on", "at", "for", "from", "with",
          "said", "says", "that", "who", "which", "as", "than", "some", "many", "other", "all",
          "their", "its", "his", "her", "our", "these", "those", "two", "three", "several");

  /** Whether the word at {@code span} is a lowercase agent noun ("chief" of "police chief"). */
  private boolean isLowercaseAgentNoun(
      String sentence, int[] span, LocalDate date, StoryContext story) {
    String next = sentence.substring(span[0], span[1]);
    return Character.isLowerCase(next.codePointAt(0))
        && !FUNCTION_WORDS.contains(next)
        && !actors.resolve(next, null, date, story).sectors().isEmpty();
  }

  /** Whether a lowercase word reads as a plural noun ("officials", "gunmen", "police"). */
  static boolean looksPlural(String lower) {
    return PLURAL_AS_WRITTEN.contains(lower)
        || lower.endsWith("men")
        || (lower.length() > 3
            && lower.endsWith("s")
            && !lower.endsWith("ss")
            && !lower.endsWith("us")
            && !FUNCTION_WORDS.contains(lower));
  }

  /**
   * The person a one-person pronoun in the sentence beginning at {@code sentenceBegin} stands for:
   * of the nearest earlier sentence that names a person, the first person it names outside a
   * quotation (a subject comes before the people it acts on: "Prime Minister Hashimoto said he
   * hoped to visit Fujimori. ... I want to visit Lima, he said"), else its first; null when no
   * earlier sentence names one.
   */
  static Entity antecedent(Document doc, int sentenceBegin) {
    int sentence = -1;
    for (Entity e : doc.getEntities()) {
      if (e.getType().equals("PERSON") && e.getEnd() <= sentenceBegin) {
        sentence = Math.max(sentence, e.getSentenceIndex());
      }
    }
    if (sentence < 0) {
      return null;
    }
    int start = 0;
    for (Sentence s : doc.getSentences()) {
      if (s.getIndex() == sentence) {
        start = s.getBegin();
      }
    }
    Entity first = null;
    Entity firstUnquoted = null;
    for (Entity e : doc.getEntities()) {
      if (!e.getType().equals("PERSON")
          || e.getEnd() > sentenceBegin
          || e.getSentenceIndex() != sentence) {
        continue;
      }
      if (first == null || e.getBegin() < first.getBegin()) {
        first = e;
      }
      long quotes =
          CodePointText.slice(doc.getText(), start, Math.max(start, e.getBegin()))
              .chars()
              .filter(c -> c == '"')
              .count();
      if (quotes % 2 == 0 && (firstUnquoted == null || e.getBegin() < firstUnquoted.getBegin())) {
        firstUnquoted = e;
      }
    }
    return firstUnquoted != null ? firstUnquoted : first;
  }

  /**
   * An actor or recipient: the actor resolver's identity; a place name that is no actor (a town
   * taken) also gets its place, and its country from it.
   */
  RoleIdentity actor(
      String text, String type, LocalDate date, StoryContext story, String sentence) {
    if (text == null) {
      return null;
    }
    ResolvedActor resolved =
        withAgentNoun(actors.resolve(text, type, date, story), date, story, sentence);
    RoleIdentity identity = new RoleIdentity();
    identity.name = resolved.canonicalName();
    identity.countries = new ArrayList<>(resolved.countries());
    identity.sectors = new ArrayList<>(resolved.sectors());
    identity.resolvedBy = resolved.how().name();
    Optional<String> storyCountry = story.certainCountry();
    if (!resolved.resolved()
        && storyCountry.isPresent()
        && (type == null || !EventExtractor.isPlace(type))) {
      // A name the dictionaries do not know (a minister since 2014, a lawyer, a local agency) in a
      // story that leaves no doubt where it is: the story's country, and the record says so.
      identity.countries = new ArrayList<>(List.of(storyCountry.get()));
      identity.resolvedBy = ResolvedActor.How.STORY_CONTEXT.name();
    }
    if (resolved.how() == ResolvedActor.How.COUNTRY_NAME && namesMoreThanItsCountry(text, type)) {
      // "Cleveland Indians", "Roman Catholic Archdiocese of Los Angeles": of the United States,
      // but not the United States; they keep their own name to merge and count on.
      identity.name = text;
    }
    identity.key =
        resolved.resolved() && !EventExtractor.PRONOUN.equals(type)
            ? Names.key(identity.name) + "/" + String.join(",", identity.countries)
            : Names.key(text);
    if (EventExtractor.PRONOUN.equals(type)) {
      // "he" is someone of the story's country, not its state: it keeps its own key.
      identity.name = text;
    }
    if (type != null && EventExtractor.isPlace(type)) {
      ResolvedPlace place = places.resolve(text, story, List.of(), sentence);
      boolean town =
          place.precision() == ResolvedPlace.Precision.CITY
              || place.precision() == ResolvedPlace.Precision.DIVISION;
      boolean namedCountry =
          place.precision() == ResolvedPlace.Precision.COUNTRY
              && place.reason() == ResolvedPlace.Reason.COUNTRY_NAME;
      // A place the phrase does not name (the story's country for "Europe") is no identity; a
      // country's name is that country, not a town named after it ("Poland" is no town in Ohio).
      boolean countryNamed =
          resolved.how() == ResolvedActor.How.COUNTRY_NAME
              && data.countries().named(text).isPresent();
      if ((town && !countryNamed) || (!resolved.resolved() && namedCountry)) {
        // A town taken is that town, not its country: Herat and Ghazni stay two targets.
        setPlace(identity, place);
        identity.name = place.name();
        identity.countries = new ArrayList<>(List.of(place.country()));
        identity.resolvedBy = PLACE;
        identity.key = placeKey(place);
      }
    }
    return identity;
  }

  /**
   * Whether an organisation or person resolved by a country it names is more than that country's
   * name or adjective ("Cleveland Indians" is; "U.S." and "Washington" as a country are not).
   */
  private boolean namesMoreThanItsCountry(String text, String type) {
    if (!"ORGANIZATION".equals(type) && !"PERSON".equals(type) && !"MISC".equals(type)) {
      return false;
    }
    String key = Countries.nameKey(text);
    return data.countries().byNameKey(key).isEmpty()
        && data.countries().byAdjectiveKey(key).isEmpty();
  }

  /**
   * A nationality the extractor gave alone ("Pakistani" of "Pakistani forces fired") read with the
   * agent noun that follows it in its sentence, when that names a sector: the actor is the forces,
   * not the state.
   */
  private ResolvedActor withAgentNoun(
      ResolvedActor resolved, LocalDate date, StoryContext story, String sentence) {
    if (resolved.how() != ResolvedActor.How.DEMONYM || sentence == null) {
      return resolved;
    }
    Matcher m =
        Pattern.compile("\\b" + Pattern.quote(resolved.text()) + "((?: [a-z][a-z-]+){1,2})")
            .matcher(sentence);
    if (!m.find()) {
      return resolved;
    }
    String[] following = m.group(1).strip().split(" ");
    for (int words = following.length; words >= 1; words--) {
      String phrase =
          resolved.text() + " " + String.join(" ", List.of(following).subList(0, words));
      ResolvedActor wider = actors.resolve(phrase, null, date, story);
      if (wider.how() == ResolvedActor.How.AGENT_WITH_COUNTRY) {
        return wider;
      }
    }
    return resolved;
  }

  private static String placeKey(ResolvedPlace place) {
    return place.precision() == ResolvedPlace.Precision.COUNTRY
        ? "country:" + place.country()
        : place.precision() + ":" + place.geonameid();
  }

  /** A location: the place resolver's choice, keyed by the place (or country) it names. */
  RoleIdentity place(
      String text, StoryContext story, List<String> actorCountries, String sentence) {
    ResolvedPlace place = places.resolve(text, story, actorCountries, sentence);
    RoleIdentity identity = new RoleIdentity();
    if (place.precision() == ResolvedPlace.Precision.NONE) {
      identity.name = text;
      identity.resolvedBy = ResolvedActor.How.UNRESOLVED.name();
      identity.precision = place.precision().name();
      identity.placeReason = place.reason().name();
      identity.key = Names.key(text);
      return identity;
    }
    identity.name = place.name().isEmpty() ? text : place.name();
    identity.countries = new ArrayList<>(List.of(place.country()));
    identity.resolvedBy = PLACE;
    setPlace(identity, place);
    identity.key = placeKey(place);
    return identity;
  }

  private static void setPlace(RoleIdentity identity, ResolvedPlace place) {
    identity.geonameid = place.geonameid() == 0 ? null : place.geonameid();
    identity.lat = Double.isNaN(place.lat()) ? null : place.lat();
    identity.lon = Double.isNaN(place.lon()) ? null : place.lon();
    identity.admin1 = place.admin1Name().isEmpty() ? null : place.admin1Name();
    identity.precision = place.precision().name();
    identity.placeReason = place.reason().name();
  }

  /** The document with its place entities resolved in {@code story}, each in its sentence. */
  Document withPlaces(Document doc, StoryContext story) {
    List<Sentence> sentences = doc.getSentences();
    CodePointText text = null;
    List<Entity> entities = new ArrayList<>(doc.getEntities().size());
    for (Entity e : doc.getEntities()) {
      if (!EventExtractor.isPlace(e.getType())) {
        entities.add(e);
        continue;
      }
      if (text == null) {
        text = new CodePointText(doc.getText());
      }
      String sentence = sentenceText(text, sentences, e.getSentenceIndex());
      ResolvedPlace place = places.resolve(e.getText(), story, List.of(), sentence);
      Entity.Builder resolved = Entity.newBuilder(e).setPrecision(place.precision().name());
      if (place.precision() != ResolvedPlace.Precision.NONE) {
        resolved
            .setGeonameid(place.geonameid() == 0 ? null : place.geonameid())
            .setCountry(place.country())
            .setLat(Double.isNaN(place.lat()) ? null : place.lat())
            .setLon(Double.isNaN(place.lon()) ? null : place.lon());
      }
      entities.add(resolved.build());
    }
    return Document.newBuilder(doc).setEntities(entities).build();
  }

  private static String sentenceText(CodePointText text, List<Sentence> sentences, int index) {
    for (Sentence s : sentences) {
      if (s.getIndex() == index) {
        return text.slice(s.getBegin(), s.getEnd());
      }
    }
    return "";
  }

  /** Where an event happened and what says so (LOCATION, ACTORS, STORY or NONE). */
  record EventCountry(String country, String reason) {}

  /** Event country and its reason, from the event's roles and its stories' countries. */
  static EventCountry eventCountry(
      RoleIdentity location, RoleIdentity actor, RoleIdentity target, List<String> storyCountries) {
    String located = stateCountry(location);
    if (located != null) {
      return new EventCountry(located, "LOCATION");
    }
    String actorCountry = stateCountry(actor);
    if (actorCountry != null && actorCountry.equals(stateCountry(target))) {
      return new EventCountry(actorCountry, "ACTORS");
    }
    Set<String> stories = new LinkedHashSet<>(storyCountries);
    if (stories.size() == 1 && !stories.contains(null)) {
      return new EventCountry(stories.iterator().next(), "STORY");
    }
    return new EventCountry(null, "NONE");
  }

  /** A role's first country when it is a state, else null. */
  private static String stateCountry(RoleIdentity role) {
    if (role == null || role.countries.isEmpty()) {
      return null;
    }
    String country = role.countries.get(0);
    return isState(country) ? country : null;
  }

  /** The countries that are states, each once: no empty code, no IGO, NGO or other non-state. */
  static List<String> states(List<String> countries) {
    return countries.stream().filter(RoleResolution::isState).distinct().toList();
  }

  private static boolean isState(String country) {
    return !country.isEmpty() && !NOT_COUNTRIES.contains(country);
  }
}
