package org.eventwire.inspect;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;

/**
 * Scores an eventwire run's near-duplicate clusters against a truth file, as pairs: a pair of files
 * is predicted when they share canonical_doc_id and true when they share the truth's cluster.
 * {@code DedupScore OUTPUT_DIR TRUTH_TSV} prints precision, recall and F1. The truth file has a
 * header and columns file, cluster (file is a file name, no folder).
 */
public final class DedupScore {
  private DedupScore() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: DedupScore OUTPUT_DIR TRUTH_TSV");
      System.exit(2);
    }
    Map<String, String> truth = readTruth(args[1]);
    Map<String, String> predicted = readPredicted(new File(args[0], "documents"));
    Score score = score(predicted, truth);
    System.out.printf(
        "files %d  true pairs %d  predicted pairs %d  correct %d%n",
        score.files, score.truePairs, score.predictedPairs, score.correctPairs);
    System.out.printf(
        "precision %.4f  recall %.4f  F1 %.4f%n", score.precision(), score.recall(), score.f1());
  }

  /** Pair counts over the files both maps know. */
  public static final class Score {
    public long files;
    public long truePairs;
    public long predictedPairs;
    public long correctPairs;

    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** file -> predicted cluster, file -> true cluster. */
  public static Score score(Map<String, String> predicted, Map<String, String> truth) {
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> cellSizes = new HashMap<>();
    Score score = new Score();
    for (Map.Entry<String, String> e : predicted.entrySet()) {
      String trueCluster = truth.get(e.getKey());
      if (trueCluster == null) {
        continue;
      }
      score.files++;
      predictedSizes.merge(e.getValue(), 1L, Long::sum);
      trueSizes.merge(trueCluster, 1L, Long::sum);
      cellSizes.merge(e.getValue() + "\t" + trueCluster, 1L, Long::sum);
    }
    score.predictedPairs = pairs(predictedSizes);
    score.truePairs = pairs(trueSizes);
    score.correctPairs = pairs(cellSizes);
    return score;
  }

  private static long pairs(Map<String, Long> sizes) {
    long total = 0;
    for (long n : sizes.values()) {
      total += n * (n - 1) / 2;
    }
    return total;
  }

  public static Map<String, String> readTruth(String path) throws IOException {
    Map<String, String> truth = new HashMap<>();
    List<String> lines = Files.readAllLines(Paths.get(path));
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.split("\t");
      if (fields.length >= 2) {
        truth.put(fields[0], fields[1]);
      }
    }
    return truth;
  }

  public static Map<String, String> readPredicted(File documents) throws IOException {
    Map<String, String> predicted = new HashMap<>();
    File[] files = documents.listFiles((d, name) -> name.endsWith(".avro"));
    if (files == null) {
      throw new IOException("no documents folder at " + documents);
    }
    for (File file : files) {
      try (DataFileReader<GenericRecord> reader =
          new DataFileReader<>(file, new GenericDatumReader<>())) {
        for (GenericRecord doc : reader) {
          String uri = doc.get("source_uri").toString();
          predicted.put(
              uri.substring(uri.lastIndexOf('/') + 1), doc.get("canonical_doc_id").toString());
        }
      }
    }
    return predicted;
  }
}
