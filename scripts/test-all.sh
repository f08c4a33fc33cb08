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

# A static check counts as one test: it passes or it fails.
check() {
  if step "$@"; then static_passed=$((static_passed + 1)); else static_failed=$((static_failed + 1)); fi
}

# Checks that use one core each, run side by side on the machine's cores: each writes to its own log,
# printed in order when all are done; each still counts as one test with its own time.
concurrent_checks() {
  local dir=$results/concurrent names=() pids=() i=0
  mkdir -p "$dir"
  while [ $# -gt 0 ]; do
    local name=$1 command=$2
    shift 2
    names+=("$name")
    (
      started=$SECONDS
      bash -c "$command" >"$dir/$i.log" 2>&1
      echo "$? $((SECONDS - started))" >"$dir/$i.status"
    ) &
    pids+=($!)
    i=$((i + 1))
  done
  wait "${pids[@]}"
  for i in "${!names[@]}"; do
    local status seconds
    read -r status seconds <"$dir/$i.status"
    echo
    echo "=== ${names[$i]} (ran beside the others)"
    cat "$dir/$i.log"
    step_times+=("$(printf '%-24s %4ds  %s' "${names[$i]}" "$seconds" "$([ "$status" -eq 0 ] && echo ok || echo FAILED)")")
    if [ "$status" -eq 0 ]; then
      static_passed=$((static_passed + 1))
    else
      static_failed=$((static_failed + 1))
      failed_steps+=("${names[$i]}")
    fi
  done
}

step "install npm packages" bash scripts/install-deps.sh || { echo "Cannot continue without npm packages."; exit 1; }
step "install Debian packages" bash scripts/install-test-system-deps.sh || { echo "Cannot continue without chromium and PostgreSQL."; exit 1; }

phase_started=$SECONDS
concurrent_checks \
  "install script" "bash tests/install/install-deps.sh" \
  "prettier" "npx prettier --check ." \
  "eslint" "npx eslint . --max-warnings 0" \
  "typescript" "npx next typegen >/dev/null && npx tsc --noEmit" \
  "te reo status" "node scripts/te-reo-status.mjs --check" \
  "openapi (redocly)" "bash scripts/lint-openapi.sh"
step_times+=("$(printf '%-24s %4ds' "  (those six, wall)" $((SECONDS - phase_started)))")

step "vitest" npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"

rm -rf .data/e2e-*
# The typescript check above has already checked the types, route types included.
if MAHERE_TYPES_CHECKED=1 step "next build" node scripts/start.mjs --build-only; then
  # The build as a deployment runs it (`npm start`, PostgreSQL, no demo); each check counts as a test.
  step "production check" npx tsx scripts/check-production.ts --report "$results/production-check.json"
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" \
    step "playwright" npx playwright test --reporter=list,json
else
  static_failed=$((static_failed + 1))
fi

echo
echo "=== step timings"
printf '%s\n' "${step_times[@]}"
[ ${#failed_steps[@]} -eq 0 ] || echo "failed steps: ${failed_steps[*]}"
node scripts/sum-test-results.mjs "$results" "$static_passed" "$static_failed"
