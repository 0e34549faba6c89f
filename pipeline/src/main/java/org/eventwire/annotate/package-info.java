/**
 * Stage 3: CoreNLP's entities, dates and dependency parses, and the event mentions found in them.
 * Every CoreNLP import of eventwire is in this package; every private member of CoreNLP it touches
 * is reached through {@link org.eventwire.annotate.CoreNlpInternals}.
 */
package org.eventwire.annotate;
