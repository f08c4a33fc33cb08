#!/usr/bin/env bash
# `npm test`: installs what the suite needs, then runs every check and suite, printing each step's
# time and one closing line `N passed, N failed` that sums them all.
set -uo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

results=.data/test-results
rm -rf "$results" && mkdir -p "$results"
static_passed=0
static_failed=0
failed_steps=()
step_times=()

step() {
  local name=$1
  shift
  local started=$SECONDS status
  echo
  echo "=== $name"
  "$@"
  status=$?
  step_times+=("$(printf '%-24s %4ds  %s' "$name" $((SECONDS - started)) "$([ $status -eq 0 ] && echo ok || echo FAILED)")")
  [ $status -eq 0 ] || failed_steps+=("$name")
  return $status
}

# Steps started in the background, each writing its own log, printed in order when collected; each
# keeps its own time in the table. `collect_background static` counts each as one static check (a
# static check counts as one test: it passes or it fails).
background_names=()
background_pids=()
start_in_background() {
  local name=$1 i=${#background_names[@]}
  shift
  background_names+=("$name")
  (
    started=$SECONDS
    "$@" >"$results/background-$i.log" 2>&1
    echo "$? $((SECONDS - started))" >"$results/background-$i.status"
  ) &
  background_pids+=($!)
}

collect_background() {
  local as=${1:-step} note=${2:-ran beside the others} i status seconds
  wait "${background_pids[@]}"
  for i in "${!background_names[@]}"; do
    read -r status seconds <"$results/background-$i.status"
    echo
    echo "=== ${background_names[$i]} ($note)"
    cat "$results/background-$i.log"
    step_times+=("$(printf '%-24s %4ds  %s' "${background_names[$i]}" "$seconds" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)")")
    [ "$status" -eq 0 ] || failed_steps+=("${background_names[$i]}")
    if [ "$as" = static ]; then
      if [ "$status" -eq 0 ]; then static_passed=$((static_passed + 1)); else static_failed=$((static_failed + 1)); fi
    fi
    rm -f "$results/background-$i.log" "$results/background-$i.status"
  done
  background_names=()
  background_pids=()
}

step "install npm packages" bash scripts/install-deps.sh || { echo "Cannot continue without npm packages."; exit 1; }
step "install Debian packages" bash scripts/install-test-system-deps.sh || { echo "Cannot continue without chromium and PostgreSQL."; exit 1; }

# Checks that use one core each run side by side on the machine's cores.
phase_started=$SECONDS
start_in_background "install script" bash tests/install/install-deps.sh
start_in_background "prettier" npx prettier --check .
start_in_background "eslint" npx eslint . --max-warnings 0
start_in_background "typescript" bash -c "npx next typegen >/dev/null && npx tsc --noEmit"
start_in_background "te reo status" node scripts/te-reo-status.mjs --check
start_in_background "openapi (redocly)" bash scripts/lint-openapi.sh
collect_background static
step_times+=("$(printf '%-24s %4ds' "  (those six, wall)" $((SECONDS - phase_started)))")

# The browser tests' server opens its demo database from here (playwright.config.ts). Seeding it is
# one core's work for ten seconds or more: it is done beside vitest, which leaves about a fifth of the
# two cores idle (the static checks leave none), rather than while Playwright waits for its server.
rm -rf .data/e2e-*
e2e_database_started=$SECONDS
(
  PGLITE_DIR=".data/e2e-${E2E_PORT:-3100}/pglite" DATABASE_URL= node scripts/start.mjs --demo --prepare-only \
    >"$results/e2e-database.log" 2>&1
  echo "$? $((SECONDS - e2e_database_started))" >"$results/e2e-database.status"
) &
e2e_database_pid=$!

step "vitest" npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

# The typescript check above has already checked the types, route types included.
if MAHERE_TYPES_CHECKED=1 step "next build" node scripts/start.mjs --build-only; then
  # The build as a deployment runs it (`npm start`, PostgreSQL, no demo); each check counts as a test.
  wait "$e2e_database_pid"
  read -r status seconds <"$results/e2e-database.status"
  step_times+=("$(printf '%-24s %4ds  %s' "e2e database" "$seconds" "$([ "$status" -eq 0 ] && echo "ok (beside vitest)" || echo "not ready: Playwright's server prepares it")")")
  if [ "$status" -ne 0 ]; then
    cat "$results/e2e-database.log"
    rm -rf .data/e2e-*
  else
    # The resilience parts that run the demo app start from a copy of it instead of seeding their own.
    rm -rf .data/resilience-template && cp -r ".data/e2e-${E2E_PORT:-3100}/pglite" .data/resilience-template
    export RESILIENCE_PGLITE_TEMPLATE=.data/resilience-template
  fi
  # It brings up its own PostgreSQL and servers on free ports (38 s of processor time): it starts when
  # Playwright's reading specs are done (their "reading done" project leaves a mark), beside the writing
  # specs, which run one at a time in each of three groups and leave part of the cores idle.
  reading_done=".data/e2e-${E2E_PORT:-3100}/reading-done"
  start_in_background "production check" bash -c "until [ -e '$reading_done' ]; do sleep 1; done
    npx tsx scripts/check-production.ts --report '$results/production-check.json'"
  # The resilience suite's short version (scripts/test-resilience.ts: load, database and process
  # faults, hostile input, abuse, each against its own app) only when asked for with
  # MAHERE_TEST_RESILIENCE=1: beside Playwright's writing specs on two cores it took about ten minutes
  # and starved them into time-outs. `npm run test:resilience -- --short` runs it on its own.
  if [ "${MAHERE_TEST_RESILIENCE:-0}" = 1 ]; then
    start_in_background "resilience (short)" bash -c "until [ -e '$reading_done' ]; do sleep 1; done
      RESILIENCE_BUILT=1 npx tsx scripts/test-resilience.ts --short --report '$results/resilience.json'"
  fi
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" \
    step "playwright" npx playwright test --reporter=list,json
  mkdir -p "$(dirname "$reading_done")" && touch "$reading_done" # a run that stopped before its writing specs still gets the production check
  collect_background step "started with Playwright's writing specs"
else
  static_failed=$((static_failed + 1))
fi

echo
echo "=== step timings"
printf '%s\n' "${step_times[@]}"
[ ${#failed_steps[@]} -eq 0 ] || echo "failed steps: ${failed_steps[*]}"
node scripts/sum-test-results.mjs "$results" "$static_passed" "$static_failed"
