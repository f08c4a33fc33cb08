#!/usr/bin/env bash
# Installs the npm packages exactly as the committed lock file pins them, and never rewrites the lock.
#
# `npm ci` refuses a lock that lacks entries the registry now lists (optional packages for other
# platforms are published after the lock was written). That refusal is not a reason to stop: the lock
# still names every version this machine needs, so the fallback is `npm install --no-save` against the
# same lock, followed by a check that every locked package is installed at its locked version. Any other
# failure (a locked version that cannot be fetched, a network error) stops the install.
#
# MAHERE_PROJECT_DIR names another checkout to install (the test of this script uses it).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "${MAHERE_PROJECT_DIR:-$here/..}"

stamp=node_modules/.mahere-lock-sha
want=$(sha256sum package-lock.json package.json | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "npm packages are up to date."
  exit 0
fi

# Packages already in npm's cache are taken from it without asking the registry again whether they
# changed (a locked version never does); anything missing is still fetched.
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_prefer_offline=true
log=$(mktemp)
lock_before=$(mktemp)
trap 'rm -f "$log" "$lock_before"' EXIT
cp package-lock.json "$lock_before"

if npm ci >"$log" 2>&1; then
  grep -E '^(added|removed|changed|up to date)' "$log" || true
elif grep -q "can only install packages when your package.json and package-lock.json" "$log"; then
  echo "npm ci refused the lock file (it lacks $(grep -c 'Missing: ' "$log" || true) package(s) the registry now lists); installing the locked versions with npm install --no-save."
  if ! npm install --no-save >"$log" 2>&1; then
    cat "$log" >&2
    echo "npm install could not install the locked versions (see above)." >&2
    exit 1
  fi
  grep -E '^(added|removed|changed|up to date)' "$log" || true
else
  cat "$log" >&2
  echo "npm ci failed (see above)." >&2
  exit 1
fi

if ! cmp -s package-lock.json "$lock_before"; then
  cp "$lock_before" package-lock.json
  echo "npm changed package-lock.json; the committed lock was restored and the install refused." >&2
  exit 1
fi
node "$here/check-installed.mjs"
echo "$want" >"$stamp"
