#!/usr/bin/env bash
# Benchmark of the read paths against nginx serving the same catalog JSON as a static file, in
# the same run: every timing is reported as a ratio to nginx's, since absolute times on shared
# machines swing from hour to hour while the ratios hold.
#
#   bench/run.sh
#
# Installs what it needs from Debian (wrk, nginx, PostgreSQL, curl, python3, taskset) when missing, finds a
# JDK 25 (JAVA_HOME if it is one, else the newest under /usr/lib/jvm), starts a private PostgreSQL
# cluster, builds the jar with ./mvnw, measures start-to-ready with and without the AOT cache, starts
# the service as in production, warms up, then measures side by side at a fixed concurrency: nginx,
# the catalog list, one type, the policy endpoint, the rules and a 100-appointment batch; then the
# four reads again during a slow-client attack (bench/attack.py: 100 connections trickling bodies at
# 1 byte/s, 100 pipelining requests without reading; loopback only, bounded in time). All of it
# twice: first with wrk, the attack and the servers sharing every CPU, then split (wrk and the
# attack on CPU 0, nginx and the service on the others), so that the tails show the servers and not
# their competition with the load generator. Prints a Markdown report and writes it to bench/out/.
#
# Tunables (environment): CONNECTIONS (32), DURATION (10s), WARMUP (10s per endpoint), JAVA_OPTS,
# LAUNCH (aot: extracted jar started from an AOT cache made by a training run, as in the Docker
# image; extracted; jar), START_RUNS (3: start-to-ready measured this often with and without the
# cache, medians reported), ATTACK (1; 0 skips the attack), SPLIT (1; 0 skips the split-CPU pass),
# ASOF (1; 0 skips the as-of cycling attack: 1,000 versions of one type are written to PostgreSQL,
# then 16 connections cycle asOf over their 1,000 switch instants while the other reads are
# measured; the same 1,000 versions give the first page of /history its row),
# SKIP_BUILD=1 to measure the jar already in target/, GC_LOG=1 to write the JVM's GC log to
# bench/out/gc.log, NMT=1 for the native memory summary after the load in
# bench/out/native-memory-shared.txt and -split.txt, APP_PORT (18080), MANAGEMENT_PORT
# (APP_PORT + 10), NGINX_PORT (18081), PG_PORT (55432).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-10s}
WARMUP=${WARMUP:-10s}
LAUNCH=${LAUNCH:-aot}
START_RUNS=${START_RUNS:-3}
ATTACK=${ATTACK:-1}
SPLIT=${SPLIT:-1}
ASOF=${ASOF:-1}
# The production JVM profile of the README and the Dockerfile.
JAVA_OPTS=${JAVA_OPTS:--XX:+UseCompactObjectHeaders -Xms32m -Xmx160m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=32m -XX:SweeperThreshold=50 -XX:TrimNativeHeapInterval=5000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
PG_PORT=${PG_PORT:-55432}
# Actuator listens on a port of its own.
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((APP_PORT + 10))}
OUT=bench/out
WORK=$(mktemp -d /tmp/tidbok-bench.XXXX)
chmod 755 "$WORK"
mkdir -p "$OUT"

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench: %s\n' "$*" >&2; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

install_tools() {
  local missing=()
  command -v wrk >/dev/null || missing+=(wrk)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
  command -v curl >/dev/null || missing+=(curl)
  command -v python3 >/dev/null || missing+=(python3)
  command -v taskset >/dev/null || missing+=(util-linux)
  if [ ${#missing[@]} -gt 0 ]; then
    log "Installing ${missing[*]} from Debian"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The service needs Java 25; the default java on PATH may be older.
JAVA_HOME_25=""
find_jdk() {
  local candidates=() home feature best="" best_feature=0
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for home in /usr/lib/jvm/*; do candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/jcmd" ] || continue
    feature=$("$home/bin/java" -XshowSettings:properties -version 2>&1 |
      awk -F'= ' '/java.specification.version/ { print $2 }')
    feature=${feature%%.*}
    [ -n "$feature" ] && [ "$feature" -ge 25 ] || continue
    # JAVA_HOME wins when it is a JDK 25 or newer; otherwise the newest found.
    if [ "$home" = "${JAVA_HOME:-}" ]; then best=$home; break; fi
    if [ "$feature" -gt "$best_feature" ]; then best=$home; best_feature=$feature; fi
  done
  [ -n "$best" ] || die "no JDK 25 found in JAVA_HOME or /usr/lib/jvm: install one (e.g. Temurin 25)"
  JAVA_HOME_25=$best
  export JAVA_HOME=$best
}
java25() { "$JAVA_HOME_25/bin/java" "$@"; }

check_ports() {
  local port
  for port in "$APP_PORT" "$MANAGEMENT_PORT" "$NGINX_PORT" "$PG_PORT"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      die "port $port is in use; set APP_PORT, NGINX_PORT or PG_PORT"
    fi
  done
}

PG_BIN=""
# start_postgres: a private cluster on $PG_PORT.
. bench/postgres.sh

APP_PID=""
NGINX_PID=""
ATTACK_PID=""
PG_STOP=()
cleanup() {
  [ -n "$ATTACK_PID" ] && kill "$ATTACK_PID" 2>/dev/null || true
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
  # Spring Boot's production layout: the jar extracted, classes loaded from plain jars. The AOT
  # cache is only valid for this exact class path.
  java25 -Djarmode=tools -jar "$JAR" extract --force --destination "$WORK/app" >/dev/null
}

app_env() {
  echo "SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/tidbok SPRING_DATASOURCE_USERNAME=postgres" \
    "SPRING_DATASOURCE_PASSWORD=postgres SERVER_PORT=$APP_PORT MANAGEMENT_SERVER_PORT=$MANAGEMENT_PORT"
}

train() {
  log "Training run for the AOT cache"
  (cd "$WORK/app" && env $(app_env) "$ROOT/src/main/docker/training-run.sh" "$JAVA_HOME_25/bin/java" $JAVA_OPTS \
    -XX:AOTCacheOutput=app.aot -Dspring.aot.enabled=true -jar "$(basename "$JAR")" >"$WORK/training.log" 2>&1) ||
    { tail -40 "$WORK/training.log"; die "training run failed"; }
}

# launch MODE [extra JVM options...]: starts the service, waits until ready, sets APP_PID and
# READY_SECONDS.
READY_SECONDS=""
STARTED_LINE=""
launch() {
  local mode=$1; shift
  local run_dir=$WORK/app jar mode_opts=""
  jar=$(basename "$JAR")
  case "$mode" in
    jar) run_dir=.; jar=$JAR ;;
    extracted) ;;
    # AOTMode=on: fail rather than silently start without the cache.
    aot) mode_opts="-XX:AOTCache=app.aot -XX:AOTMode=on -Dspring.aot.enabled=true" ;;
    *) die "LAUNCH must be aot, extracted or jar, not $mode" ;;
  esac
  local start end
  start=$(date +%s%N)
  (cd "$run_dir" && exec env $(app_env) "$JAVA_HOME_25/bin/java" $JAVA_OPTS $mode_opts "$@" -jar "$jar") \
    >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/readyz"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; die "the service did not start"; }
    sleep 0.02
  done
  end=$(date +%s%N)
  READY_SECONDS=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.2f", (e - s) / 1e9 }')
  STARTED_LINE=$(grep -o 'Started TidbokCatalogApplication in .*' "$WORK/app.log" || true)
}

stop_app() {
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Start-to-ready with and without the cache, alternating, START_RUNS times each.
START_EXTRACTED=""
START_AOT=""
START_LOADS=""
measure_starts() {
  log "Start-to-ready, $START_RUNS runs each, with and without the AOT cache"
  local i ex=() aot=()
  for i in $(seq 1 "$START_RUNS"); do
    START_LOADS="$START_LOADS $(cut -d' ' -f1 /proc/loadavg)"
    launch extracted; ex+=("$READY_SECONDS"); stop_app
    launch aot; aot+=("$READY_SECONDS"); stop_app
  done
  START_EXTRACTED=$(printf '%s\n' "${ex[@]}" | median)
  START_AOT=$(printf '%s\n' "${aot[@]}" | median)
  START_EXTRACTED_ALL="${ex[*]}"
  START_AOT_ALL="${aot[*]}"
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
ITEM_PATH="/api/v1/appointment-types/lakare-besok-ej-akut-1177"

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

# The command prefix wrk and the attack run under: empty when sharing the CPUs, a taskset when split.
CLIENT=()

# wrk URL [extra wrk args...] -> prints "rps p50_ms p99_ms errors"
measure() {
  local url=$1; shift
  local out
  out=$("${CLIENT[@]}" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
  echo "$out" >>"$WORK/wrk.log"
  echo "$out" | awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v
    }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { errors += $5 }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%s %.3f %.3f %d\n", rps, p50, p99, errors }'
}

warm_up() {
  log "Warming up the JIT ($WARMUP per endpoint)"
  local base="http://127.0.0.1:$APP_PORT"
  for target in "$base/api/v1/appointment-types" "$base$ITEM_PATH" "$base$POLICY_PATH" "$base/api/v1/rules"; do
    wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$target" >/dev/null
  done
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" -s "$WORK/batch.lua" "$base/api/v1/policy-evaluations" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d"$WARMUP" "$base/api/v1/appointment-types" >/dev/null
  wrk -t2 -c"$CONNECTIONS" -d3s "http://127.0.0.1:$NGINX_PORT/catalog.json" >/dev/null
}

# 1,000 scheduled versions of one type, written as the service writes them, and the catalog
# revision moved on so that the service loads them by its revision check. Their switch instants,
# one an hour from 2027-01-01, go to a wrk script that cycles asOf over them.
ASOF_CODE=sexolog-1177
write_versions() {
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d tidbok -qv ON_ERROR_STOP=1 >/dev/null <<SQL
BEGIN;
UPDATE catalog_revision SET revision = revision + 1;
INSERT INTO appointment_type_version (code, version, effective_from, recorded_at, catalog_revision, name,
    description, visible_to_patient, cancellable_by_patient, rebookable_by_patient, sms_reminder, is_retired)
SELECT v.code, i, timestamptz '2027-01-01 00:00:00+01' + i * interval '1 hour', now(),
    (SELECT revision FROM catalog_revision), v.name, v.description, v.visible_to_patient,
    v.cancellable_by_patient, i % 2 = 0, v.sms_reminder, FALSE
FROM appointment_type_version v, generate_series(1, 1000) AS i
WHERE v.code = '$ASOF_CODE' AND v.version = 0;
COMMIT;
SQL
  local i
  {
    echo "local instants = {"
    for i in $(seq 1 1000); do
      printf '"%s",\n' "$(date -u -d "2026-12-31T23:00:00Z + $i hour" +%Y-%m-%dT%H:%M:%SZ)"
    done
    echo "}"
    echo 'local n = 0'
    echo 'request = function() n = n + 1; return wrk.format("GET", "/api/v1/appointment-types?asOf=" .. instants[n % #instants + 1]) end'
  } >"$WORK/asof.lua"
  # The history is paged (newest last): the last page of 20 holds version 1000 once every
  # instance has read the versions. Bounded: 60 s.
  local tries=0
  until curl -fs "http://127.0.0.1:$APP_PORT/api/v1/appointment-types/$ASOF_CODE/history?page=50&size=20" |
    grep -q '"version":1000'; do
    tries=$((tries + 1))
    [ "$tries" -le 300 ] || die "the 1,000 versions of $ASOF_CODE never appeared in its history"
    sleep 0.2
  done
}

seconds() { local d=$1; case "$d" in *m) echo $((${d%m} * 60)) ;; *s) echo "${d%s}" ;; *) echo "$d" ;; esac; }

main() {
  install_tools
  find_jdk
  check_ports
  log "Starting a private PostgreSQL on port $PG_PORT"
  start_postgres
  build
  train
  measure_starts
  log "Starting the service ($LAUNCH): java $JAVA_OPTS"
  local gc_opts=()
  [ -n "${GC_LOG:-}" ] && gc_opts+=("-Xlog:gc*:file=$PWD/$OUT/gc.log:uptime,level,tags")
  # jcmd VM.native_memory answers only when the JVM tracks it from the start.
  [ -n "${NMT:-}" ] && gc_opts+=("-XX:NativeMemoryTracking=summary")
  launch "$LAUNCH" "${gc_opts[@]}"
  local ready_seconds=$READY_SECONDS started_line=$STARTED_LINE
  start_nginx
  write_batch_script
  if [ "$ASOF" = 1 ]; then write_versions; fi
  warm_up
  local load_before; load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  local report="$OUT/results-$(date -u +%Y%m%dT%H%M%SZ).md"
  {
    echo "## Run of $(date -u +'%Y-%m-%d %H:%M UTC')"
    echo
    echo "- Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), $(free -g | awk '/Mem:/ { print $2 }') GiB;" \
      "$(java25 -version 2>&1 | head -1); load average before the load $load_before."
    echo "- Load: wrk -t2 -c$CONNECTIONS -d$DURATION per row after a warm-up of $WARMUP per endpoint; PostgreSQL $("$PG_BIN/postgres" --version | awk '{ print $3 }') on loopback; nginx, 1 worker."
    echo "- Launch: $LAUNCH; JVM options: \`$JAVA_OPTS\`, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX"
    echo "- Start to ready (process launch to the first 200 from /readyz), median of $START_RUNS:" \
      "**${START_AOT} s from the AOT cache** ($START_AOT_ALL), ${START_EXTRACTED} s without it ($START_EXTRACTED_ALL):" \
      "**$(awk -v a="$START_AOT" -v e="$START_EXTRACTED" 'BEGIN { printf "%.2f", a / e }') ×**; load averages at the starts:$START_LOADS"
    echo "- Start of the measured instance ($LAUNCH): ${ready_seconds} s (${started_line:-no Started line})"
    echo "$START_AOT $START_EXTRACTED" | awk '
      function v(ok) { return ok ? "met" : "**missed**" }
      {
        printf "- target: ready from the AOT cache in %.2f s (≤ 2 s on an idle machine): %s\n", $1, v($1 <= 2)
        printf "- target: ready from the AOT cache in %.2f × the time without it (≤ 0.6): %s\n", $1 / $2, v($1 / $2 <= 0.6)
      }'
  } >"$report"
  measure_mode shared >>"$report"
  if [ "$SPLIT" = 1 ] && [ "$(nproc)" -ge 2 ]; then
    measure_mode split >>"$report"
  fi
  local load_after; load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "- Load average after the load: $load_after." >>"$report"
  cat "$report"
  echo >&2
  echo "Report written to $report" >&2
}

# The CPUs the servers under test run on in split mode: all but the first, which wrk and the
# attack get to themselves.
server_cpus() { echo "1-$(($(nproc) - 1))"; }

# pin_servers CPUS: every thread of nginx and of the service onto CPUS.
pin_servers() {
  local pid
  for pid in "$NGINX_PID" $(pgrep -P "$NGINX_PID") "$APP_PID"; do
    taskset -a -p -c "$1" "$pid" >/dev/null
  done
}

# measure_mode shared|split: the side-by-side rows and the attack, as a Markdown section.
# shared: wrk, the attack and the servers share every CPU (the method of the earlier runs).
# split: wrk and the attack on the first CPU, nginx and the service on the others, so that the
# tails measure the servers, not their competition with the load generator for the same cores.
measure_mode() {
  local mode=$1
  CLIENT=()
  if [ "$mode" = split ]; then
    pin_servers "$(server_cpus)"
    CLIENT=(taskset -c 0)
  else
    pin_servers "0-$(($(nproc) - 1))"
  fi
  local base="http://127.0.0.1:$APP_PORT"
  log "Measuring ($mode): wrk -t2 -c$CONNECTIONS -d$DURATION (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  # A short warm-up after the move between CPUs.
  "${CLIENT[@]}" wrk -t2 -c"$CONNECTIONS" -d3s "$base/api/v1/appointment-types" >/dev/null
  local nginx list gzip item policy rules batch
  nginx=$(measure "http://127.0.0.1:$NGINX_PORT/catalog.json")
  list=$(measure "$base/api/v1/appointment-types")
  gzip=$(measure "$base/api/v1/appointment-types" -H "Accept-Encoding: gzip")
  item=$(measure "$base$ITEM_PATH")
  policy=$(measure "$base$POLICY_PATH")
  rules=$(measure "$base/api/v1/rules")
  batch=$(measure "$base/api/v1/policy-evaluations" -s "$WORK/batch.lua")
  local rss_kb rss_anon_kb rss_file_kb
  rss_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
  rss_anon_kb=$(awk '/^RssAnon/ { print $2 }' "/proc/$APP_PID/status")
  rss_file_kb=$(awk '/^RssFile/ { print $2 }' "/proc/$APP_PID/status")
  if [ -n "${NMT:-}" ]; then
    "$JAVA_HOME_25/bin/jcmd" "$APP_PID" VM.native_memory summary >"$OUT/native-memory-$mode.txt" 2>&1 || true
  fi

  local a_list="" a_item="" a_policy="" a_rules="" attack_stats="" rss_attack_kb=""
  if [ "$ATTACK" = 1 ]; then
    local d; d=$(seconds "$DURATION")
    log "Slow-client attack ($mode): 100 trickling + 100 never-reading connections, reads measured meanwhile"
    "${CLIENT[@]}" python3 bench/attack.py "$APP_PORT" $((4 * d + 12)) >"$WORK/attack.json" 2>"$WORK/attack.err" &
    ATTACK_PID=$!
    sleep 5 # every attacking connection open and stuck
    a_list=$(measure "$base/api/v1/appointment-types")
    a_item=$(measure "$base$ITEM_PATH")
    a_policy=$(measure "$base$POLICY_PATH")
    a_rules=$(measure "$base/api/v1/rules")
    rss_attack_kb=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")
    wait "$ATTACK_PID" || true
    ATTACK_PID=""
    attack_stats=$(cat "$WORK/attack.json")
  fi

  local history="" x_list="" x_item="" x_policy="" x_asof=""
  if [ "$ASOF" = 1 ]; then
    history=$(measure "$base/api/v1/appointment-types/$ASOF_CODE/history")
    log "As-of attack ($mode): 16 connections cycling asOf over 1,000 switch instants, reads measured meanwhile"
    local d; d=$(seconds "$DURATION")
    "${CLIENT[@]}" wrk -t1 -c16 -d$((3 * d + 6))s --latency -s "$WORK/asof.lua" "$base" >"$WORK/asof.out" 2>&1 &
    local asof_pid=$!
    sleep 3
    x_list=$(measure "$base/api/v1/appointment-types")
    x_item=$(measure "$base$ITEM_PATH")
    x_policy=$(measure "$base$POLICY_PATH")
    wait "$asof_pid" || true
    x_asof=$(awk '/Requests\/sec/ { rps = $2 } /^ +99%/ { p99 = $2 } END { printf "%.0f requests/s, p99 %s", rps, p99 }' "$WORK/asof.out")
  fi

  echo
  if [ "$mode" = split ]; then
    echo "### Split: wrk and the attack on CPU 0, nginx and the service on CPUs $(server_cpus)"
  else
    echo "### Shared: wrk, the attack and the servers on all $(nproc) CPUs"
  fi
  echo
  echo "| endpoint | requests/s | × nginx | p50 | p99 | p99 × nginx p99 | errors |"
  echo "|---|---|---|---|---|---|---|"
  row() {
    echo "$2 $nginx" | awk -v name="$1" '{ printf "| %s | %.0f | %.2f | %.2f ms | %.2f ms | %.1f | %s |\n", name, $1, $1 / $5, $2, $3, $3 / $7, $4 }'
  }
  row "(a) nginx, static catalog.json" "$nginx"
  row "(b) GET /api/v1/appointment-types" "$list"
  row "(b') same, Accept-Encoding: gzip" "$gzip"
  row "(c) GET /api/v1/appointment-types/{code}" "$item"
  row "(d) GET …/{code}/policy" "$policy"
  row "(f) GET /api/v1/rules" "$rules"
  row "(e) POST /api/v1/policy-evaluations, 100 appointments" "$batch"
  arow() {
    echo "$2 $3" | awk -v name="$1" '{ printf "| %s | %.2f ms | %.2f ms | %.2f ms | %.2f ms | %.2f | %.0f | %s |\n", name, $2, $6, $3, $7, $7 / $3, $5, $8 }'
  }
  if [ "$ATTACK" = 1 ]; then
    echo
    echo "During the slow-client attack ($attack_stats):"
    echo
    echo "| read | p50 undisturbed | p50 attacked | p99 undisturbed | p99 attacked | p99 attacked ÷ undisturbed | requests/s attacked | errors |"
    echo "|---|---|---|---|---|---|---|---|"
    arow "GET /api/v1/appointment-types" "$list" "$a_list"
    arow "GET /api/v1/appointment-types/{code}" "$item" "$a_item"
    arow "GET …/{code}/policy" "$policy" "$a_policy"
    arow "GET /api/v1/rules" "$rules" "$a_rules"
  fi
  if [ "$ASOF" = 1 ]; then
    echo
    echo "While 16 connections cycle asOf over 1,000 switch instants (the cycling itself: $x_asof):"
    echo
    echo "| read | p50 undisturbed | p50 during | p99 undisturbed | p99 during | p99 during ÷ undisturbed | requests/s during | errors |"
    echo "|---|---|---|---|---|---|---|---|"
    arow "GET /api/v1/appointment-types" "$list" "$x_list"
    arow "GET /api/v1/appointment-types/{code}" "$item" "$x_item"
    arow "GET …/{code}/policy" "$policy" "$x_policy"
    echo
    # The history's page costs what one type's answer costs through Spring MVC, whatever the
    # number of versions: measured against the same read of a type with one version.
    echo "$history $(measure "$base/api/v1/appointment-types/vaccination-1177/history")" | awk '{ printf "- GET …/{code}/history, first page: with 1,000 versions %.0f requests/s, p99 %.2f ms; with one version %.0f requests/s, p99 %.2f ms (%.2f ×)\n", $1, $3, $5, $7, $3 / $7 }'
    echo "$list $x_list $item $x_item $policy $x_policy" | awk '
      {
        worst = 0
        for (i = 0; i < 3; i++) { r = $(i * 8 + 7) / $(i * 8 + 3); if (r > worst) worst = r }
        printf "- reads during the as-of cycling, worst p99 %.2f × undisturbed (≤ 2): %s\n", worst, (worst <= 2) ? "met" : "**missed**"
      }'
  fi
  echo
  echo "- Resident memory of the JVM after the load: **$((rss_kb / 1024)) MB**" \
    "($((rss_anon_kb / 1024)) MB anonymous, $((rss_file_kb / 1024)) MB file-backed: the JDK and the AOT cache, shareable)${rss_attack_kb:+; after the attack $((rss_attack_kb / 1024)) MB}"
  echo
  echo "Targets ($mode):"
  echo "$list $nginx $policy $batch $rss_kb" | awk '
    function v(ok) { return ok ? "met" : "**missed**" }
    {
      printf "- catalog list %.2f × nginx requests/s (≥ 0.6): %s\n", $1 / $5, v($1 / $5 >= 0.6)
      printf "- policy p99 %.1f × nginx p99 (≤ 3): %s\n", $11 / $7, v($11 / $7 <= 3)
      printf "- batch p99 %.1f × nginx p99 (≤ 15): %s\n", $15 / $7, v($15 / $7 <= 15)
      printf "- resident memory %d MB (≤ 256): %s\n", $17 / 1024, v($17 / 1024 <= 256)
    }'
  if [ "$ATTACK" = 1 ]; then
    echo "$list $a_list $item $a_item $policy $a_policy $rules $a_rules" | awk '
      {
        worst = 0
        for (i = 0; i < 4; i++) { r = $(i * 8 + 7) / $(i * 8 + 3); if (r > worst) worst = r }
        printf "- reads during the attack, worst p99 %.2f × undisturbed (≤ 3): %s\n", worst, (worst <= 3) ? "met" : "**missed**"
      }'
  fi
}

main "$@"
