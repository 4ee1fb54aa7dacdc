#!/usr/bin/env bash
# Starts or stops the production build of Slipway that the tests use, on the fixed
# test port 127.0.0.1:7421, with its own data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

PORT=${SLIPWAY_TEST_PORT:-7421}
RUN_DIR=${SLIPWAY_TEST_RUN_DIR:-$PWD/.slipway-test}
PID_FILE="$RUN_DIR/server.pid"

start() {
  mkdir -p "$RUN_DIR/data"
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "[test-server] already running (pid $(cat "$PID_FILE"))"
    return 0
  fi
  ensure_deps
  ensure_build
  SLIPWAY_DATA_DIR="$RUN_DIR/data" SLIPWAY_HOST=127.0.0.1 SLIPWAY_PORT="$PORT" \
    nohup node_modules/.bin/next start -H 127.0.0.1 -p "$PORT" >"$RUN_DIR/server.log" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 60); do
    if curl -fsS --max-time 2 "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; then
      echo "[test-server] up on 127.0.0.1:$PORT (log: $RUN_DIR/server.log)"
      return 0
    fi
    sleep 1
  done
  tail -30 "$RUN_DIR/server.log" >&2 || true
  echo "[test-server] FAILED: Slipway did not answer on 127.0.0.1:$PORT within 60 s" >&2
  return 1
}

stop() {
  [ -f "$PID_FILE" ] || return 0
  local pid
  pid=$(cat "$PID_FILE")
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  rm -f "$PID_FILE"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
