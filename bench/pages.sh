#!/usr/bin/env bash
# Latency of the pages for one user: the public table (all 109 types, filtered, as of a day), a
# type's page, and, for comparison in the same run, the API's list with a filter (which passes the
# security filter chains, as the pages do) and without (the fast path, ahead of them).
#
#   bench/pages.sh            # PORT=18580 by default; the service is started with ./mvnw spring-boot:test-run
#
# The JVM runs with its full JIT (not the plugin's quick-start C1-only launch). One connection (one
# user, one request at a time), after a warm-up, with wrk's latency
# distribution; loopback only, every run bounded in time. Prints a Markdown table and writes it to
# bench/out/pages.md. Tunables: PORT, WARMUP (30s), DURATION (20s).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-18580}
WARMUP=${WARMUP:-30s}
DURATION=${DURATION:-20s}
OUT=bench/out
mkdir -p "$OUT"
command -v wrk >/dev/null || { [ "$(id -u)" = 0 ] && apt-get install -y -q wrk >/dev/null; }
BASE=http://127.0.0.1:$PORT

setsid ./mvnw -B -q spring-boot:test-run -Dspring-boot.run.optimizedLaunch=false -Dspring-boot.test-run.optimizedLaunch=false -Dspring-boot.run.arguments="--server.port=$PORT --management.server.port=$((PORT + 1)) --logging.level.root=WARN" \
  > "$OUT/pages-service.log" 2>&1 &
SERVICE=$!
# The service runs in a process group of its own (Maven and the application's JVM): stopped whole.
trap 'kill -- -$SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do curl -sf -o /dev/null "$BASE/readyz" && break; sleep 1; done
curl -sf -o /dev/null "$BASE/readyz" || { echo "bench: the service did not start; see $OUT/pages-service.log" >&2; exit 1; }

PATHS=("/" "/?q=lakare&bokasOnline=ja" "/?datum=2027-01-01" "/typer/mottagningstid-med-tolk"
  "/api/v1/appointment-types?q=lakare" "/api/v1/appointment-types")
for path in "${PATHS[@]}"; do wrk -t1 -c1 -d"$WARMUP" "$BASE$path" >/dev/null; done

{
  echo "| path | requests/s | p50 | p90 | p99 | max |"
  echo "|---|---|---|---|---|---|"
  for path in "${PATHS[@]}"; do
    wrk -t1 -c1 -d"$DURATION" --latency "$BASE$path" > "$OUT/pages-wrk.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$OUT/pages-wrk.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$OUT/pages-wrk.txt")
    p90=$(awk '$1 == "90%" {print $2}' "$OUT/pages-wrk.txt")
    p99=$(awk '$1 == "99%" {print $2}' "$OUT/pages-wrk.txt")
    max=$(awk '/Latency/ {print $4; exit}' "$OUT/pages-wrk.txt")
    echo "| \`$path\` | $rps | $p50 | $p90 | $p99 | $max |"
  done
} | tee "$OUT/pages.md"
