package org.eventwire.write;

import org.apache.avro.file.CodecFactory;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.eventwire.common.RunDirectory;
import org.eventwire.records.Document;
import org.eventwire.records.Event;
import org.eventwire.records.Mention;
import org.eventwire.records.Rejected;

/**
 * Last stage: one Avro folder per record kind under the output directory. The files beside them
 * (schemas, manifest, _SUCCESS) are written by {@link RunDirectory} once the pipeline has finished,
 * because _SUCCESS must come after every record is in place.
 */
public class WriteRun extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<Document> DOCUMENTS = new TupleTag<Document>() {};
  public static final TupleTag<Rejected> REJECTED = new TupleTag<Rejected>() {};
  public static final TupleTag<Event> EVENTS = new TupleTag<Event>() {};
  public static final TupleTag<Mention> MENTIONS = new TupleTag<Mention>() {};

  private final ResourceId outputDirectory;
  private final int numShards;

  public WriteRun(ResourceId outputDirectory, int numShards) {
    this.outputDirectory = outputDirectory;
    this.numShards = numShards;
  }

  @Override
  public PDone expand(PCollectionTuple records) {
    write(records.get(DOCUMENTS), Document.class, RunDirectory.DOCUMENTS);
    write(records.get(REJECTED), Rejected.class, RunDirectory.REJECTED);
    write(records.get(EVENTS), Event.class, RunDirectory.EVENTS);
    write(records.get(MENTIONS), Mention.class, RunDirectory.MENTIONS);
    return PDone.in(records.getPipeline());
  }

  private <T> void write(PCollection<T> records, Class<T> type, String folder) {
    ResourceId prefix =
        outputDirectory
            .resolve(folder, StandardResolveOptions.RESOLVE_DIRECTORY)
            .resolve("part", StandardResolveOptions.RESOLVE_FILE);
    AvroIO.Write<T> write =
        AvroIO.write(type)
            .to(prefix.toString())
            .withSuffix(".avro")
            // deflate: every Avro reader supports it (python3-avro has no snappy by default).
            .withCodec(CodecFactory.deflateCodec(6));
    if (numShards > 0) {
      write = write.withNumShards(numShards);
    }
    records.apply("Write" + Character.toUpperCase(folder.charAt(0)) + folder.substring(1), write);
  }
}
