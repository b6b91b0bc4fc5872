#!/usr/bin/env bash
# A throwaway PostgreSQL for the store's tests, on 127.0.0.1:55432.
#
#   eval "$(.ci/postgres.sh)"     # start (installs Debian's postgresql if needed), export DOSSIER_TEST_PG_URL
#   .ci/postgres.sh stop          # stop it and delete its data
#
#   DOSSIER_PG_PORT=55433 DOSSIER_PG_DURABLE=1 .ci/postgres.sh   # another one, with fsync on (benchmarks)
#
# Only the export line goes to standard output; everything else to standard error. Each start
# begins from an empty data directory. Tests run with fsync off (nothing to keep after them);
# DOSSIER_PG_DURABLE=1 keeps PostgreSQL's defaults, for figures a user would see. As root (CI), the server runs as the user postgres,
# since initdb refuses root.
set -euo pipefail

PORT="${DOSSIER_PG_PORT:-55432}"
STATE="${DOSSIER_PG_DIR:-/tmp/dossier-pg-$PORT}"
if [[ "${DOSSIER_PG_DURABLE:-0}" == 1 ]]; then
  DURABILITY=""
else
  DURABILITY="-c fsync=off -c full_page_writes=off"
fi
DB=dossier_test
USER_NAME=dossier
PASSWORD=dossier

log() { echo "postgres.sh: $*" >&2; }

bin_dir() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
  fi
}

as_server_user() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local bin
  bin="$(bin_dir)"
  if [[ -z "$bin" ]]; then
    log "installing Debian's postgresql"
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    bin="$(bin_dir)"
    [[ -n "$bin" ]] || { log "no pg_ctl under /usr/lib/postgresql/*/bin after installing postgresql"; exit 3; }
  fi
  stop_quietly "$bin"
  rm -rf "$STATE"
  mkdir -p "$STATE"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres: "$STATE"
  fi
  log "initdb in $STATE with $bin"
  as_server_user "$bin/initdb" -D "$STATE/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$STATE/initdb.log" 2>&1 || { cat "$STATE/initdb.log" >&2; exit 3; }
  as_server_user "$bin/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w \
    -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$STATE $DURABILITY" \
    start >&2 || { cat "$STATE/server.log" >&2; exit 3; }
  as_server_user "$bin/psql" -q -h "$STATE" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -c "CREATE USER $USER_NAME PASSWORD '$PASSWORD'" \
    -c "CREATE DATABASE $DB OWNER $USER_NAME" >&2
  log "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') listening on 127.0.0.1:$PORT, database $DB"
  echo "export DOSSIER_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$PORT/$DB?user=$USER_NAME&password=$PASSWORD'"
}

stop_quietly() {
  local bin="$1"
  if [[ -f "$STATE/data/postmaster.pid" ]]; then
    as_server_user "$bin/pg_ctl" -D "$STATE/data" -m fast -w stop >&2 || true
  fi
}

stop() {
  local bin
  bin="$(bin_dir)"
  if [[ -n "$bin" ]]; then
    stop_quietly "$bin"
  fi
  rm -rf "$STATE"
  log "stopped"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 [start|stop]" >&2; exit 2 ;;
esac
