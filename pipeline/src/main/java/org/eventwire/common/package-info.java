/**
 * Shared parts every stage may use and that use no stage: shard keys and the one sharded join,
 * every id scheme, the rejected-record factory, in-JVM counters and the run directory's layout.
 */
package org.eventwire.common;
