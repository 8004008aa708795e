#!/usr/bin/env bash
# npm test: every test. Types, lint, format and layer rules; unit tests; database tests on SQLite and on PostgreSQL; the
# production build; API tests over HTTP and end-to-end tests in Chromium, on SQLite and on PostgreSQL.
# PostgreSQL is found through TEST_POSTGRES_URL; SKIP_POSTGRES=1 runs SQLite only, loudly.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
failures=()
step() {
  local name="$1"; shift
  echo
  echo "=== ${name} ==="
  if "$@"; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    failures+=("$name")
    return 1
  fi
}

engines=(sqlite postgresql)
if [ "${SKIP_POSTGRES:-}" = "1" ]; then
  echo "!!! SKIP_POSTGRES=1: the PostgreSQL database and end-to-end tests will NOT run. !!!"
  engines=(sqlite)
elif [ -z "${TEST_POSTGRES_URL:-}" ]; then
  echo "TEST_POSTGRES_URL is not set: the tests run on SQLite and on PostgreSQL, and need a server" >&2
  echo "where they may create and drop databases, e.g." >&2
  echo "  TEST_POSTGRES_URL=postgresql://root@127.0.0.1:5432/postgres npm test" >&2
  echo "(or SKIP_POSTGRES=1 npm test to run on SQLite only)." >&2
  exit 1
fi

step "types" node_modules/.bin/tsc --noEmit
step "lint" node_modules/.bin/biome lint --error-on-warnings .
step "format" node_modules/.bin/biome format .
step "layer rules" node_modules/.bin/depcruise app lib scripts e2e proxy.ts --config .dependency-cruiser.cjs
step "unit" node_modules/.bin/vitest run --project unit
step "extraction quality on the labelled corpus" node_modules/.bin/tsx scripts/eval-extract.ts
for engine in "${engines[@]}"; do
  step "database on ${engine}" env TEST_DATABASE_ENGINE="$engine" node_modules/.bin/vitest run --project database
done
if step "build" node_modules/.bin/next build; then
  for engine in "${engines[@]}"; do
    step "API over HTTP on ${engine}" env TEST_DATABASE_ENGINE="$engine" node_modules/.bin/vitest run --project api
    step "end-to-end on ${engine}" env TEST_DATABASE_ENGINE="$engine" node_modules/.bin/playwright test
  done
fi

echo
[ ${#failures[@]} -gt 0 ] && echo "Failed: ${failures[*]}"
echo "Suites: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
