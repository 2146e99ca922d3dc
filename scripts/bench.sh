#!/usr/bin/env bash
# Benchmarks on this machine, against real processes on 127.0.0.1; not part of the tests (CI does not run it).
# Results and how to read them: docs/benchmarks.md.
#
#   scripts/bench.sh [turn options]     the intake flow, turn by turn: ours with in-memory state, SQLite, PostgreSQL
#                                       and Redis, and a peer bot on the official Bot Framework SDK for JavaScript
#                                       (tests/peer-bot), driven by one load generator at 16, 64 and 256 conversations;
#                                       then resident memory after 1,000 and 10,000 conversations
#   scripts/bench.sh delivery [--reminders 2000] [--rate 30]
#                                       2,000 reminders to 2,000 people through a connector that enforces Teams'
#                                       limits and throttles 5% of sends with 429 + Retry-After
#
# Turn options: --levels 16,64,256  --warmup 3  --measure 10  --process-warmup 15  --memory 1000,10000|none  --rounds 1
#               --targets ours-memory,ours-sqlite,ours-postgres,ours-redis,peer
# Ports: the bots and the fake connector from CASUISTIEK_BENCH_PORT_BASE (17100), PostgreSQL on CASUISTIEK_BENCH_PG_PORT
# (17090), Redis on CASUISTIEK_BENCH_REDIS_PORT (17091); both servers are throwaway and stopped at the end.
# Measure on a quiet machine: the first and last lines print the load average.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$ROOT"

command_line="scripts/bench.sh $*"
mode=turns
if [[ "${1:-}" == delivery ]]; then mode=delivery; shift; fi
port_base="${CASUISTIEK_BENCH_PORT_BASE:-17100}"
pg_port="${CASUISTIEK_BENCH_PG_PORT:-17090}"
redis_port="${CASUISTIEK_BENCH_REDIS_PORT:-17091}"
peer="$ROOT/tests/peer-bot"

ensure_apt_packages postgresql redis-server wdutch
if [[ ! -f "$peer/node_modules/.package-lock.json" || "$peer/package-lock.json" -nt "$peer/node_modules/.package-lock.json" ]]; then
    say "Installing the peer bot (botbuilder, botbuilder-dialogs) from npm"
    # botbuilder-dialogs' install script calls npx, which must not stop to ask.
    (cd "$peer" && npm_config_yes=true npm ci --no-audit --no-fund --loglevel=error)
fi

say "Building (Release)"
dotnet build src/CasuistiekBot/CasuistiekBot.csproj -c Release -nologo -v q
dotnet build tests/CasuistiekBot.Benchmarks/CasuistiekBot.Benchmarks.csproj -c Release -nologo -v q

stop_servers() {
    CASUISTIEK_REDIS_PORT="$redis_port" CASUISTIEK_REDIS_DIR="/tmp/casuistiek-bench-redis" scripts/redis.sh stop || true
    CASUISTIEK_PG_PORT="$pg_port" CASUISTIEK_PG_DIR="/tmp/casuistiek-bench-pg" scripts/postgres.sh stop || true
}
postgres=""
redis=""
if [[ "$mode" == turns ]]; then
    # Only the turn benchmark starts (and so stops) the servers; the delivery benchmark leaves them alone.
    trap stop_servers EXIT
    say "Starting PostgreSQL on $pg_port and Redis on $redis_port (fresh, throwaway)"
    stop_servers
    postgres="$(CASUISTIEK_PG_PORT="$pg_port" CASUISTIEK_PG_DIR="/tmp/casuistiek-bench-pg" scripts/postgres.sh start)"
    redis="$(CASUISTIEK_REDIS_PORT="$redis_port" CASUISTIEK_REDIS_DIR="/tmp/casuistiek-bench-redis" scripts/redis.sh start)"
fi

say "Load before: $(cat /proc/loadavg)"
dotnet tests/CasuistiekBot.Benchmarks/bin/Release/net10.0/CasuistiekBot.Benchmarks.dll \
    --mode "$mode" --ours "$ROOT/src/CasuistiekBot/bin/Release/net10.0/CasuistiekBot.dll" --peer "$peer" \
    --postgres "$postgres" --redis "$redis" --port-base "$port_base" --command "$command_line" "$@"
