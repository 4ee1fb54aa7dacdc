#!/usr/bin/env bash
# Starts or stops the production build of Slipway that the tests use, on the fixed
# test port 127.0.0.1:7421, with its own data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh

PORT=${SLIPWAY_TEST_PORT:-7421}
RUN_DIR=${SLIPWAY_TEST_RUN_DIR:-$PWD/.slipway-test}
PID_FILE="$RUN_DIR/server.pid"
MOTO_URL=${SLIPWAY_TEST_MOTO_URL:-http://127.0.0.1:5000}

# AWS for the tests is moto on loopback, never a real account: each variable keeps a
# value the caller set. AWS_PROFILE is dropped so that the static test keys apply.
aws_test_env() {
  export AWS_ENDPOINT_URL=${AWS_ENDPOINT_URL:-$MOTO_URL}
  export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-testing}
  export AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-testing}
  export AWS_REGION=${AWS_REGION:-us-east-1}
  export AWS_EC2_METADATA_DISABLED=true
  unset AWS_PROFILE AWS_SESSION_TOKEN
  # Shared files with test profiles only (no secrets of anyone's): a profile with
  # static keys, and an SSO profile that has never signed in.
  if [ -z "${AWS_CONFIG_FILE:-}" ]; then
    mkdir -p "$RUN_DIR/aws"
    cat >"$RUN_DIR/aws/config" <<'INI'
[profile slipway-test-keys]
region = us-east-1
[profile slipway-test-sso]
sso_session = slipway-test
sso_account_id = 123456789012
sso_role_name = SlipwayTest
region = us-east-1
[sso-session slipway-test]
sso_start_url = https://slipway-test.invalid/start
sso_region = us-east-1
INI
    cat >"$RUN_DIR/aws/credentials" <<'INI'
[slipway-test-keys]
aws_access_key_id = testing
aws_secret_access_key = slipway-test-secret-never-shown
INI
    export AWS_CONFIG_FILE="$RUN_DIR/aws/config"
    export AWS_SHARED_CREDENTIALS_FILE="$RUN_DIR/aws/credentials"
  fi
}

start() {
  mkdir -p "$RUN_DIR/data"
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    echo "[test-server] already running (pid $(cat "$PID_FILE"))"
    return 0
  fi
  ensure_deps
  ensure_build
  aws_test_env
  # The same server as `npm start`: Next behind Slipway's own, terminal included.
  SLIPWAY_DATA_DIR="$RUN_DIR/data" SLIPWAY_HOST=127.0.0.1 SLIPWAY_PORT="$PORT" \
    NODE_ENV=production nohup node "$(server_bundle)" >"$RUN_DIR/server.log" 2>&1 &
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
