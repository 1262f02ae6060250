#!/usr/bin/env bash
# Start-to-ready of the packaged service from its AOT cache, as the Docker image starts it:
# process launch to the first 200 from /readyz, against a private PostgreSQL cluster.
#
#   bench/start.sh                        # builds the jar unless SKIP_BUILD=1
#
# It extracts the jar, makes the AOT cache with one training run (the Dockerfile's,
# src/main/docker/training-run.sh), then starts
# the service RUNS times from the cache and prints each time, the CPU seconds the JVM used until
# ready, the medians and the load average.
# Tunables (environment): RUNS (5), JAVA_OPTS (the production settings of the Dockerfile),
# RUN_OPTS (JVM options of the timed starts only, not of the training run; e.g. the CI compose
# file's -XX:TieredStopAtLevel=1),
# APP_ARGS (extra application arguments, e.g. --tidbok.clock.fixed=2026-12-10T09:00:00+01:00),
# APP_PORT (8480; the management port is APP_PORT + 1), PG_PORT (55480), SKIP_BUILD=1. The log of
# the last start is left in /tmp/tidbok-start-last.log.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

RUNS=${RUNS:-5}
JAVA_OPTS=${JAVA_OPTS:--XX:+UseCompactObjectHeaders -Xms32m -Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:SweeperThreshold=50 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError}
RUN_OPTS=${RUN_OPTS:-}
APP_ARGS=${APP_ARGS:-}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PORT=${APP_PORT:-8480}
PG_PORT=${PG_PORT:-55480}
WORK=$(mktemp -d /tmp/tidbok-start.XXXX)
chmod 755 "$WORK"

die() { printf 'start: %s\n' "$*" >&2; exit 1; }
JAVA=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | sort -V | tail -1)
[ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25' && JAVA=$JAVA_HOME/bin/java
[ -x "$JAVA" ] || die "no JDK 25 found"
APP_PID=""
PG_STOP=()
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ ${#PG_STOP[@]} -gt 0 ] && "${PG_STOP[@]}" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

. bench/postgres.sh
start_postgres

[ -z "${SKIP_BUILD:-}" ] && ./mvnw -B -q package -DskipTests
JAR=$(ls target/tidbok-catalog-*.jar | grep -v plain | head -1)
"$JAVA" -Djarmode=tools -jar "$JAR" extract --force --destination "$WORK/app" >/dev/null
APP_JAR=$(basename "$JAR")
export SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/tidbok SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=postgres SERVER_PORT=$APP_PORT MANAGEMENT_SERVER_PORT=$((APP_PORT + 1))

# The Dockerfile's training run: the service started, asked its first questions, stopped.
(cd "$WORK/app" && "$ROOT/src/main/docker/training-run.sh" "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput=app.aot \
  -jar "$APP_JAR" $APP_ARGS >"$WORK/training.log" 2>&1) || { tail -40 "$WORK/training.log"; die "training failed"; }
[ -s "$WORK/app/app.aot" ] || { tail -40 "$WORK/training.log"; die "the training run wrote no AOT cache"; }
grep '^training run:' "$WORK/training.log" || true

# CPU seconds the JVM has used (user + system), all threads and the busiest one: on a loaded
# machine the wall time to ready measures the competition, these much less.
cpu_seconds() {
  local tick total busiest
  tick=$(getconf CLK_TCK)
  total=$(awk -v t="$tick" '{ printf "%.2f", ($14 + $15) / t }' "/proc/$1/stat")
  busiest=$(cat /proc/"$1"/task/*/stat | sed 's/.*) //' |
    awk -v t="$tick" '{ c = ($12 + $13) / t; if (c > m) m = c } END { printf "%.2f", m }')
  echo "$total s (busiest thread $busiest s)"
}

times=()
cpus=()
for i in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  start=$(date +%s%N)
  (cd "$WORK/app" && exec "$JAVA" $JAVA_OPTS $RUN_OPTS -XX:AOTCache=app.aot -XX:AOTMode=on -jar "$APP_JAR" $APP_ARGS) \
    >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  deadline=$((start + 120000000000))
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/readyz"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; die "the service did not start"; }
    [ "$(date +%s%N)" -lt "$deadline" ] || die "not ready within 120 s"
    sleep 0.02
  done
  end=$(date +%s%N)
  cpu=$(cpu_seconds "$APP_PID")
  t=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
  times+=("$t")
  cpus+=("${cpu%% *}")
  echo "run $i: ready in $t s (load average $load); CPU until ready: $cpu;" \
    "$(grep -o 'Started TidbokCatalogApplication in [0-9.]* seconds' "$WORK/app.log" || true)"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
cpu_median=$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }')
echo "median of $RUNS: $median s to ready, $cpu_median CPU seconds; load average now $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs"
cp "$WORK/app.log" /tmp/tidbok-start-last.log
