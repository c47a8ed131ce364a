#!/usr/bin/env bash
# Runs the Swift unit tests (XCTest and Swift Testing) and ends with one line counting both,
# because `swift test` prints a separate summary per framework.
set -uo pipefail
swift=${SWIFT:-swift}
log=$(mktemp)
trap 'rm -f "$log"' EXIT
"$swift" test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# XCTest: the line after "Test Suite 'All tests'" reads "Executed N tests, with [K tests skipped and] F failures".
xctest=$(grep -A1 "Test Suite 'All tests'" "$log" | grep -oE "Executed [0-9]+ tests?, with ([0-9]+ tests? skipped and )?[0-9]+ failures?" | tail -1)
xc_run=$(grep -oE "Executed [0-9]+" <<<"$xctest" | grep -oE "[0-9]+" || echo 0)
xc_skipped=$(grep -oE "[0-9]+ tests? skipped" <<<"$xctest" | grep -oE "^[0-9]+" || echo 0)
xc_failed=$(grep -oE "[0-9]+ failures?" <<<"$xctest" | grep -oE "^[0-9]+" || echo 0)
# Swift Testing: "Test run with N tests in S suites passed|failed after … [with F issues]".
testing=$(grep -E "Test run with [0-9]+ tests?" "$log" | tail -1)
st_run=$(grep -oE "with [0-9]+ tests?" <<<"$testing" | grep -oE "[0-9]+" || echo 0)
st_failed=0
grep -q "failed after" <<<"$testing" && st_failed=$(grep -oE "with [0-9]+ issues?" <<<"$testing" | grep -oE "[0-9]+" || echo 1)

failed=$((xc_failed + st_failed))
passed=$((xc_run - xc_skipped - xc_failed + st_run - st_failed))
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo
echo "tests: $passed passed, $failed failed, $xc_skipped skipped"
exit "$status"
