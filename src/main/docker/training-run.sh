#!/usr/bin/env bash
# The training run that makes the JDK AOT cache (the Dockerfile's, and bench/start.sh's): starts
# the service with the java command line it is given (which carries -XX:AOTCacheOutput=...), waits
# for /readyz, asks once what the service's clients ask first, then stops it with SIGTERM; the JVM
# writes the cache as it exits. So the cache holds the classes and profiles of the whole start,
# the web servers and the first answers included, not only those of the application context.
#   SERVER_PORT=8080 src/main/docker/training-run.sh java -XX:AOTCacheOutput=app.aot ... -jar application.jar
# Needs only bash (its /dev/tcp speaks HTTP), no curl. Gives up after 180 s.
set -euo pipefail
port=${SERVER_PORT:-8080}

"$@" &
service=$!
trap 'kill "$service" 2>/dev/null || true' EXIT

# The status line of a GET, or nothing while the port does not answer.
status() {
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 0
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  head -1 <&3 || true
  exec 3<&-
}

for _ in $(seq 1 1800); do
  kill -0 "$service" 2>/dev/null || { wait "$service" || true; echo "training run: the service stopped before it was ready" >&2; exit 1; }
  case "$(status /readyz)" in *" 200"*) break ;; esac
  sleep 0.1
done
case "$(status /readyz)" in *" 200"*) ;; *) echo "training run: not ready within 180 s" >&2; exit 1 ;; esac

for path in /api/v1/appointment-types /api/v1/appointment-types/vaccination-1177 \
  '/api/v1/appointment-types/vaccination-1177/policy?start=2030-01-10T10:00:00%2B01:00' \
  /api/v1/rules /api/v1/booking-window /fhir/metadata /fhir/CodeSystem/pmo-tidbokstyp /; do
  echo "training run: GET $path: $(status "$path" | tr -d '\r')"
done

kill -TERM "$service"
trap - EXIT
# A JVM stopped by SIGTERM exits with 143, after writing the cache.
wait "$service" || [ $? = 143 ]
