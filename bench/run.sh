#!/usr/bin/env bash
# Benchmark of the read paths against nginx serving the same catalog JSON as a static file.
#
#   bench/run.sh
#
# Installs what it needs from Debian (wrk, nginx, PostgreSQL) when missing, starts a private
# PostgreSQL cluster, builds and starts the service jar on it, measures start-to-ready, warms up,
# then measures side by side at a fixed concurrency: nginx, the catalog list, one type, the policy
# endpoint and a 100-appointment batch. Prints a Markdown report and writes it to bench/out/.
# Tunables (environment): CONNECTIONS (32), DURATION (10s), WARMUP (10s per endpoint), JAVA_OPTS,
# LAUNCH (cds: extracted jar with a class data sharing archive from a training run, as README's
# production notes recommend; extracted; jar), SKIP_BUILD=1 to measure the jar already in target/, NMT=1 to write the JVM's native memory
# summary to bench/out/native-memory.txt (add -XX:NativeMemoryTracking=summary to JAVA_OPTS).
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
LAUNCH=${LAUNCH:-cds}
# The production JVM profile of the README and the Dockerfile.
JAVA_OPTS=${JAVA_OPTS:--Xms32m -Xmx96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PORT=18080
NGINX_PORT=18081
PG_PORT=55432
OUT=bench/out
WORK=$(mktemp -d /tmp/tidbok-bench.XXXX)
chmod 755 "$WORK"
mkdir -p "$OUT"

log() { printf '\n== %s\n' "$*" >&2; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

PG_BIN=""
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  log "Starting PostgreSQL from $PG_BIN on port $PG_PORT"
  mkdir -p "$WORK/pg"
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; run=(runuser -u postgres --); fi
  "${run[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
  PG_STOP=("${run[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop)
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE tidbok" >/dev/null
}

APP_PID=""
NGINX_PID=""
PG_STOP=()
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  [ ${#PG_STOP[@]} -gt 0 ] && "${PG_STOP[@]}" >/dev/null 2>&1 || true
}
trap cleanup EXIT

build() {
  if [ -z "${SKIP_BUILD:-}" ]; then
    log "Building the jar"
    ./mvnw -B -q package -DskipTests
  fi
  JAR=$(ls target/tidbok-catalog-*.jar | grep -v plain | head -1)
}

READY_SECONDS=""
STARTED_LINE=""
start_app() {
  local run_dir=. jar=$JAR cds_opts=""
  if [ "$LAUNCH" != jar ]; then
    # Spring Boot's production layout: the jar extracted, classes loaded from plain jars.
    java -Djarmode=tools -jar "$JAR" extract --force --destination "$WORK/app" >/dev/null
    run_dir=$WORK/app
    jar=$(basename "$JAR")
  fi
  if [ "$LAUNCH" = cds ]; then
    log "Training run for class data sharing"
    (cd "$run_dir" && env $(app_env) java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh \
      -jar "$jar" >"$WORK/training.log" 2>&1)
    cds_opts="-XX:SharedArchiveFile=app.jsa -Xlog:cds=off -Xlog:cds+dynamic=off"
  fi
  log "Starting the service ($LAUNCH): java $JAVA_OPTS $cds_opts -jar $jar"
  local start end
  start=$(date +%s%N)
  (cd "$run_dir" && exec env $(app_env) java $JAVA_OPTS $cds_opts -jar "$jar") >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/readyz"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
  end=$(date +%s%N)
  READY_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
  STARTED_LINE=$(grep -o 'Started TidbokCatalogApplication in .*' "$WORK/app.log" || true)
}

app_env() {
  echo "SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/tidbok SPRING_DATASOURCE_USERNAME=postgres" \
    "SPRING_DATASOURCE_PASSWORD=postgres SERVER_PORT=$APP_PORT MANAGEMENT_SERVER_PORT=$((APP_PORT + 10))"
}

start_nginx() {
  curl -fs "http://127.0.0.1:$APP_PORT/api/v1/appointment-types" -o "$WORK/catalog.json"
  cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    location = /catalog.json { root $WORK; default_type application/json; }
  }
}
CONF
  local nginx_bin; nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  "$nginx_bin" -c "$WORK/nginx.conf" -e "$WORK/nginx-error.log" &
  NGINX_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/catalog.json"; do sleep 0.05; done
}

POLICY_PATH="/api/v1/appointment-types/lakare-besok-ej-akut-1177/policy?start=2026-03-29T10:00:00%2B02:00&at=2026-03-20T09:30:00%2B01:00&bookedAt=2026-03-01T12:00:00Z"

write_batch_script() {
  local appointments
  appointments=$(for i in $(seq 0 99); do
    printf '{"appointmentTypeCode":"vaccination-1177","start":"2026-04-%02dT%02d:00:00+02:00"}' $((1 + i % 28)) $((8 + i % 9))
    if [ "$i" -lt 99 ]; then printf ','; fi
  done)
  cat >"$WORK/batch.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"at":"2026-03-20T09:30:00+01:00","appointments":[$appointments]}'
LUA
}

# wrk URL [extra wrk args...] -> prints "rps p50 p99 errors"
measure() {
  local url=$1; shift
  local out
  out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  echo "$out" >>"$WORK/wrk.log"
  local rps p50 p99 non2xx socket
  rps=$(echo "$out" | awk '/Requests\/sec/ { print $2 }')
  p50=$(echo "$out" | awk '/^ +50%/ { print $2 }')
  p99=$(echo "$out" | awk '/^ +99%/ { print $2 }')
  non2xx=$(echo "$out" | awk '/Non-2xx/ { print $5 }')
  socket=$(echo "$out" | awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }')
  echo "$rps $p50 $p99 $(( ${non2xx:-0} + ${socket:-0} ))"
}

warm_up() {
  log "Warming up the JIT ($WARMUP per endpoint)"
  local base="http://127.0.0.1:$APP_PORT"
  for target in "$base/api/v1/appointment-types" "$base/api/v1/appointment-types/lakare-besok-ej-akut-1177" \
      "$base$POLICY_PATH"; do
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$target" >/dev/null
  done
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/batch.lua" "$base/api/v1/policy-evaluations" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/appointment-types" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT/catalog.json" >/dev/null
}

main() {
  install_tools
  start_postgres
  build
  start_app
  start_nginx
  write_batch_script
  warm_up
  local base="http://127.0.0.1:$APP_PORT"
  log "Measuring: wrk -t2 -c$CONNECTIONS -d$DURATION"
  local nginx list gzip item policy batch
  nginx=$(measure "http://127.0.0.1:$NGINX_PORT/catalog.json")
  list=$(measure "$base/api/v1/appointment-types")
  gzip=$(measure "$base/api/v1/appointment-types" -H "Accept-Encoding: gzip")
  item=$(measure "$base/api/v1/appointment-types/lakare-besok-ej-akut-1177")
  policy=$(measure "$base$POLICY_PATH")
  batch=$(measure "$base/api/v1/policy-evaluations" -s "$WORK/batch.lua")
  local rss_kb rss_anon_kb rss_file_kb
  rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
  rss_anon_kb=$(awk '/^RssAnon/ { print $2 }' "/proc/$APP_PID/status")
  rss_file_kb=$(awk '/^RssFile/ { print $2 }' "/proc/$APP_PID/status")
  if [ -n "${NMT:-}" ]; then
    jcmd "$APP_PID" VM.native_memory summary >"$OUT/native-memory.txt" 2>&1 || true
  fi
  local nginx_rps; nginx_rps=$(echo "$nginx" | cut -d' ' -f1)

  local report="$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).md"
  {
    echo "## Run of $(date -u +'%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ { print $2 }') GiB;" \
      "$(java -version 2>&1 | head -1); wrk and the service on the same cores."
    echo "- Load: wrk -t2 -c$CONNECTIONS -d$DURATION per row after a warm-up of $WARMUP per endpoint; PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on loopback."
    echo "- Launch: $LAUNCH; JVM options: \`$JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
    echo
    echo "| endpoint | requests/s | p50 | p99 | errors | × nginx |"
    echo "|---|---|---|---|---|---|"
    row() { echo "$2" | awk -v name="$1" -v base="$nginx_rps" '{ printf "| %s | %.0f | %s | %s | %s | %.2f |\n", name, $1, $2, $3, $4, $1 / base }'; }
    row "(a) nginx, static catalog.json" "$nginx"
    row "(b) GET /api/v1/appointment-types" "$list"
    row "(b') same, Accept-Encoding: gzip" "$gzip"
    row "(c) GET /api/v1/appointment-types/{code}" "$item"
    row "(d) GET …/{code}/policy" "$policy"
    row "(e) POST /api/v1/policy-evaluations, 100 appointments" "$batch"
    echo
    echo "- Start to ready (process launch to first 200 from /readyz): **${READY_SECONDS} s**" \
      "(${STARTED_LINE:-no Started line})"
    echo "- Resident memory of the JVM after the load: **$((rss_kb / 1024)) MB**" \
      "($((rss_anon_kb / 1024)) MB anonymous, $((rss_file_kb / 1024)) MB file-backed: the JDK and the class data sharing archive, shareable)"
  } | tee "$report"
  echo >&2
  echo "Report written to $report" >&2
}

main "$@"
