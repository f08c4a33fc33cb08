#!/usr/bin/env bash
# Tests scripts/install-deps.sh the way the registry drifts: in a temporary copy of the project whose
# lock lacks one other-platform optional entry, the install still succeeds, installs the locked
# versions and leaves the lock byte for byte as it was; with a locked version that cannot be installed,
# it stops. Prints `ok`/`not ok` per case; exits 1 when any case fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export npm_config_prefer_offline=true
failures=0

make_copy() {
  local dir
  dir=$(mktemp -d)
  cp "$root/package.json" "$dir/"
  node -e '
    const fs = require("fs");
    const [from, to, drop] = process.argv.slice(1);
    const lock = JSON.parse(fs.readFileSync(from, "utf8"));
    if (!lock.packages[drop]?.optional) throw new Error(`${drop} is not an optional entry of the lock`);
    delete lock.packages[drop];
    fs.writeFileSync(to, JSON.stringify(lock, null, 2) + "\n");
  ' "$root/package-lock.json" "$dir/package-lock.json" "node_modules/@next/swc-darwin-arm64"
  echo "$dir"
}

report() {
  if [ "$1" = 0 ]; then echo "ok - $2"; else echo "not ok - $2"; failures=$((failures + 1)); fi
}

# 1. One other-platform optional entry missing: installs from the lock, lock unchanged.
dir=$(make_copy)
cp "$dir/package-lock.json" "$dir/lock.expected.json"
out=$(MAHERE_PROJECT_DIR="$dir" bash "$root/scripts/install-deps.sh" 2>&1)
status=$?
[ $status -eq 0 ]
report $? "install succeeds when npm ci refuses a lock missing an other-platform entry"
echo "$out" | grep -q "npm ci refused the lock file"
report $? "the fallback is announced in one line"
cmp -s "$dir/package-lock.json" "$dir/lock.expected.json"
report $? "the lock file is left unchanged"
[ "$(node -p "require('$dir/node_modules/next/package.json').version")" = \
  "$(node -p "require('$dir/lock.expected.json').packages['node_modules/next'].version")" ]
report $? "the locked version of next is installed"
[ $status -eq 0 ] || echo "$out" | tail -n 20

# 2. The same copy, now also locking a version that does not exist: the install stops, lock unchanged.
#    (It reuses case 1's node_modules, as a developer's checkout would, so only the difference installs.)
node -e '
  const fs = require("fs");
  const lock = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  lock.packages["node_modules/is-number"].version = "0.0.0-not-published";
  fs.writeFileSync(process.argv[1], JSON.stringify(lock, null, 2) + "\n");
' "$dir/package-lock.json"
cp "$dir/package-lock.json" "$dir/lock.expected.json"
out=$(MAHERE_PROJECT_DIR="$dir" bash "$root/scripts/install-deps.sh" 2>&1)
[ $? -ne 0 ] && echo "$out" | grep -qE "could not install the locked versions|does not match package-lock.json"
report $? "install stops when a locked version cannot be installed"
cmp -s "$dir/package-lock.json" "$dir/lock.expected.json"
report $? "the lock file is left unchanged after the refusal"
[ "$(cat "$dir/node_modules/.mahere-lock-sha")" != "$(sha256sum "$dir/package-lock.json" "$dir/package.json" | sha256sum | cut -d' ' -f1)" ]
report $? "a refused install is not stamped as up to date"
rm -rf "$dir"

[ $failures -eq 0 ]
