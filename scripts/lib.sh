# Shared by the project's scripts: installs Slipway's own npm dependencies when they
# are missing or older than the lock file, and builds when sources are newer.

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

ensure_build() {
  if needs_build; then
    echo "[slipway] building (next build)"
    npx next build
  fi
}
