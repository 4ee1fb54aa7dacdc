#!/usr/bin/env bash
# Starts Slipway: installs its dependencies and builds it when needed, then serves
# it on SLIPWAY_HOST:SLIPWAY_PORT (default 127.0.0.1:7420). Docker is not installed
# here: Slipway reaches whatever engine DOCKER_HOST or the default socket offers.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

host=${SLIPWAY_HOST:-127.0.0.1}
port=${SLIPWAY_PORT:-7420}
case "$host" in
  127.*|localhost|::1) ;;
  *)
    if [ -z "${SLIPWAY_TOKEN:-}" ]; then
      echo "[slipway] refusing to listen on $host without SLIPWAY_TOKEN (Slipway controls Docker)" >&2
      exit 2
    fi ;;
esac

if [ -n "${SLIPWAY_TOKEN:-}" ] && [ ${#SLIPWAY_TOKEN} -lt 16 ]; then
  echo "[slipway] SLIPWAY_TOKEN must be at least 16 characters" >&2
  exit 2
fi

ensure_deps
ensure_build
echo "[slipway] http://$host:$port"
export SLIPWAY_HOST="$host" SLIPWAY_PORT="$port" NODE_ENV=production
# Slipway's own server runs Next and serves the container terminal's WebSocket.
exec node "$(server_bundle)"
