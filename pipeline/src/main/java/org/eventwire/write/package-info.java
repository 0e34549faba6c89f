/**
 * Stage 6: documents, rejected records, events and mentions written as Avro into the run's staging
 * directory.
 */
package org.eventwire.write;
