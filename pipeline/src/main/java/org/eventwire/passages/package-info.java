/**
 * Stage 4: sentences shared by several annotated documents (a wire paragraph reprinted within
 * different articles) get one passage cluster id, so a paragraph reprinted in four articles counts
 * as one report.
 */
package org.eventwire.passages;
