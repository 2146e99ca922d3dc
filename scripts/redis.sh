#!/usr/bin/env bash
# A throwaway Redis for tests: 127.0.0.1 only, nothing persisted, daemonized, pid file and log in a temp dir.
#
#   scripts/redis.sh start   start it (if needed) and print the StackExchange.Redis connection string
#   scripts/redis.sh url     print the connection string
#   scripts/redis.sh stop    shut it down and remove its dir
#
#   export CASUISTIEK_TEST_REDIS="$(scripts/redis.sh start)"
#
# Override with CASUISTIEK_REDIS_PORT (default 16379) and CASUISTIEK_REDIS_DIR (default /tmp/casuistiek-redis-<port>).
set -euo pipefail

port="${CASUISTIEK_REDIS_PORT:-16379}"
dir="${CASUISTIEK_REDIS_DIR:-${TMPDIR:-/tmp}/casuistiek-redis-$port}"
url="127.0.0.1:$port"

running() {
    [[ -f "$dir/redis.pid" ]] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null
}

ping() {
    [[ "$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null)" == PONG ]]
}

start() {
    command -v redis-server >/dev/null || { echo "redis-server not found (apt-get install redis-server)" >&2; exit 1; }
    if ! running; then
        mkdir -p "$dir"
        chmod 700 "$dir"
        redis-server --bind 127.0.0.1 --port "$port" --protected-mode yes --daemonize yes \
            --pidfile "$dir/redis.pid" --logfile "$dir/redis.log" --dir "$dir" \
            --save '' --appendonly no >/dev/null
    fi
    for _ in $(seq 1 80); do
        if ping; then echo "$url"; return; fi
        sleep 0.25
    done
    echo "Redis did not answer on $url; its log:" >&2
    tail -n 20 "$dir/redis.log" >&2 || true
    exit 1
}

stop() {
    if running; then
        local pid
        pid="$(cat "$dir/redis.pid")"
        kill -TERM "$pid"
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    fi
    rm -rf "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$url" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
