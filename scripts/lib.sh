# Shared by the scripts: finds or makes the build. Sourced, not run.
root="${root:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
classes="$root/pipeline/target/classes"
classpath_file="$root/pipeline/target/classpath.txt"
# Bench and inspection tools (org.eventwire.inspect) live with the tests: compiled by every build,
# never in the production jar.
tool_classes="$root/pipeline/target/test-classes"

# Builds the pipeline (no tests) when there is no build yet.
ensure_built() {
  if [ ! -f "$classpath_file" ] || [ ! -d "$classes/org/eventwire" ] || [ ! -d "$tool_classes/org/eventwire/inspect" ]; then
    echo "eventwire: no build found, building (first time: downloads Beam and CoreNLP, ~600 MB)..." >&2
    (cd "$root" && mvn -B -q -DskipTests package) >&2
  fi
}

# JVM options unless EVENTWIRE_JAVA_OPTS says otherwise (measurements: README, Performance, JVM row).
# CoreNLP wants 3 GB or more of heap on two threads (less makes garbage collection eat the time). A
# batch job has no use for G1's short pauses: the parallel collector runs as fast in less memory.
# Less inlining, and C2 only for the hottest methods (ten times the JVM's invocation and loop
# thresholds for its top tier): on two cores the JIT's compilers take their CPU from annotation, and
# a run of a few minutes never earns back C2's time on CoreNLP's large, lukewarm methods.
# The whole heap and 256 MB of metaspace from the start: grown from the JVM's small defaults, the
# heap and the class metadata of Beam and CoreNLP set off full collections (each one marking the
# gigabyte of models) while the models load, stopping both loading threads.
EVENTWIRE_DEFAULT_JAVA_OPTS="-Xmx3g -Xms3g -XX:MetaspaceSize=256m -XX:+UseParallelGC -XX:MaxInlineLevel=6 -XX:InlineSmallCode=500 -XX:FreqInlineSize=100 -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000"

eventwire_classpath() {
  printf '%s:%s' "$classes" "$(cat "$classpath_file")"
}

# The pipeline's class path with the tools on it.
eventwire_tools_classpath() {
  printf '%s:%s:%s' "$classes" "$tool_classes" "$(cat "$classpath_file")"
}

# Short logs: warnings from Beam, Flink and CoreNLP (CoreNLP's warnings must stay visible), info
# from eventwire itself. Given on the command line so that they win over any simplelogger.properties
# another jar brings along (the shaded Flink jar holds many).
eventwire_log_opts() {
  printf '%s ' -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
    -Dorg.slf4j.simpleLogger.log.org.eventwire=info \
    -Dorg.slf4j.simpleLogger.log.org.apache.flink=error \
    -Dorg.slf4j.simpleLogger.log.org.apache.beam.runners.flink=error \
    -Dorg.slf4j.simpleLogger.log.org.apache.beam=warn \
    -Dorg.slf4j.simpleLogger.log.org.apache.beam.sdk.io.FileBasedSink=error \
    -Dorg.slf4j.simpleLogger.logFile=System.err
}
