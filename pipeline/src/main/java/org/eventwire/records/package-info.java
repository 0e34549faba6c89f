/**
 * The records every stage reads and writes: Avro SpecificRecords generated at build time from the
 * schemas in {@code schemas/} (Document, Rejected, Event, Mention and their parts).
 */
package org.eventwire.records;
