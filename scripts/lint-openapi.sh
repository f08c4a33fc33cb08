#!/usr/bin/env bash
# Checks the OpenAPI document with Redocly against its recommended ruleset, every warning counted
# as an error (recommended-strict). Offline: no telemetry, no update check.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npx tsx scripts/write-openapi.ts "$out/openapi.json"
REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true \
  npx redocly lint --extends recommended-strict "$out/openapi.json" 2>&1 | grep -v '[║╔╚]'
