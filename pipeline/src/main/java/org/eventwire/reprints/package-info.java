/**
 * Stage 2, around annotation: documents that reprint one story are clustered and only the canonical
 * copy is annotated; a cluster whose canonical copy is rejected gets its next copy annotated
 * instead; after annotation, reprints get their canonical copy's dates.
 */
package org.eventwire.reprints;
