/**
 * Event coding, apart from Beam and CoreNLP: the lexicon of triggers, and the rules that find who
 * did what to whom, where and when in one parsed sentence. A shared part: the annotate stage runs
 * it on each document; it uses no stage.
 */
package org.eventwire.events;
