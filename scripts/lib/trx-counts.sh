#!/usr/bin/env bash
# Prints "<passed> <failed> <skipped>" summed over the .trx files under a directory.
# Errors, timeouts and aborts count as failed; every other outcome that is not Passed counts as skipped.
set -euo pipefail

passed=0 failed=0 skipped=0
while IFS= read -r outcome; do
    case "$outcome" in
        Passed) passed=$((passed + 1)) ;;
        Failed|Error|Timeout|Aborted) failed=$((failed + 1)) ;;
        *) skipped=$((skipped + 1)) ;;
    esac
done < <(find "$1" -name '*.trx' -print0 2>/dev/null | xargs -0 -r cat \
    | grep -o '<UnitTestResult [^>]*' | grep -o ' outcome="[A-Za-z]*"' | cut -d'"' -f2)
echo "$passed $failed $skipped"
