/**
 * Near-duplicate clusters of items (documents or sentences) inside Beam: shingles, MinHash and LSH
 * candidates, exact verification, connected components. A shared part: used by {@code reprints} on
 * whole documents and by {@code passages} on sentences; it uses no stage.
 */
package org.eventwire.neardup;
