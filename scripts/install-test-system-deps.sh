#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when missing: Chromium's headless shell for
# Playwright (browser downloads are impossible here; scripts/chromium.mjs), PostgreSQL server binaries
# for the real-database tests, and a Java runtime for the Nu Html Checker (node_modules/vnu-jar).
set -euo pipefail

missing=()
[ -x /usr/bin/chromium-headless-shell ] || missing+=(chromium-headless-shell)
compgen -G "/usr/lib/postgresql/*/bin/initdb" > /dev/null || missing+=(postgresql)
command -v java > /dev/null || missing+=(default-jre-headless)

if [ ${#missing[@]} -eq 0 ]; then
  echo "Debian packages present: chromium-headless-shell, postgresql, a Java runtime."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing Debian packages: ${missing[*]}. Install them as root: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
