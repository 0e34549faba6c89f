package org.eventwire;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.eventwire.inspect.HostileInputs;
import org.eventwire.records.Document;
import org.eventwire.records.Sentence;

/** Test inputs: the sample articles, a folder of hostile files, and reading Avro output back. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * The annotators of a default run, so that every test in the JVM shares the one CoreNLP pipeline
   * the end-to-end tests load (and the manifest's model-load count stays at one).
   */
  public static final String ANNOTATORS =
      org.apache.beam.sdk.options.PipelineOptionsFactory.create()
          .as(EventwireOptions.class)
          .getAnnotators();

  /**
   * A corpus folder of ../shared/corpora (its README describes them), never copied into the
   * project. Missing means a broken checkout, not a reason to skip: it fails.
   */
  public static Path corpus(String name) {
    Path corpus =
        Paths.get(System.getProperty("eventwire.shared.dir", "../../shared"), "corpora", name)
            .toAbsolutePath()
            .normalize();
    if (!Files.exists(corpus)) {
      throw new IllegalStateException(
          "corpus " + name + " not found at " + corpus + " (../shared beside the project)");
    }
    return corpus;
  }

  /** The five sample articles shipped in pipeline/samples (copies of the project's seeds). */
  public static Path samplesDir() {
    Path samples = Paths.get("samples").toAbsolutePath();
    if (!Files.isDirectory(samples)) {
      throw new IllegalStateException("sample articles not found at " + samples);
    }
    return samples;
  }

  public static Path sample(String prefix) throws IOException {
    try (var files = Files.list(samplesDir())) {
      return files
          .filter(p -> p.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no sample " + prefix));
    }
  }

  /**
   * A one-document input for an annotator: {@code text} as the read stage hands it on, dated 12
   * August 2021 (the samples' day), not yet annotated.
   */
  public static Document unannotated(String text) {
    return Document.newBuilder()
        .setDocId("d")
        .setSourceUri("/in/d")
        .setContentSha256("d")
        .setByteSize(text.length())
        .setEncoding("UTF-8")
        .setDocDate(LocalDate.of(2021, 8, 12))
        .setDocDateSource("OPTION")
        .setTitle("")
        .setText(text)
        .setTextStart(0)
        .setCanonicalDocId("d")
        .setAnnotated(false)
        .setNumTokens(0)
        .setEntities(List.of())
        .setTimexes(List.of())
        .setSentences(new ArrayList<Sentence>())
        .build();
  }

  public static String samplesGlob() {
    return samplesDir() + "/*.txt";
  }

  /**
   * Writes every kind of bad input next to good articles. Returns file name to what it must become:
   * "document" or the rejection error code.
   */
  public static Map<String, String> writeHostileFolder(Path dir) throws IOException {
    return writeHostileFolder(dir, false);
  }

  /**
   * As above and, when {@code pastAnnotateLimits}, the files of {@link HostileInputs}, which pass
   * the read stage but push every annotate limit (and cost a minute of CoreNLP time a run).
   */
  public static Map<String, String> writeHostileFolder(Path dir, boolean pastAnnotateLimits)
      throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    byte[] herat = Files.readAllBytes(sample("001"));
    byte[] kandahar = Files.readAllBytes(sample("003"));

    Files.write(dir.resolve("good-herat.txt"), herat);
    expected.put("good-herat.txt", "document");
    Files.write(dir.resolve("good-kandahar.txt.gz"), gzip(kandahar));
    expected.put("good-kandahar.txt.gz", "document");
    Files.write(dir.resolve("good-herat-copy.txt.bz2"), bzip2(herat));
    expected.put("good-herat-copy.txt.bz2", "document");
    // Same bytes as good-herat.txt under another name: a second document, never merged here.
    Files.write(dir.resolve("same-bytes-as-herat.txt"), herat);
    expected.put("same-bytes-as-herat.txt", "document");

    byte[] withBomAndCrlf =
        ("\uFEFF date 2021-08-12 Kabul airport\r\n\r\nThe United States sent 3,000"
                + " troops to Kabul on Thursday.\r\n")
            .getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("bom-crlf.txt"), withBomAndCrlf);
    expected.put("bom-crlf.txt", "document");
    Files.write(
        dir.resolve("legacy-cp1252.txt"),
        "The caf\u00e9 owner in Herat said \u201cthe city fell on Thursday\u201d.\n"
            .getBytes(Charset.forName("windows-1252")));
    expected.put("legacy-cp1252.txt", "document");
    Files.write(
        dir.resolve("malformed-date.txt"),
        " date 2021-13-45 The Taliban captured Ghazni on Thursday.\n"
            .getBytes(StandardCharsets.UTF_8));
    expected.put("malformed-date.txt", "document");

    Files.write(dir.resolve("empty.txt"), new byte[0]);
    expected.put("empty.txt", "EMPTY");
    Files.write(dir.resolve("blank.txt"), " \n\n\t  \r\n".getBytes(StandardCharsets.UTF_8));
    expected.put("blank.txt", "EMPTY");
    Files.write(
        dir.resolve("header-only.txt"), " date 2021-08-12 \n".getBytes(StandardCharsets.UTF_8));
    expected.put("header-only.txt", "EMPTY");
    byte[] binary = new byte[4096];
    new Random(7).nextBytes(binary);
    binary[100] = 0;
    Files.write(dir.resolve("photo.jpg"), binary);
    expected.put("photo.jpg", "NOT_TEXT");
    byte[] nul = Arrays.copyOf(herat, herat.length);
    nul[nul.length / 2] = 0;
    Files.write(dir.resolve("nul-in-text.txt"), nul);
    expected.put("nul-in-text.txt", "NOT_TEXT");
    byte[] gz = gzip(kandahar);
    Files.write(dir.resolve("truncated.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
    expected.put("truncated.txt.gz", "CORRUPT_COMPRESSED");
    Files.write(dir.resolve("huge.txt"), bigText(1_200_000));
    expected.put("huge.txt", "TOO_LARGE");
    Files.write(dir.resolve("gzip-bomb.txt.gz"), gzip(bigText(3_000_000)));
    expected.put("gzip-bomb.txt.gz", "TOO_LARGE");

    // Valid text that no article is like: each is annotated in part, within the annotate limits.
    if (pastAnnotateLimits) {
      for (String name : HostileInputs.write(dir).keySet()) {
        expected.put(name, "document");
      }
    }

    // A directory that the glob matches is not a document and not a rejection.
    Files.createDirectories(dir.resolve("a-directory.txt"));
    Files.write(dir.resolve("a-directory.txt").resolve("inside.txt"), herat);
    return expected;
  }

  private static byte[] bigText(int size) {
    byte[] sentence = "The Taliban captured Ghazni on Thursday. ".getBytes(StandardCharsets.UTF_8);
    byte[] big = new byte[size];
    for (int i = 0; i < size; i++) {
      big[i] = sentence[i % sentence.length];
    }
    return big;
  }

  public static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  public static byte[] bzip2(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new BZip2CompressorOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  /** Every record in the .avro files of a folder. */
  public static <T extends SpecificRecord> List<T> readAvro(Path folder, Class<T> type)
      throws IOException {
    List<T> records = new ArrayList<>();
    File[] files = folder.toFile().listFiles((d, name) -> name.endsWith(".avro"));
    if (files == null) {
      throw new IllegalStateException("no folder " + folder);
    }
    for (File file : files) {
      try (DataFileReader<T> reader = new DataFileReader<>(file, new SpecificDatumReader<>(type))) {
        reader.forEach(records::add);
      }
    }
    return records;
  }

  /** One finished run of the whole pipeline through its command-line entry point. */
  public record PipelineRun(Path output, int exitCode, String stdout, String stderr) {}

  private static PipelineRun seedsRun;
  private static PipelineRun hostileRun;
  private static Map<String, String> hostileExpected;

  /**
   * The sample articles through the whole pipeline with --defaultDocDate=2021-08-12, run once per
   * test JVM and shared by every test that reads a real run's output (annotating costs about half a
   * minute a run). Tests read it and must not change it: copy it to change it.
   */
  public static synchronized PipelineRun seedsRun() throws IOException {
    if (seedsRun == null) {
      seedsRun =
          runPipeline(
              sharedRunDirectory("seeds").resolve("out"),
              "--input=" + samplesGlob(),
              "--defaultDocDate=2021-08-12");
    }
    return seedsRun;
  }

  /**
   * The hostile folder ({@link #writeHostileFolder}) through the whole pipeline, once per test JVM.
   */
  public static synchronized PipelineRun hostileRun() throws IOException {
    if (hostileRun == null) {
      Path dir = sharedRunDirectory("hostile");
      Path in = Files.createDirectories(dir.resolve("in"));
      hostileExpected = writeHostileFolder(in, true);
      // The annotation limits must make every hostile file quick to annotate; the time budget is
      // the last resort (AnnotateDocumentsTest checks it), so here it is set wide enough that a
      // slow or busy machine does not turn a document into a timeout.
      hostileRun =
          runPipeline(
              dir.resolve("out"),
              "--input=" + in + "/*",
              "--defaultDocDate=2021-08-12",
              "--maxAnnotationSeconds=900");
    }
    return hostileRun;
  }

  /** What each file of {@link #hostileRun()} must become: "document" or its rejection error. */
  public static synchronized Map<String, String> hostileExpected() throws IOException {
    hostileRun();
    return hostileExpected;
  }

  private static PipelineRun runPipeline(Path output, String... args) {
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    ByteArrayOutputStream stderr = new ByteArrayOutputStream();
    String[] withOutput = Arrays.copyOf(args, args.length + 1);
    withOutput[args.length] = "--output=" + output;
    int status =
        EventwirePipeline.run(
            withOutput,
            new PrintStream(stdout, true, StandardCharsets.UTF_8),
            new PrintStream(stderr, true, StandardCharsets.UTF_8));
    return new PipelineRun(
        output,
        status,
        stdout.toString(StandardCharsets.UTF_8),
        stderr.toString(StandardCharsets.UTF_8));
  }

  /**
   * A temporary directory that outlives every test class of the JVM and is deleted when it exits.
   */
  private static Path sharedRunDirectory(String name) throws IOException {
    Path dir = Files.createTempDirectory("eventwire-test-" + name + "-");
    Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteRecursively(dir)));
    return dir;
  }

  /**
   * Every file under a directory, by relative path, with its bytes: to tell that nothing changed.
   */
  public static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new java.util.TreeMap<>();
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        if (Files.isRegularFile(path)) {
          files.put(
              dir.relativize(path).toString(),
              java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(path)));
        }
      }
    }
    return files;
  }

  /** Copies a directory tree, e.g. a shared run's output that a test wants to change. */
  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Best effort: it is a temporary directory.
    }
  }

  public static String fileName(String uri) {
    return uri.substring(uri.lastIndexOf('/') + 1);
  }
}
