#!/usr/bin/env bash
# Tests scripts/install-deps.sh the way the registry drifts: in a temporary project whose lock lacks
# one other-platform optional entry, the install still succeeds, installs the locked
# versions and leaves the lock byte for byte as it was; with a locked version that cannot be installed,
# it stops. Prints `ok`/`not ok` per case; exits 1 when any case fails.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export npm_config_prefer_offline=true
failures=0

# A small project cut from the committed lock: esbuild at its locked version with its per-platform
# optional packages, the same shape as next and its @next/swc-* packages, but a few megabytes to install
# instead of the whole tree (CI's first step installs the whole lock for real). Its lock lacks one
# other-platform optional entry, as the registry's drift leaves a lock.
make_copy() {
  local dir
  dir=$(mktemp -d)
  node -e '
    const fs = require("fs");
    const [from, dir, drop] = process.argv.slice(1);
    const full = JSON.parse(fs.readFileSync(from, "utf8"));
    const plain = ({ dev, devOptional, ...entry }) => entry;
    const version = full.packages["node_modules/esbuild"].version;
    const pkg = { name: "install-fixture", version: "1.0.0", private: true, dependencies: { esbuild: version } };
    const packages = { "": { name: pkg.name, version: pkg.version, dependencies: pkg.dependencies } };
    for (const [where, entry] of Object.entries(full.packages)) {
      if (where === "node_modules/esbuild" || where.startsWith("node_modules/@esbuild/")) packages[where] = plain(entry);
    }
    if (!packages[drop]?.optional) throw new Error(`${drop} is not an optional entry of the lock`);
    delete packages[drop];
    const lock = { name: pkg.name, version: pkg.version, lockfileVersion: full.lockfileVersion, requires: true, packages };
    fs.writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + "\n");
    fs.writeFileSync(`${dir}/package-lock.json`, JSON.stringify(lock, null, 2) + "\n");
  ' "$root/package-lock.json" "$dir" "node_modules/@esbuild/darwin-arm64"
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
[ "$(node -p "require('$dir/node_modules/esbuild/package.json').version")" = \
  "$(node -p "require('$dir/lock.expected.json').packages['node_modules/esbuild'].version")" ]
report $? "the locked version of esbuild is installed"
[ $status -eq 0 ] || echo "$out" | tail -n 20

# 2. The same copy, now also locking a version that does not exist: the install stops, lock unchanged.
#    (It reuses case 1's node_modules, as a developer's checkout would, so only the difference installs.)
node -e '
  const fs = require("fs");
  const lock = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  lock.packages["node_modules/esbuild"].version = "0.0.0-not-published";
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
