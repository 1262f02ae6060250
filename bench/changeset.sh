#!/usr/bin/env bash
# How long a whole-table changeset takes: preview and apply of PMO's 109-row table, against a
# running service (e.g. ./mvnw spring-boot:test-run), over loopback. Each round exports the
# table, edits it, previews it, applies it for a day a year ahead (so that it stays pending),
# then withdraws it, so every round starts from the same catalog. Two tables are measured: one
# with two rows edited, and one with every row's description changed (109 changes, the worst
# case for a 109-row table). Prints the median and the largest of each timing, in ms, as curl
# measures them (request sent to answer read). With PID (the service's JVM), also the CPU time the
# JVM used for each request (from /proc, in 10 ms ticks): on a machine shared with other work the
# wall times mostly measure the wait for a core, the CPU times what the request costs.
#
#   bench/changeset.sh                 # against http://127.0.0.1:8080 with the local administrator
#   BASE=http://127.0.0.1:8380 ROUNDS=20 PID=12345 bench/changeset.sh
#
# Needs curl and python3. Traffic only to BASE; ROUNDS (10) bounds the run.
set -euo pipefail
BASE=${BASE:-http://127.0.0.1:8080}
ADMIN=${ADMIN:-admin:local-admin-password}
ROUNDS=${ROUNDS:-10}
PID=${PID:-}
WORK=$(mktemp -d /tmp/tidbok-changeset.XXXX)
trap 'rm -rf "$WORK"' EXIT
AT=$(( $(date -u +%Y) + 1 ))-06-01T00:00

curl -sf "$BASE/api/v1/catalog-table" -H 'Accept: text/tab-separated-values' -o "$WORK/seed.tsv"
python3 - "$WORK" <<'PY'
import sys
work = sys.argv[1]
lines = open(f"{work}/seed.tsv", encoding="utf-8").read().split("\n")
two = [l.replace("Sexolog 1177\t-\t✓\t✓\t✓\t✓", "Sexolog 1177\t-\t✓\t✓\tX\t✓")
        .replace("Akuttid\t-\t", "Akuttid\tSamma dag.\t") for l in lines]
every = [l if i == 0 or not l else "\t".join([c[0], "Reviderad " + str(i)] + c[2:])
         for i, l in enumerate(lines) for c in [l.split("\t")]]
open(f"{work}/two.tsv", "w", encoding="utf-8").write("\n".join(two))
open(f"{work}/every.tsv", "w", encoding="utf-8").write("\n".join(every))
PY

# The CPU time the service's JVM has used, in ms (0 without PID).
cpu_ms() { if [ -n "$PID" ]; then awk '{print ($14 + $15) * 10}' "/proc/$PID/stat"; else echo 0; fi; }

# time_ms METHOD PATH FILE [HEADER...]: the answer in $WORK/answer.json, the wall time on stdout,
# the CPU time appended to $WORK/cpu-<method>.
time_ms() {
  local method=$1 path=$2 file=$3; shift 3
  local before; before=$(cpu_ms)
  local args=(-s -u "$ADMIN" -X "$method" -o "$WORK/answer.json" -w '%{http_code} %{time_total}')
  [ -n "$file" ] && args+=(-H 'Content-Type: text/tab-separated-values' --data-binary "@$file")
  for header in "$@"; do args+=(-H "$header"); done
  read -r code seconds < <(curl "${args[@]}" "$BASE$path")
  case $code in 2??) ;; *) echo "bench: $method $path answered $code: $(cat "$WORK/answer.json")" >&2; exit 1 ;; esac
  echo $(( $(cpu_ms) - before )) >> "$WORK/cpu"
  python3 -c "print(round($seconds * 1000, 1))"
}
field() { python3 -c "import json,sys; print(json.load(open('$WORK/answer.json'))$1)"; }

report() {
  python3 - "$@" <<'PY'
import statistics, sys
name, values = sys.argv[1], [float(v) for v in sys.argv[2:]]
print(f"| {name} | {len(values)} | {statistics.median(values):.1f} | {max(values):.1f} |")
PY
}

echo "| $(date -u +%Y-%m-%dT%H:%MZ) against $BASE | rounds | median ms | max ms |"
echo "|---|---|---|---|"
for table in two every; do
  previews=() applies=() withdrawals=()
  for _ in $(seq "$ROUNDS"); do
    previews+=("$(time_ms POST "/api/v1/admin/changeset-previews?effectiveFrom=$AT" "$WORK/$table.tsv")")
    etag=$(field "['catalogETag']")
    applies+=("$(time_ms POST "/api/v1/admin/changesets?effectiveFrom=$AT&source=bench" "$WORK/$table.tsv" "If-Match: $etag")")
    id=$(field "['id']") tag=$(field "['etag']")
    withdrawals+=("$(time_ms DELETE "/api/v1/admin/changesets/$id" "" "If-Match: $tag")")
  done
  report "preview, $table" "${previews[@]}"
  report "apply, $table" "${applies[@]}"
  report "withdraw, $table" "${withdrawals[@]}"
  if [ -n "$PID" ]; then
    mapfile -t cpu < "$WORK/cpu"; rm "$WORK/cpu"
    # The CPU times come in rounds of three: preview, apply, withdraw.
    for at in 0 1 2; do
      name=$(echo preview apply withdraw | cut -d' ' -f$((at + 1)))
      report "$name CPU, $table" $(for ((i = at; i < ${#cpu[@]}; i += 3)); do echo "${cpu[$i]}"; done)
    done
  fi
done
