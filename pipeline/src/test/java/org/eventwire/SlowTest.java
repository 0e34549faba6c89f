package org.eventwire;

/**
 * JUnit category of the tests that load CoreNLP's models, run whole pipelines or read the corpora
 * in {@code ../shared}: maven-failsafe runs them after the package phase, apart from the unit tests
 * maven-surefire runs in the test phase. Both run in {@code mvn verify}.
 */
public interface SlowTest {}
