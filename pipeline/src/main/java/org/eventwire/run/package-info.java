/**
 * The life of one run around the graph: options checked, output locked and staged, the graph run
 * with a progress line, every input accounted for, the manifest and report written, the run
 * published; and one table from every way a run ends to its exit code.
 */
package org.eventwire.run;
