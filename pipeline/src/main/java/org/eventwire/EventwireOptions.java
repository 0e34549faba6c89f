package org.eventwire;

/**
 * Every option of an eventwire run, composed from one small interface per concern: {@link
 * RunOptions}, {@link ReadOptions}, {@link DedupOptions}, {@link AnnotateOptions}. Beam's own
 * options (--runner, --targetParallelism ...) work too.
 */
public interface EventwireOptions extends RunOptions, ReadOptions, DedupOptions, AnnotateOptions {}
