#!/usr/bin/env bash
# Development: Next in dev mode (hot reload) behind Slipway's own server, so that the
# container terminal works too. `npm run dev:next` runs plain `next dev` instead: all
# of Slipway but the terminal, whose WebSocket only Slipway's server serves. A change
# to server.ts or the terminal's server code (lib/exec) takes a restart.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

ensure_deps
bash scripts/build-server.sh
export SLIPWAY_HOST=${SLIPWAY_HOST:-127.0.0.1} SLIPWAY_PORT=${SLIPWAY_PORT:-7420}
echo "[slipway] development: http://$SLIPWAY_HOST:$SLIPWAY_PORT"
exec node "$(server_bundle)" --dev
