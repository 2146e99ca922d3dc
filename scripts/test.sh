#!/usr/bin/env bash
# The README's test command. On a fresh machine (Debian 12, .NET 10 SDK, Node 20) it installs what is missing,
# starts throwaway PostgreSQL and Redis on 127.0.0.1, builds, runs every test project and stops the servers.
# Its last line is "N passed, N failed, N skipped". It fails when a test fails, and under CI=true also when
# a test was skipped (tests that need a server skip locally when the server is absent).
#
#   scripts/test.sh [extra dotnet test arguments, e.g. --filter FullyQualifiedName~EndToEnd]
#   scripts/test.sh --fast [extra dotnet test arguments]
#
# --fast is the inner loop: only the tests that start no process, server or browser (those carry the trait
# Speed=Slow, see tests/CasuistiekBot.Testing/TestSpeed.cs), a Debug build, and nothing installed or started.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
cd "$ROOT"

results="$ROOT/artifacts/test-results"

if [[ "${1:-}" == --fast ]]; then
    shift
    exec "$ROOT/scripts/lib/test-fast.sh" "$@"
fi

# wdutch: the Dutch word list the scrubber needs to tell names from ordinary words.
ensure_apt_packages postgresql redis-server chromium wdutch poppler-utils
ensure_node_tools
ensure_dotnet_tools

stop_servers() {
    scripts/redis.sh stop || true
    if [[ -x scripts/postgres.sh ]]; then scripts/postgres.sh stop || true; fi
}
trap stop_servers EXIT

if [[ -x scripts/postgres.sh ]]; then
    say "Starting PostgreSQL"
    CASUISTIEK_TEST_POSTGRES="$(scripts/postgres.sh start)"
    export CASUISTIEK_TEST_POSTGRES
else
    say "scripts/postgres.sh is absent: PostgreSQL tests will skip"
fi
say "Starting Redis"
CASUISTIEK_TEST_REDIS="$(scripts/redis.sh start)"
export CASUISTIEK_TEST_REDIS
export CASUISTIEK_TEST_NODE="$NODE_TOOLS"
export CASUISTIEK_TEST_CHROMIUM=/usr/bin/chromium

say "Building"
dotnet build CasuistiekBot.sln -c Release -nologo
say "Checking that every model change has a migration"
check_migrations Release

say "Testing (results in artifacts/test-results)"
rm -rf "$results"
set +e
dotnet test CasuistiekBot.sln -c Release --no-build --nologo \
    --logger "trx;LogFilePrefix=casuistiek" --results-directory "$results" \
    --blame-hang-timeout 5m --blame-hang-dump-type none "$@"
test_status=$?
set -e
stop_servers
trap - EXIT

# Every test result of every project, from the trx files (one per test project).
read -r passed failed skipped < <(scripts/lib/trx-counts.sh "$results")
echo "$passed passed, $failed failed, $skipped skipped"

if [[ $test_status -ne 0 || $failed -gt 0 ]]; then exit 1; fi
if [[ "${CI:-}" == true && $skipped -gt 0 ]]; then exit 1; fi
