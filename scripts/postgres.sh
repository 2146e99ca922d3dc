#!/usr/bin/env bash
# A throwaway PostgreSQL for local and CI tests: 127.0.0.1 only, trust auth, data in a temp dir.
#
#   scripts/postgres.sh start   start it (if needed) and print the Npgsql connection string
#   scripts/postgres.sh url     print the connection string
#   scripts/postgres.sh stop    shut it down and remove its data
#
#   export CASUISTIEK_TEST_POSTGRES="$(scripts/postgres.sh start)"
#
# Override with CASUISTIEK_PG_PORT (default 15432) and CASUISTIEK_PG_DIR (default /tmp/casuistiek-postgres-<port>).
set -euo pipefail

port="${CASUISTIEK_PG_PORT:-15432}"
dir="${CASUISTIEK_PG_DIR:-/tmp/casuistiek-postgres-$port}"
database="casuistiek"
url="Host=127.0.0.1;Port=$port;Username=postgres;Database=$database"

find_bin() {
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [[ -z "$found" ]] && command -v apt-get >/dev/null; then
        # A fresh machine: Debian's server package brings initdb/pg_ctl and the postgres user.
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >/dev/null
        apt-get install -y -qq postgresql >/dev/null
        found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    fi
    [[ -n "$found" ]] || { echo "PostgreSQL server binaries not found" >&2; exit 1; }
    echo "$found"
}

# initdb and postgres refuse to run as root.
as_owner() {
    # The postgres user may not be allowed into the clone's folder, so its commands run from /.
    if [[ "$(id -u)" == 0 ]]; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

running() {
    [[ -f "$dir/PG_VERSION" ]] && as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1
}

start() {
    if running; then echo "$url"; return; fi
    if [[ ! -f "$dir/PG_VERSION" ]]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        [[ "$(id -u)" == 0 ]] && chown postgres:postgres "$dir"
        chmod 700 "$dir"
        as_owner "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    fi
    # Durability is pointless for throwaway test data; the socket lives in the data dir so no system dir is needed.
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null
    if [[ "$("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$database'")" != 1 ]]; then
        "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qc "CREATE DATABASE $database" >/dev/null
    fi
    echo "$url"
}

stop() {
    if running; then as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null; fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) bin="$(find_bin)"; start ;;
    stop) bin="$(find_bin)"; stop ;;
    url) echo "$url" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
