package org.eventwire.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.eventwire.common.Ids;
import org.eventwire.events.Agents;
import org.eventwire.events.EventDates;
import org.eventwire.events.EventExtractor;
import org.eventwire.events.EventLexicon;
import org.eventwire.events.EventMention;
import org.eventwire.events.ParsedSentence;
import org.eventwire.records.Document;
import org.eventwire.records.Entity;
import org.eventwire.records.Sentence;
import org.eventwire.records.Timex;

/**
 * Runs the JVM's shared CoreNLP pipeline on one document and turns its entity mentions and SUTime
 * expressions into records with code-point offsets into the document text.
 */
public final class CoreNlpAnnotator implements DocumentAnnotator {
  /** NER tags whose mentions are temporal expressions: they go to timexes, not entities. */
  private static final Set<String> TEMPORAL_TAGS = Set.of("DATE", "TIME", "DURATION", "SET");

  /**
   * CoreNLP's entity-mention builder tags pronouns ("he", "his") as PERSON mentions for
   * coreference; they name nobody, so they are not entities here.
   */
  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

  private final StanfordCoreNLP tagger;
  private final @Nullable SentenceParser parser;
  private final CoreNlpSettings.ParseSentences parseSentences;
  private final EventExtractor extractor;
  private final CoreNlpSettings.TimexResolution timexResolution;

  private CoreNlpAnnotator(
      StanfordCoreNLP tagger,
      @Nullable SentenceParser parser,
      CoreNlpSettings.ParseSentences parseSentences,
      EventExtractor extractor,
      CoreNlpSettings.TimexResolution timexResolution) {
    this.tagger = tagger;
    this.parser = parser;
    this.parseSentences = parseSentences;
    this.extractor = extractor;
    this.timexResolution = timexResolution;
  }

  /** These annotators with eventwire's default settings and the standard event lexicon. */
  public static Factory factory(String annotators) {
    return factory(CoreNlpSettings.eventwireDefaults(annotators), EventLexicon.standard());
  }

  public static Factory factory(CoreNlpSettings settings, EventLexicon lexicon) {
    return new CoreNlpFactory(settings, lexicon);
  }

  /**
   * The factory travels inside the annotating DoFn, and the DirectRunner serialises and
   * deserialises that DoFn twice for every bundle it starts (to read its schema and side inputs).
   * Written object by object, the lexicon's thousands of rows cost more CPU there than some stages
   * of the pipeline; so the factory carries the lexicon as one compressed block of bytes, read into
   * objects once per JVM for each factory.
   */
  private static final class CoreNlpFactory implements Factory {
    private static final long serialVersionUID = 2L;

    /**
     * Lexicons already read in this JVM, by the id of the factory that carries them: every copy of
     * one factory carries the same lexicon.
     */
    private static final Map<String, EventLexicon> LEXICONS = new ConcurrentHashMap<>();

    private final CoreNlpSettings settings;
    private final String id = UUID.randomUUID().toString();
    private final byte[] lexiconBytes;
    private transient EventLexicon lexicon;

    CoreNlpFactory(CoreNlpSettings settings, EventLexicon lexicon) {
      this.settings = settings;
      this.lexicon = lexicon;
      this.lexiconBytes = LexiconBytes.write(lexicon);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      lexicon = LEXICONS.computeIfAbsent(id, k -> LexiconBytes.read(lexiconBytes));
    }

    @Override
    public DocumentAnnotator create() {
      Properties parserProperties = settings.parserProperties();
      return new CoreNlpAnnotator(
          SharedCoreNlp.get(settings.taggerProperties()),
          parserProperties == null
              ? null
              : SentenceParser.of(SharedCoreNlp.get(parserProperties), settings.dependencyGraphs()),
          settings.parseSentences(),
          new EventExtractor(lexicon, Agents.standard(), new EventDates(settings.eventDates())),
          settings.timexResolution());
    }

    @Override
    public String describe() {
      return settings.describe();
    }

    /** The tagger and the parser load side by side: each load keeps about one core busy. */
    @Override
    public void preload() {
      Properties parserProperties = settings.parserProperties();
      Thread parser = null;
      if (parserProperties != null) {
        parser = new Thread(() -> SharedCoreNlp.get(parserProperties), "eventwire-parser-loader");
        parser.setDaemon(true);
        parser.start();
      }
      SharedCoreNlp.get(settings.taggerProperties());
      if (parser != null) {
        try {
          parser.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    }
  }

  @Override
  public Annotated annotate(Document document) {
    String text = document.getText();
    Annotation annotation = new Annotation(text);
    // SUTime resolves "Thursday" against this date. Set on every document, never left to the
    // clock, so results depend neither on document order nor on the day the job runs.
    if (document.getDocDate() != null) {
      annotation.set(
          CoreAnnotations.DocDateAnnotation.class,
          document.getDocDate().format(DateTimeFormatter.ISO_LOCAL_DATE));
    }
    tagger.annotate(annotation);

    Offsets offsets = new Offsets(text);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    Records records = new Records();
    for (int sentenceIndex = 0; sentenceIndex < sentences.size(); sentenceIndex++) {
      records.add(document.getDocId(), sentences.get(sentenceIndex), sentenceIndex, offsets);
    }
    List<Timex> timexes = new ArrayList<>(records.timexesById.values());
    timexes.sort(Comparator.comparingInt(Timex::getBegin).thenComparingInt(Timex::getEnd));
    timexes =
        timexResolution == CoreNlpSettings.TimexResolution.TENSE_AND_REFERENCE
                && document.getDocDate() != null
            ? RelativeDates.resolve(timexes, sentences, offsets, document.getDocDate())
            : RelativeDates.asSutimeGaveThem(timexes);

    // Events need the dependency parse; the compact sentences never leave this method.
    List<EventMention> mentions = new ArrayList<>();
    int parsedSentences = 0;
    // A sports story codes nothing: its results ("India took the silver") are no events.
    List<List<List<String>>> words = lemmasAndTags(sentences);
    if (!EventExtractor.isSportStory(words)) {
      parseSentencesThatNeedIt(text, sentences, words, records.entities);
      EventExtractor.DocumentContext context =
          new EventExtractor.DocumentContext(
              document.getDocId(), records.entities, timexes, document.getDocDate());
      parsedSentences = extractEvents(sentences, offsets, context, mentions);
    }

    List<String> limitWarnings = annotation.get(LimitSentences.Warnings.class);
    List<String> warnings = document.getWarnings();
    if (limitWarnings != null && !limitWarnings.isEmpty()) {
      warnings = new ArrayList<>(warnings);
      warnings.addAll(limitWarnings);
    }
    Document annotated =
        Document.newBuilder(document)
            .setAnnotated(true)
            .setWarnings(warnings)
            .setNumTokens(annotation.get(CoreAnnotations.TokensAnnotation.class).size())
            .setEntities(records.entities)
            .setTimexes(timexes)
            .setSentences(records.sentences)
            .build();
    return new Annotated(annotated, mentions, sentences.size(), parsedSentences);
  }

  /** A document's sentences, entities and timexes, as records, gathered sentence by sentence. */
  private static final class Records {
    final List<Sentence> sentences = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final Map<String, Timex> timexesById = new LinkedHashMap<>();

    void add(String docId, CoreMap sentence, int sentenceIndex, Offsets offsets) {
      sentences.add(
          Sentence.newBuilder()
              .setIndex(sentenceIndex)
              .setBegin(
                  offsets.codePoint(
                      sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)))
              .setEnd(
                  offsets.codePoint(
                      sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)))
              // Its own passage until passage clustering finds near-identical sentences elsewhere.
              .setPassageClusterId(Ids.passage(docId, sentenceIndex))
              .build());
      List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (mentions == null) {
        return;
      }
      for (CoreMap mention : mentions) {
        String tag = mention.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        int begin =
            offsets.codePoint(mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
        int end =
            offsets.codePoint(mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null || TEMPORAL_TAGS.contains(tag)) {
          addTimex(timexesById, timex, mention, tag, begin, end, sentenceIndex, offsets);
        } else if (tag != null && !isPronoun(mention)) {
          entities.add(
              Entity.newBuilder()
                  .setText(offsets.slice(begin, end))
                  .setType(tag)
                  .setBegin(begin)
                  .setEnd(end)
                  .setNormalized(
                      mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                  .setSentenceIndex(sentenceIndex)
                  .build());
        }
      }
    }
  }

  /**
   * Runs the dependency parser on the sentences that need it: all of them, or only those that could
   * report an event (most news sentences cannot, and the parser costs about a fifth of the tagger's
   * time per sentence). The parse of a sentence does not depend on the other sentences, so the
   * events found are the same either way.
   */
  private void parseSentencesThatNeedIt(
      String text, List<CoreMap> sentences, List<List<List<String>>> words, List<Entity> entities) {
    if (parser == null) {
      return;
    }
    boolean[] hasRoleEntity = new boolean[sentences.size()];
    boolean[] hasPlaceEntity = new boolean[sentences.size()];
    for (Entity entity : entities) {
      if (EventExtractor.canFillRole(entity.getType())) {
        hasRoleEntity[entity.getSentenceIndex()] = true;
      }
      if (EventExtractor.isPlace(entity.getType())) {
        hasPlaceEntity[entity.getSentenceIndex()] = true;
      }
    }
    List<CoreMap> toParse = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      if (parseSentences == CoreNlpSettings.ParseSentences.ALL
          || extractor.mayReportEvent(
              words.get(i).get(0), words.get(i).get(1), hasRoleEntity[i], hasPlaceEntity[i])) {
        toParse.add(sentences.get(i));
      }
    }
    if (!toParse.isEmpty()) {
      parser.parse(text, toParse);
    }
  }

  /** Codes the parsed sentences' events into {@code mentions}; how many sentences were parsed. */
  private int extractEvents(
      List<CoreMap> sentences,
      Offsets offsets,
      EventExtractor.DocumentContext context,
      List<EventMention> mentions) {
    int parsedSentences = 0;
    for (int sentenceIndex = 0; sentenceIndex < sentences.size(); sentenceIndex++) {
      ParsedSentence parsed = parse(sentences.get(sentenceIndex), sentenceIndex, offsets);
      if (parsed != null) {
        parsedSentences++;
        mentions.addAll(extractor.extract(parsed, context));
      }
    }
    return parsedSentences;
  }

  /**
   * Each sentence's lemmas and tags, read once for both {@link EventExtractor#isSportStory} and the
   * choice of sentences to parse.
   */
  private static List<List<List<String>>> lemmasAndTags(List<CoreMap> sentences) {
    List<List<List<String>>> all = new ArrayList<>(sentences.size());
    for (CoreMap sentence : sentences) {
      all.add(lemmasAndTags(sentence));
    }
    return all;
  }

  /** A sentence's lemmas and its part-of-speech tags, as two lists. */
  private static List<List<String>> lemmasAndTags(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> lemmas = new ArrayList<>(tokens.size());
    List<String> tags = new ArrayList<>(tokens.size());
    for (CoreLabel token : tokens) {
      lemmas.add(lemmaOf(token));
      tags.add(tagOf(token));
    }
    return List.of(lemmas, tags);
  }

  /** A token's lemma as the extractor reads it, both when choosing sentences and when parsing. */
  private static String lemmaOf(CoreLabel token) {
    return token.lemma() == null ? token.word() : token.lemma();
  }

  private static String tagOf(CoreLabel token) {
    return token.tag() == null ? "" : token.tag();
  }

  /** The compact form of a parsed sentence, or null when it was not parsed. */
  private static @Nullable ParsedSentence parse(CoreMap sentence, int index, Offsets offsets) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return null;
    }
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    int n = tokens.size();
    String[] words = new String[n];
    String[] lemmas = new String[n];
    String[] tags = new String[n];
    int[] begin = new int[n];
    int[] end = new int[n];
    for (int i = 0; i < n; i++) {
      CoreLabel token = tokens.get(i);
      words[i] = token.word();
      lemmas[i] = lemmaOf(token);
      tags[i] = tagOf(token);
      begin[i] = offsets.codePoint(token.beginPosition());
      end[i] = offsets.codePoint(token.endPosition());
    }
    List<SemanticGraphEdge> edges = new ArrayList<>();
    graph.edgeIterable().forEach(edges::add);
    int[] governors = new int[edges.size()];
    int[] dependents = new int[edges.size()];
    String[] relations = new String[edges.size()];
    for (int e = 0; e < edges.size(); e++) {
      governors[e] = edges.get(e).getGovernor().index() - 1;
      dependents[e] = edges.get(e).getDependent().index() - 1;
      relations[e] = edges.get(e).getRelation().toString();
    }
    return new ParsedSentence(
        index,
        offsets.codePoint(sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
        offsets.codePoint(sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
        words,
        lemmas,
        tags,
        begin,
        end,
        governors,
        dependents,
        relations);
  }

  /**
   * Mentions that share one SUTime expression ("Thursday" and "night" in "Thursday night") become
   * one Timex spanning both.
   */
  private static void addTimex(
      Map<String, Timex> timexesById,
      edu.stanford.nlp.time.@Nullable Timex timex,
      CoreMap mention,
      String tag,
      int begin,
      int end,
      int sentenceIndex,
      Offsets offsets) {
    String value =
        timex != null
            ? timex.value()
            : mention.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
    // SUTime numbers its expressions per sentence (t1, t2 ... again in the next sentence).
    String id =
        "s"
            + sentenceIndex
            + "-"
            + (timex != null && timex.tid() != null ? timex.tid() : "m" + begin);
    Timex known = timexesById.get(id);
    if (known != null) {
      begin = Math.min(begin, known.getBegin());
      end = Math.max(end, known.getEnd());
    }
    timexesById.put(
        id,
        Timex.newBuilder()
            .setTid(id)
            .setText(offsets.slice(begin, end))
            .setType(timex != null && timex.timexType() != null ? timex.timexType() : tag)
            .setValue(value)
            .setAltValue(timex != null ? timex.altVal() : null)
            .setBegin(begin)
            .setEnd(end)
            .setResolvedDate(TimexDates.resolvedDate(value))
            .setSentenceIndex(sentenceIndex)
            .build());
  }

  private static boolean isPronoun(CoreMap mention) {
    List<CoreLabel> tokens = mention.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens == null || tokens.isEmpty()) {
      return false;
    }
    for (CoreLabel token : tokens) {
      if (!PRONOUN_TAGS.contains(token.tag())) {
        return false;
      }
    }
    return true;
  }

  /**
   * CoreNLP counts offsets in UTF-16 units; records count code points, as Python's str does. The
   * two differ only after a character outside the Basic Multilingual Plane (an emoji).
   */
  public static final class Offsets {
    private final String text;

    /** Code-point offset of every UTF-16 offset; null when the two are the same. */
    private final int[] codePointAt;

    public Offsets(String text) {
      this.text = text;
      if (text.codePointCount(0, text.length()) == text.length()) {
        codePointAt = null;
      } else {
        // Built once, so that converting each of thousands of offsets is not a scan of the text.
        codePointAt = new int[text.length() + 1];
        int codePoint = 0;
        for (int i = 0; i < text.length(); i++) {
          codePointAt[i] = codePoint;
          if (!Character.isLowSurrogate(text.charAt(i))) {
            codePoint++;
          }
        }
        codePointAt[text.length()] = codePoint;
      }
    }

    public int codePoint(int utf16Offset) {
      return codePointAt == null ? utf16Offset : codePointAt[utf16Offset];
    }

    String slice(int beginCodePoint, int endCodePoint) {
      if (codePointAt == null) {
        return text.substring(beginCodePoint, endCodePoint);
      }
      int begin = text.offsetByCodePoints(0, beginCodePoint);
      return text.substring(begin, text.offsetByCodePoints(begin, endCodePoint - beginCodePoint));
    }
  }
}
