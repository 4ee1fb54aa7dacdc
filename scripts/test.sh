#!/usr/bin/env bash
# The one test command: installs and starts what the tests need, then runs the
# formatter and linter, the type checker, unit, integration and browser tests.
# Ends with one summary line "N passed, N failed, N skipped" over every runner,
# and exits non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

RESULTS=test-results
mkdir -p "$RESULTS"
passed=0 failed=0 skipped=0

check() { # a named check that counts as one test
  local name=$1; shift
  echo "== $name"
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "!! $name failed"; fi
}

count_vitest() { # adds a vitest JSON report to the totals
  local file=$1
  if [ ! -s "$file" ]; then failed=$((failed + 1)); echo "!! no report in $file"; return; fi
  read -r p f s < <(node -e '
    const r = require(process.argv[1]);
    const skipped = r.numPendingTests + (r.numTodoTests || 0);
    const broken = r.testResults.filter((t) => t.status === "failed" && t.assertionResults.length === 0).length;
    console.log(r.numPassedTests, r.numFailedTests + broken, skipped);' "$PWD/$file")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

count_playwright() {
  local file=$1
  if [ ! -s "$file" ]; then failed=$((failed + 1)); echo "!! no report in $file"; return; fi
  read -r p f s < <(node -e '
    const r = require(process.argv[1]).stats;
    console.log(r.expected + (r.flaky || 0), r.unexpected, r.skipped);' "$PWD/$file")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
}

ensure_deps || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
if ! bash scripts/services.sh; then
  echo "0 passed, 1 failed"
  exit 1
fi

check "format and lint (biome)" npx biome ci .
check "type check (tsc)" npx tsc --noEmit

echo "== unit tests"
npx vitest run --project unit --reporter=default --reporter=json \
  --outputFile.json="$RESULTS/unit.json"
count_vitest "$RESULTS/unit.json"

echo "== build"
if npx next build >"$RESULTS/build.log" 2>&1 && bash scripts/build-server.sh; then
  passed=$((passed + 1))
  bash scripts/test-server.sh stop
  if bash scripts/test-server.sh start; then
    trap 'bash scripts/test-server.sh stop' EXIT
    echo "== integration tests"
    npx vitest run --project integration --reporter=default --reporter=json \
      --outputFile.json="$RESULTS/integration.json"
    count_vitest "$RESULTS/integration.json"

    echo "== browser tests"
    npx playwright test
    count_playwright "$RESULTS/playwright.json"
  else
    failed=$((failed + 1))
  fi
else
  tail -40 "$RESULTS/build.log"
  failed=$((failed + 1))
  echo "!! build failed (log: $RESULTS/build.log)"
fi

echo
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
