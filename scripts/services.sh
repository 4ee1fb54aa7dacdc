#!/usr/bin/env bash
# Makes the services the tests need ready, idempotently: a Docker engine, Debian's
# Chromium, the offline base image, the test registry and the fixture app. On a machine where Docker
# already answers nothing is installed. Every wait is bounded and says what failed.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '[services] %s\n' "$*"; }
die() { printf '[services] FAILED: %s\n' "$*" >&2; exit 1; }

BASE_IMAGE=${SLIPWAY_TEST_BASE_IMAGE:-slipway-test/busybox:latest}
STATE_DIR=${SLIPWAY_SERVICES_DIR:-/tmp/slipway-services}
mkdir -p "$STATE_DIR"

engine_answers() {
  curl -fsS --max-time 3 --unix-socket /var/run/docker.sock http://d/_ping >/dev/null 2>&1
}

apt_updated=0
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  [ "$(id -u)" -eq 0 ] || die "need root to install ${missing[*]} (or install them yourself)"
  if [ $apt_updated -eq 0 ]; then
    log "apt-get update"
    apt-get update -q >/dev/null
    apt_updated=1
  fi
  log "installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}" >/dev/null
}

start_docker() {
  if [ -n "${DOCKER_HOST:-}" ] || engine_answers; then
    log "Docker engine answers; nothing to install"
    return 0
  fi
  apt_install docker.io
  log "starting dockerd"
  setsid nohup dockerd >"$STATE_DIR/dockerd.log" 2>&1 &
  echo $! >"$STATE_DIR/dockerd.pid"
  for _ in $(seq 1 60); do
    engine_answers && { log "dockerd is up"; return 0; }
    sleep 1
  done
  tail -20 "$STATE_DIR/dockerd.log" >&2 || true
  die "dockerd did not answer on /var/run/docker.sock within 60 s (log: $STATE_DIR/dockerd.log)"
}

make_base_image() {
  if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    log "base image $BASE_IMAGE present"
    return 0
  fi
  apt_install busybox-static
  local root
  root=$(mktemp -d)
  mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/www"
  cp /bin/busybox "$root/bin/busybox"
  # Install the applets as links so that `sh`, `httpd`, `kill` exist by name.
  for applet in $("$root/bin/busybox" --list); do
    [ "$applet" = busybox ] || ln -sf busybox "$root/bin/$applet"
  done
  echo 'root:x:0:0:root:/root:/bin/sh' >"$root/etc/passwd"
  echo 'root:x:0:' >"$root/etc/group"
  log "importing $BASE_IMAGE"
  tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/bin' --change 'LABEL slipway-test=1' --change 'CMD ["sh"]' \
    - "$BASE_IMAGE" >/dev/null
  rm -rf "$root"
}

. scripts/ecr-stand-in.sh

MOTO_PORT=5000
MOTO_VENV=${SLIPWAY_MOTO_VENV:-/var/lib/slipway-test/moto-venv}

moto_answers() {
  # A cheap call: /moto-api/data.json serialises all of moto's state and grows slow.
  curl -fsS --max-time 10 -X POST "http://127.0.0.1:$MOTO_PORT/" \
    -H 'Content-Type: application/x-www-form-urlencoded' \
    -H 'Authorization: AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/sts/aws4_request' \
    -d 'Action=GetCallerIdentity&Version=2011-06-15' >/dev/null 2>&1
}

start_moto() {
  if ! moto_answers; then
    if [ ! -x "$MOTO_VENV/bin/moto_server" ]; then
      # Debian's Python refuses system-wide pip installs: moto lives in its own venv.
      command -v python3 >/dev/null || apt_install python3
      python3 -m venv --help >/dev/null 2>&1 || apt_install python3-venv
      log "installing moto[server] into $MOTO_VENV"
      mkdir -p "$(dirname "$MOTO_VENV")"
      python3 -m venv "$MOTO_VENV"
      "$MOTO_VENV/bin/pip" install -q "moto[server]>=5.2.3" || die "pip could not install moto[server]"
    fi
    log "starting moto on 127.0.0.1:$MOTO_PORT"
    setsid nohup "$MOTO_VENV/bin/moto_server" -H 127.0.0.1 -p "$MOTO_PORT" >"$STATE_DIR/moto.log" 2>&1 &
    echo $! >"$STATE_DIR/moto.pid"
    for _ in $(seq 1 60); do moto_answers && break; sleep 1; done
    moto_answers || die "moto did not answer on 127.0.0.1:$MOTO_PORT within 60 s (log: $STATE_DIR/moto.log)"
  fi
  # ECS tasks stay RUNNING until a test stops them (moto moves them on by default).
  curl -fsS --max-time 5 -X POST "http://127.0.0.1:$MOTO_PORT/moto-api/state-manager/set-transition" \
    -d '{"model_name":"ecs::task","transition":{"progression":"manual","times":1000000}}' >/dev/null \
    || die "could not set moto's ECS task transition"
  log "moto is up"
}

REGISTRY_ADDR=127.0.0.1:5055
REGISTRY_USER=slipway-test
REGISTRY_PASSWORD=slipway-test-password
REGISTRY_DIR=$STATE_DIR/registry

# Whether a registry answers at URL (extra curl options follow, e.g. --cacert). 401
# means it is up and asks for credentials: curl -f would call that a failure.
registry_answers() {
  local url=$1 code
  shift
  code=$(curl -sS --max-time 3 -o /dev/null -w '%{http_code}' "$@" "$url/v2/" 2>/dev/null)
  [ "$code" = 401 ] || [ "$code" = 200 ]
}

# One docker-registry instance from a config template of the project's (never the
# package's own config: it listens on :5000, which is moto's). Placeholders in the
# template: __STORAGE__, __HTPASSWD__, and the extra `name=value` pairs given.
# usage: start_registry NAME URL TEMPLATE DIR USER PASSWORD [name=value...] [-- curl options]
start_registry() {
  local name=$1 url=$2 template=$3 dir=$4 user=$5 password=$6
  shift 6
  local subst=() check=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do
    subst+=(-e "s#__${1%%=*}__#${1#*=}#g")
    shift
  done
  [ "${1:-}" = -- ] && shift && check=("$@")
  if registry_answers "$url" "${check[@]}"; then
    log "$name answers on $url"
    return 0
  fi
  command -v docker-registry >/dev/null || apt_install docker-registry
  command -v htpasswd >/dev/null || apt_install apache2-utils
  mkdir -p "$dir/storage"
  htpasswd -Bbn "$user" "$password" >"$dir/htpasswd"
  sed -e "s#__STORAGE__#$dir/storage#" -e "s#__HTPASSWD__#$dir/htpasswd#" "${subst[@]}" \
    "$template" >"$dir/config.yml"
  # Tests delete what they pushed, but blobs stay until collected, which only a
  # stopped registry may do: a start is the moment.
  if [ -d "$dir/storage/docker" ]; then
    docker-registry garbage-collect "$dir/config.yml" >"$STATE_DIR/$name-gc.log" 2>&1 ||
      log "garbage collection of $name failed (log: $STATE_DIR/$name-gc.log); starting anyway"
  fi
  log "starting $name on $url"
  setsid nohup docker-registry serve "$dir/config.yml" >"$STATE_DIR/$name.log" 2>&1 &
  echo $! >"$STATE_DIR/$name.pid"
  for _ in $(seq 1 30); do
    registry_answers "$url" "${check[@]}" && { log "$name is up"; return 0; }
    sleep 1
  done
  tail -20 "$STATE_DIR/$name.log" >&2 || true
  die "$name did not answer on $url within 30 s (log: $STATE_DIR/$name.log)"
}

start_plain_registry() {
  start_registry registry "http://$REGISTRY_ADDR" e2e/fixtures/registry/config.yml \
    "$REGISTRY_DIR" "$REGISTRY_USER" "$REGISTRY_PASSWORD"
}

main() {
  command -v curl >/dev/null || apt_install curl
  # socat relays a socket to the engine in tests of an engine that comes up late.
  command -v socat >/dev/null || apt_install socat
  start_docker
  command -v docker >/dev/null || apt_install docker.io
  make_base_image
  start_plain_registry
  if [ "${SLIPWAY_SKIP_MOTO:-}" != 1 ]; then
    start_moto
    start_ecr_stand_in
  fi
  if [ "${SLIPWAY_SKIP_BROWSER:-}" != 1 ]; then
    [ -x /usr/bin/chromium ] || apt_install chromium
  fi
  log "ready"
}

main "$@"
