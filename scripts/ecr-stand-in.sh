# The ECR stand-in (../shared/TESTING.md), sourced by services.sh: moto has ECR's API
# but no registry, so Debian's docker-registry answers for the host names in moto's
# repository URIs, over TLS, with the basic-auth password moto's token encodes. After
# each manifest push the registry notifies the push recorder, which does what ECR
# would have done: the image appears in moto's DescribeImages with the same digest.
#
# Everything here is derived from moto's own answers (GetAuthorizationToken per
# region gives the registry host and the token), so a test names nothing by hand.

ECR_STATE=${SLIPWAY_ECR_STATE_DIR:-/var/lib/slipway-test}
ECR_CA_DIR=$ECR_STATE/ca
ECR_DIR=$ECR_STATE/ecr-registry
ECR_DENYING_DIR=$ECR_STATE/ecr-registry-denying
# Regions whose registry accepts moto's token, and one whose registry refuses it
# (for the "denied" test: a registry that answers 401 to the credentials).
ECR_REGIONS=${SLIPWAY_TEST_ECR_REGIONS:-us-east-1 us-west-2 eu-central-1 ap-south-1}
ECR_DENYING_REGION=${SLIPWAY_TEST_ECR_DENYING_REGION:-eu-west-3}
ECR_ADDR=127.0.0.1
ECR_DENYING_ADDR=127.0.0.2
ECR_RECORDER_ADDR=127.0.0.1:5056
HOSTS_MARKER="# slipway-test ECR stand-in"

# moto's answer to GetAuthorizationToken in REGION: "<host> <password>".
moto_registry_of() {
  local region=$1 answer
  answer=$(curl -fsS --max-time 10 -X POST "http://127.0.0.1:$MOTO_PORT/" \
    -H 'Content-Type: application/x-amz-json-1.1' \
    -H 'X-Amz-Target: AmazonEC2ContainerRegistry_V20150921.GetAuthorizationToken' \
    -H "Authorization: AWS4-HMAC-SHA256 Credential=testing/20260101/$region/ecr/aws4_request" \
    -d '{}') || die "moto did not answer GetAuthorizationToken in $region"
  python3 -c '
import base64, json, sys
data = json.load(sys.stdin)["authorizationData"][0]
user, _, password = base64.b64decode(data["authorizationToken"]).decode().partition(":")
assert user == "AWS", f"token user is {user}, not AWS"
print(data["proxyEndpoint"].removeprefix("https://"), password)' <<<"$answer"
}

# A throwaway CA made once; the server certificate is remade when the host list changes.
make_ecr_certificates() {
  local hosts=("$@") san tls=$ECR_DIR/tls
  mkdir -p "$ECR_CA_DIR" "$tls"
  if [ ! -s "$ECR_CA_DIR/ca.crt" ]; then
    log "making the test CA in $ECR_CA_DIR (throwaway, trusted only by this machine's engine)"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -sha256 \
      -subj "/CN=Slipway test CA (throwaway)" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" \
      -keyout "$ECR_CA_DIR/ca.key" -out "$ECR_CA_DIR/ca.crt" 2>/dev/null
    chmod 600 "$ECR_CA_DIR/ca.key"
  fi
  if [ -s "$tls/server.crt" ] && [ "$(cat "$tls/hosts" 2>/dev/null)" = "${hosts[*]}" ]; then
    return 0
  fi
  log "making the stand-in's certificate for ${hosts[*]}"
  san=$(printf 'DNS:%s,' "${hosts[@]}")
  openssl req -new -newkey rsa:2048 -nodes -subj "/CN=${hosts[0]}" \
    -keyout "$tls/server.key" -out "$tls/server.csr" 2>/dev/null
  openssl x509 -req -in "$tls/server.csr" -CA "$ECR_CA_DIR/ca.crt" -CAkey "$ECR_CA_DIR/ca.key" \
    -CAcreateserial -days 825 -sha256 -out "$tls/server.crt" \
    -extfile <(printf 'subjectAltName=%s\nextendedKeyUsage=serverAuth\n' "${san%,}") 2>/dev/null
  echo "${hosts[*]}" >"$tls/hosts"
  # A stand-in started earlier serves the old certificate: restart the ones we started.
  local name pid
  for name in ecr-registry ecr-registry-denying; do
    pid=$(cat "$STATE_DIR/$name.pid" 2>/dev/null) || continue
    grep -qs docker-registry "/proc/$pid/cmdline" || continue
    log "restarting $name (pid $pid): new certificate"
    kill "$pid"
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
  done
}

# "<address> <host>" lines, kept between marker comments' lines; rewritten only on change.
map_ecr_hosts() {
  local wanted current
  wanted=$(printf '%s\n' "$@" | sed "s|\$| $HOSTS_MARKER|")
  current=$(grep -F "$HOSTS_MARKER" /etc/hosts || true)
  [ "$wanted" = "$current" ] && return 0
  [ -w /etc/hosts ] || die "need root to map the ECR stand-in's hosts in /etc/hosts:"$'\n'"$wanted"
  log "mapping the ECR stand-in's host names in /etc/hosts"
  # Written in place (not replaced): /etc/hosts may be a bind mount.
  { grep -vF "$HOSTS_MARKER" /etc/hosts || true; echo "$wanted"; } >"$STATE_DIR/hosts.new"
  cat "$STATE_DIR/hosts.new" >/etc/hosts
}

# The engine reads /etc/docker/certs.d/<host>/ca.crt on each push: no restart needed.
trust_ecr_ca() {
  local host
  for host in "$@"; do
    mkdir -p "/etc/docker/certs.d/$host" 2>/dev/null ||
      die "need root to trust the test CA in /etc/docker/certs.d/$host/ca.crt"
    cmp -s "$ECR_CA_DIR/ca.crt" "/etc/docker/certs.d/$host/ca.crt" ||
      cp "$ECR_CA_DIR/ca.crt" "/etc/docker/certs.d/$host/ca.crt"
  done
}

recorder_answers() {
  curl -fsS --max-time 3 "http://$ECR_RECORDER_ADDR/health" >/dev/null 2>&1
}

start_ecr_recorder() {
  local password=$1
  if recorder_answers; then
    log "ECR push recorder answers on $ECR_RECORDER_ADDR"
    return 0
  fi
  log "starting the ECR push recorder on $ECR_RECORDER_ADDR"
  ECR_RECORDER_PASSWORD=$password setsid nohup "$MOTO_VENV/bin/python" e2e/support/ecr-push-recorder.py \
    --listen "$ECR_RECORDER_ADDR" --registry "$ECR_ADDR:443" --ca "$ECR_CA_DIR/ca.crt" \
    --moto "http://127.0.0.1:$MOTO_PORT" >"$STATE_DIR/ecr-recorder.log" 2>&1 &
  echo $! >"$STATE_DIR/ecr-recorder.pid"
  for _ in $(seq 1 30); do recorder_answers && return 0; sleep 1; done
  tail -20 "$STATE_DIR/ecr-recorder.log" >&2 || true
  die "the ECR push recorder did not answer on $ECR_RECORDER_ADDR within 30 s"
}

start_ecr_stand_in() {
  command -v openssl >/dev/null || apt_install openssl
  local region answer host password hosts=() lines=() denying_host
  for region in $ECR_REGIONS; do
    answer=$(moto_registry_of "$region")
    read -r host password <<<"$answer"
    hosts+=("$host")
    lines+=("$ECR_ADDR $host")
  done
  answer=$(moto_registry_of "$ECR_DENYING_REGION")
  read -r denying_host _ <<<"$answer"
  lines+=("$ECR_DENYING_ADDR $denying_host")

  make_ecr_certificates "${hosts[@]}" "$denying_host"
  map_ecr_hosts "${lines[@]}"
  trust_ecr_ca "${hosts[@]}" "$denying_host"
  start_ecr_recorder "$password"

  local tls=(CERT="$ECR_DIR/tls/server.crt" KEY="$ECR_DIR/tls/server.key")
  start_registry ecr-registry "https://${hosts[0]}" e2e/fixtures/ecr-registry/config.yml \
    "$ECR_DIR" AWS "$password" ADDR="$ECR_ADDR:443" "${tls[@]}" \
    -- --cacert "$ECR_CA_DIR/ca.crt"
  # Same registry, but its password is not the token's: every push to it is refused.
  start_registry ecr-registry-denying "https://$denying_host" \
    e2e/fixtures/ecr-registry/config.yml "$ECR_DENYING_DIR" AWS "not-$password" \
    ADDR="$ECR_DENYING_ADDR:443" "${tls[@]}" -- --cacert "$ECR_CA_DIR/ca.crt"
  log "ECR stand-in answers for ${hosts[*]}; refuses the token for $denying_host"
}
