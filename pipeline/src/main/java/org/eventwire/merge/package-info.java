/**
 * Stage 5: event mentions from every document become events, merged on date, type, actor, target
 * and place, counted by mentions, documents and independent reports.
 */
package org.eventwire.merge;
