#!/usr/bin/env bash
# Bundles Slipway's own server (server.ts, in front of Next) into one file under the
# build output. Why a bundle: it stays strict TypeScript checked by tsc with no loose
# JavaScript in the tree, resolves the `@/` imports it shares with the routes, and needs
# no TypeScript loader at run time. Every npm package stays external (loaded from
# node_modules as the routes load them: dockerode, ssh2, ws, next itself).
set -euo pipefail
cd "$(dirname "$0")/.."

dist=${SLIPWAY_DIST_DIR:-.next}
mkdir -p "$dist"
node_modules/.bin/esbuild server.ts --bundle --platform=node --target=node20 --format=cjs \
  --packages=external --alias:server-only=./lib/server-only-outside-react.ts \
  --log-level=warning --outfile="$dist/slipway-server.js"
