#!/usr/bin/env bash
# scripts/test.sh --fast: the tests that start no process, server or browser, for the inner loop. Installs nothing,
# starts nothing, builds Debug (what engineers build anyway) and leaves out every test with the trait Speed=Slow.
# Its last line is "N passed, N failed, N skipped", like the full run; the PostgreSQL rows of theories that also run
# on SQLite are the skipped ones (a data row cannot carry a trait, so CASUISTIEK_TEST_FAST makes them skip).
#
#   scripts/test.sh --fast [extra dotnet test arguments; a --filter is combined with the fast filter]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
cd "$ROOT"

results="$ROOT/artifacts/test-results-fast"
filter="Speed!=Slow"
passed_on=()
while [[ $# -gt 0 ]]; do
    if [[ "$1" == --filter && $# -ge 2 ]]; then
        filter="($2)&$filter"
        shift 2
    else
        passed_on+=("$1")
        shift
    fi
done

export CASUISTIEK_TEST_FAST=true
# A server named in the caller's environment must not be used: the fast suite touches none.
unset CASUISTIEK_TEST_POSTGRES CASUISTIEK_TEST_REDIS CASUISTIEK_TEST_NODE CASUISTIEK_TEST_CHROMIUM

say "Building (Debug)"
dotnet build CasuistiekBot.sln -c Debug -nologo

say "Testing without processes, servers or browser (results in artifacts/test-results-fast)"
rm -rf "$results"
set +e
dotnet test CasuistiekBot.sln -c Debug --no-build --nologo \
    --logger "trx;LogFilePrefix=casuistiek" --results-directory "$results" \
    --blame-hang-timeout 5m --blame-hang-dump-type none --filter "$filter" "${passed_on[@]}"
test_status=$?
set -e

read -r passed failed skipped < <(scripts/lib/trx-counts.sh "$results")
echo "$passed passed, $failed failed, $skipped skipped"

if [[ $test_status -ne 0 || $failed -gt 0 ]]; then exit 1; fi
