# Sourced by bench/run.sh and bench/start.sh: start_postgres starts a private PostgreSQL cluster in
# $WORK/pg on 127.0.0.1:$PG_PORT with a database "tidbok", sets PG_BIN and PG_STOP (the command
# that stops it). As root it runs the server as the user postgres.
start_postgres() {
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -n "$PG_BIN" ] || { echo "no PostgreSQL server installed (apt-get install postgresql)" >&2; return 1; }
  mkdir -p "$WORK/pg"
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg"; run=(runuser -u postgres --); fi
  "${run[@]}" "$PG_BIN/initdb" -D "$WORK/pg/data" -U postgres --auth=trust -E UTF8 >/dev/null
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/log" -w \
    -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
  PG_STOP=("${run[@]}" "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast stop)
  "$PG_BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE tidbok" >/dev/null
}
