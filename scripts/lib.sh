# Shared by the project's scripts: installs Slipway's own npm dependencies when they
# are missing or older than the lock file, and builds when sources are newer: the Next
# build, then the bundle of Slipway's own server (server.ts) that serves it.

ensure_deps() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "[slipway] installing dependencies (npm ci)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

needs_build() {
  local dist=${SLIPWAY_DIST_DIR:-.next}
  [ -f "$dist/BUILD_ID" ] || return 0
  [ -n "$(find app components lib public proxy.ts next.config.js package-lock.json \
    -newer "$dist/BUILD_ID" -print -quit 2>/dev/null)" ]
}

# The file `node` runs: Slipway's server, bundled into the build output.
server_bundle() {
  echo "${SLIPWAY_DIST_DIR:-.next}/slipway-server.js"
}

# `next build` empties the build output, the bundle with it: it is rebuilt after.
needs_server_build() {
  local bundle
  bundle=$(server_bundle)
  [ -f "$bundle" ] || return 0
  [ -n "$(find server.ts lib scripts/build-server.sh package-lock.json \
    -newer "$bundle" -print -quit 2>/dev/null)" ]
}

ensure_build() {
  if needs_build; then
    echo "[slipway] building (next build)"
    npx next build
  fi
  if needs_server_build; then
    echo "[slipway] building Slipway's server (server.ts)"
    bash scripts/build-server.sh
  fi
}
