#!/usr/bin/env bash
# A standalone Flink session cluster on this machine, to try the cluster path of eventwire: a job
# manager and each task manager in a JVM of its own, on loopback ports, of the Flink version
# Beam's runner uses (resolved by Maven from scripts/flink-cluster/pom.xml; no Flink download).
#
#   scripts/flink-cluster.sh start [--taskmanagers N] [--slots S] [--port P]
#   scripts/flink-cluster.sh start-taskmanager      one more task manager (a replacement)
#   scripts/flink-cluster.sh status
#   scripts/flink-cluster.sh stop
#
# Then: scripts/run-flink.sh --flinkMaster=localhost:P --input=... --output=...
#
# The configuration is written here (flink-conf.yaml): memory per task manager sized for one
# CoreNLP model copy (shared by the task manager's slots) plus its slots, the scripts' JVM flags in
# env.java.opts.taskmanager, and a restart strategy for batch jobs, so a lost task manager is
# survived. Everything lives under EVENTWIRE_FLINK_HOME (default /tmp/eventwire-flink-cluster):
# conf/, logs/ (one file per process), pids/. stop leaves no process behind. A real deployment
# uses its own Flink 1.19 with the same settings.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
home="${EVENTWIRE_FLINK_HOME:-/tmp/eventwire-flink-cluster}"
conf="$home/conf"
logs="$home/logs"
pids="$home/pids"
flink_classpath="$home/classpath.txt"

taskmanagers=2
slots=1
port=8081
command="${1:-}"
[ "$#" -gt 0 ] && shift
while [ "$#" -gt 0 ]; do
  case "$1" in
    --taskmanagers) taskmanagers="$2"; shift 2 ;;
    --taskmanagers=*) taskmanagers="${1#*=}"; shift ;;
    --slots) slots="$2"; shift 2 ;;
    --slots=*) slots="${1#*=}"; shift ;;
    --port) port="$2"; shift 2 ;;
    --port=*) port="${1#*=}"; shift ;;
    *) echo "flink-cluster: unknown argument $1" >&2; exit 2 ;;
  esac
done

usage() {
  sed -n '2,19p' "$0" >&2
  exit 2
}

# The REST port of a running cluster, from its configuration.
rest_port() {
  sed -n 's/^rest.port: *//p' "$conf/flink-conf.yaml" 2>/dev/null || echo "$port"
}

# GET on the cluster's REST API; prints the body, fails when nothing answers.
rest_get() {
  local path="$1" p
  p="$(rest_port)"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS --max-time 5 "http://localhost:$p$path"
  else
    exec 3<>"/dev/tcp/localhost/$p" || return 1
    printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3
    sed '1,/^\r$/d' <&3
    exec 3<&-
  fi
}

alive() {
  [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null
}

resolve_classpath() {
  if [ ! -s "$flink_classpath" ]; then
    echo "flink-cluster: resolving Flink's class path with Maven (first time: a download)..." >&2
    mvn -B -ntp -q -f "$root/scripts/flink-cluster/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$flink_classpath" >&2
  fi
}

# The scripts' JVM flags without their heap size: Flink sizes a task manager's heap itself.
taskmanager_java_opts() {
  # shellcheck source=scripts/lib.sh
  source "$root/scripts/lib.sh"
  sed 's/-Xm[xs][^ ]*//g; s/^ *//' <<< "$EVENTWIRE_DEFAULT_JAVA_OPTS"
}

write_config() {
  mkdir -p "$conf" "$logs" "$pids"
  # One CoreNLP model copy per task manager JVM (about 2.5 GB of heap with the parser), shared by
  # its slots, and a little more per slot for the documents in flight.
  local heap_mb=$((2600 + 400 * slots))
  cat > "$conf/flink-conf.yaml" <<YAML
# Written by scripts/flink-cluster.sh: a session cluster on loopback ports.
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $((port + 42))
jobmanager.bind-host: localhost
rest.address: localhost
rest.bind-address: localhost
rest.port: $port
taskmanager.host: localhost
taskmanager.bind-host: localhost
blob.server.port: $((port + 43))
taskmanager.rpc.port: $((port + 100))-$((port + 199))
taskmanager.data.port: 0
jobmanager.memory.process.size: 1200m
taskmanager.numberOfTaskSlots: $slots
taskmanager.memory.task.heap.size: ${heap_mb}m
taskmanager.memory.managed.size: 256m
# The graph has many shuffles (near-duplicate rounds): each needs its buffers at once.
taskmanager.memory.network.min: 256m
taskmanager.memory.network.max: 256m
parallelism.default: $slots
# Batch jobs restart from their sources when a task manager is lost; a restarted eventwire job
# rewrites its staging directory, and _SUCCESS comes only at the very end.
restart-strategy.type: fixed-delay
restart-strategy.fixed-delay.attempts: 5
restart-strategy.fixed-delay.delay: 5 s
heartbeat.interval: 2000
heartbeat.timeout: 10000
env.java.opts.taskmanager: $(taskmanager_java_opts)
env.java.opts.jobmanager: -XX:+UseParallelGC
io.tmp.dirs: $home/tmp
YAML
  mkdir -p "$home/tmp"
}

# JVM arguments and dynamic properties for a process, as Flink's own start scripts compute them.
resource_params() {
  java -cp "$(cat "$flink_classpath")" org.apache.flink.runtime.util.bash.BashJavaUtils "$1" \
    --configDir "$conf" 2>/dev/null | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p'
}

log_opts() {
  printf '%s ' -Dorg.slf4j.simpleLogger.defaultLogLevel=info \
    -Dorg.slf4j.simpleLogger.log.org.apache.flink.runtime.checkpoint=warn \
    -Dorg.slf4j.simpleLogger.showDateTime=true \
    -Dorg.slf4j.simpleLogger.logFile=System.out
}

start_jobmanager() {
  local params jvm dynamic
  params="$(resource_params GET_JM_RESOURCE_PARAMS)"
  jvm="$(sed -n 1p <<< "$params")"
  dynamic="$(sed -n 2p <<< "$params")"
  # shellcheck disable=SC2086,SC2046
  nohup java $jvm -XX:+UseParallelGC $(log_opts) -cp "$(cat "$flink_classpath")" \
    org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
    --configDir "$conf" --executionMode cluster $dynamic \
    > "$logs/jobmanager.log" 2>&1 < /dev/null &
  echo $! > "$pids/jobmanager.pid"
}

start_taskmanager() {
  local params jvm dynamic n
  n=1
  while [ -f "$pids/taskmanager-$n.pid" ] && alive "$pids/taskmanager-$n.pid"; do n=$((n + 1)); done
  params="$(resource_params GET_TM_RESOURCE_PARAMS)"
  jvm="$(sed -n 1p <<< "$params")"
  dynamic="$(sed -n 2p <<< "$params")"
  # shellcheck disable=SC2086,SC2046
  nohup java $jvm $(taskmanager_java_opts) $(log_opts) -cp "$(cat "$flink_classpath")" \
    org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    --configDir "$conf" $dynamic -D "taskmanager.resource-id=taskmanager-$n" \
    >> "$logs/taskmanager-$n.log" 2>&1 < /dev/null &
  echo $! > "$pids/taskmanager-$n.pid"
  echo "flink-cluster: task manager $n started (pid $!, log $logs/taskmanager-$n.log)"
}

# Waits until the REST API reports at least $1 task managers.
wait_for_taskmanagers() {
  local want="$1" i overview
  for i in $(seq 1 120); do
    overview="$(rest_get /overview 2>/dev/null || true)"
    if [ -n "$overview" ]; then
      local have
      have="$(sed -n 's/.*"taskmanagers":\([0-9]*\).*/\1/p' <<< "$overview")"
      if [ "${have:-0}" -ge "$want" ]; then
        echo "flink-cluster: up at localhost:$(rest_port): $overview"
        return 0
      fi
    fi
    sleep 1
  done
  echo "flink-cluster: the cluster did not come up within 120 s; see $logs" >&2
  return 1
}

stop_all() {
  local f pid stopped=0
  for f in "$pids"/*.pid; do
    [ -f "$f" ] || continue
    pid="$(cat "$f")"
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
      stopped=$((stopped + 1))
    fi
  done
  for _ in $(seq 1 30); do
    local left=0
    for f in "$pids"/*.pid; do
      [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null && left=$((left + 1))
    done
    [ "$left" -eq 0 ] && break
    sleep 1
  done
  for f in "$pids"/*.pid; do
    [ -f "$f" ] || continue
    kill -9 "$(cat "$f")" 2>/dev/null || true
    rm -f "$f"
  done
  echo "flink-cluster: stopped ($stopped processes)"
}

case "$command" in
  start)
    if alive "$pids/jobmanager.pid"; then
      echo "flink-cluster: already running (scripts/flink-cluster.sh status)" >&2
      exit 1
    fi
    resolve_classpath
    write_config
    start_jobmanager
    for _ in $(seq 1 "$taskmanagers"); do start_taskmanager; done
    wait_for_taskmanagers "$taskmanagers"
    ;;
  start-taskmanager)
    alive "$pids/jobmanager.pid" || { echo "flink-cluster: no cluster running" >&2; exit 1; }
    start_taskmanager
    ;;
  status)
    for f in "$pids"/*.pid; do
      [ -f "$f" ] || continue
      if alive "$f"; then state=running; else state=dead; fi
      echo "$(basename "$f" .pid): pid $(cat "$f") $state"
    done
    rest_get /overview && echo || echo "flink-cluster: no REST answer on localhost:$(rest_port)"
    ;;
  stop)
    stop_all
    ;;
  *) usage ;;
esac
