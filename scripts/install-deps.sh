#!/usr/bin/env bash
# Installs the npm packages exactly as the committed lock file pins them.
# `npm ci` can reject npm's own lock here (optional packages for other platforms are missing from
# the registry); the fallback is `npm install` against the same lock, refusing any change to it.
set -euo pipefail
cd "$(dirname "$0")/.."

stamp=node_modules/.mahere-lock-sha
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "npm packages are up to date."
  exit 0
fi

export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
if ! npm ci --no-audit --no-fund; then
  echo "npm ci refused the lock file; installing from it with npm install instead."
  cp package-lock.json /tmp/mahere-package-lock.before
  npm install --no-audit --no-fund
  if ! cmp -s package-lock.json /tmp/mahere-package-lock.before; then
    cp /tmp/mahere-package-lock.before package-lock.json
    echo "npm install wanted to change package-lock.json; refusing (the lock file was restored)." >&2
    exit 1
  fi
fi
echo "$want" > "$stamp"
