/**
 * eventwire: news text in, Avro records of documents, events and their mentions out.
 *
 * <p>{@link org.eventwire.EventwirePipeline} is the command line and the graph; the packages below
 * follow a document's road through it: {@code read}, {@code reprints}, {@code annotate}, {@code
 * passages}, {@code merge}, {@code write}, then {@code report}. {@code run} is the life of a run
 * around the graph. Stages meet only through {@code records} and the shared parts ({@code common},
 * {@code neardup}, {@code events}), which import no stage.
 */
package org.eventwire;
