#!/usr/bin/env bash
# Local Keycloak runner (the identity provider of Relais in development and tests).
# No Docker: the server distribution comes from Maven Central (deploy/keycloak/pom.xml)
# into a cache outside git, is built once for our options, and runs as a plain JVM.
#
#   keycloak.sh fetch    download and unzip the distribution (no-op when complete)
#   keycloak.sh build    fetch, then `kc.sh build` for our options (no-op when built)
#   keycloak.sh start    start it in the background, apply the realm, wait until ready
#   keycloak.sh stop     stop it (SIGTERM, then SIGKILL after KEYCLOAK_STOP_TIMEOUT)
#   keycloak.sh status   exit 0 and print "running on http://127.0.0.1:<port>" if ready
#   keycloak.sh apply    (re)apply the realm file to the running server
#   keycloak.sh run      run it in the foreground (exec), for a launcher; no realm apply
#   keycloak.sh reset    stop it and delete its state dir
#
# Environment: see deploy/keycloak/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
# shellcheck source=../lib/process.sh
source "$SCRIPT_DIR/../lib/process.sh"
PROCESS_NAME=Keycloak
POM="$SCRIPT_DIR/pom.xml"

KC_VERSION="$(sed -n 's:.*<keycloak\.version>\(.*\)</keycloak\.version>.*:\1:p' "$POM" | head -n1)"
[[ -n "$KC_VERSION" ]] || { echo "keycloak.sh: cannot read <keycloak.version> from $POM" >&2; exit 1; }

CACHE_ROOT="${RELAIS_CACHE_DIR:-$HOME/.cache/relais}"
DIST_DIR="$CACHE_ROOT/keycloak-$KC_VERSION"
FETCH_MARKER="$DIST_DIR/.fetched"
BUILD_MARKER="$DIST_DIR/.built"

HOST=127.0.0.1
PORT="${KEYCLOAK_PORT:-8080}"
MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9000}"
STATE_DIR="${KEYCLOAK_STATE_DIR:-$REPO_ROOT/.relais/keycloak/$PORT}"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"
STOP_TIMEOUT="${KEYCLOAK_STOP_TIMEOUT:-20}"
HEAP_OPTS="${KEYCLOAK_HEAP_OPTS:--Xms64m -Xmx384m}"
# C1 only: about half the CPU to start (measured 17-20 s against 37 s), at a lower peak speed that
# a development server does not need. KEYCLOAK_JVM_OPTS= (empty) restores the default JIT.
JVM_OPTS="${KEYCLOAK_JVM_OPTS--XX:TieredStopAtLevel=1}"
LOG_LEVEL="${KEYCLOAK_LOG_LEVEL:-WARN}"
REALM_FILE="${KEYCLOAK_REALM_FILE:-$SCRIPT_DIR/realms/relais-dev.json}"
# Development only: the bootstrap administrator of the master realm (BRIEF §12: never in production).
ADMIN_USER="${KEYCLOAK_ADMIN_USER:-relais-admin}"
ADMIN_PASSWORD="${KEYCLOAK_ADMIN_PASSWORD:-relais-admin-dev}"

BASE_URL="http://$HOST:$PORT"
PID_FILE="$STATE_DIR/keycloak.pid"
SERVER_LOG="$STATE_DIR/keycloak.log"
# Marks our JVM on its command line, so stop finds it even when the pid file is lost.
MARK="-Drelais.keycloak.state=$STATE_DIR"

# Build-time options: a change of any of them rebuilds the server (digest in the .built marker).
# dev-file: an H2 file under the state dir. The realm is re-applied from git at every start, so
# the database holds nothing worth a Postgres server; `reset` is an rm -rf.
# cache=local: one node, no JGroups discovery (it costs seconds at start).
BUILD_OPTS=(--db=dev-file --health-enabled=true --cache=local)

if [[ -n "${KEYCLOAK_JAVA_HOME:-}" ]]; then export JAVA_HOME="$KEYCLOAK_JAVA_HOME"; fi

log() { echo "keycloak.sh: $*"; }
die() { echo "keycloak.sh: error: $*" >&2; exit 1; }

is_int() { [[ "$1" =~ ^[0-9]+$ ]]; }
is_int "$PORT" || die "KEYCLOAK_PORT must be a number (got '$PORT')"
is_int "$MANAGEMENT_PORT" || die "KEYCLOAK_MANAGEMENT_PORT must be a number (got '$MANAGEMENT_PORT')"
is_int "$START_TIMEOUT" || die "KEYCLOAK_START_TIMEOUT must be a number of seconds"
is_int "$STOP_TIMEOUT" || die "KEYCLOAK_STOP_TIMEOUT must be a number of seconds"

# Another identity provider is configured: nothing local to run.
external() {
  if [[ -n "${AUTH_JWKS_URL:-}" && "${AUTH_JWKS_URL}" != "$BASE_URL/"* ]]; then
    log "AUTH_JWKS_URL=$AUTH_JWKS_URL points at another identity provider, $1"
    return 0
  fi
  return 1
}

# ---------------------------------------------------------------- fetch ----

pom_digest() { sha256sum "$POM" | cut -d' ' -f1; }

fetched() { [[ -f "$FETCH_MARKER" && -x "$DIST_DIR/bin/kc.sh" && "$(cat "$FETCH_MARKER")" == "$(pom_digest)" ]]; }

cmd_fetch() {
  fetched && return 0
  command -v mvn >/dev/null || die "mvn not found (Maven is needed once to fetch Keycloak)"
  command -v unzip >/dev/null || die "unzip not found"
  mkdir -p "$CACHE_ROOT"
  (
    # Serialise concurrent fetches.
    flock 8
    fetched && exit 0
    log "fetching Keycloak $KC_VERSION from Maven Central into $DIST_DIR ..."
    local tmp="$CACHE_ROOT/keycloak-$KC_VERSION.tmp.$$"
    rm -rf "$tmp"
    local out
    if ! out="$(mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy \
        -DoutputDirectory="$tmp/zip" 2>&1)"; then
      echo "$out" >&2
      rm -rf "$tmp"
      die "mvn dependency:copy failed"
    fi
    local zip="$tmp/zip/keycloak-quarkus-dist-$KC_VERSION.zip"
    [[ -f "$zip" ]] || { rm -rf "$tmp"; die "$zip missing after fetch"; }
    unzip -q "$zip" -d "$tmp/unzipped" || { rm -rf "$tmp"; die "unzip $zip failed"; }
    [[ -x "$tmp/unzipped/keycloak-$KC_VERSION/bin/kc.sh" ]] || { rm -rf "$tmp"; die "bin/kc.sh missing in $zip"; }
    rm -rf "$DIST_DIR"
    mv "$tmp/unzipped/keycloak-$KC_VERSION" "$DIST_DIR"
    rm -rf "$tmp"
    pom_digest >"$FETCH_MARKER"
    log "fetched Keycloak $KC_VERSION ($(du -sh "$DIST_DIR" | cut -f1))"
  ) 8>"$CACHE_ROOT/.keycloak-$KC_VERSION.fetch.lock"
}

# ---------------------------------------------------------------- build ----

build_digest() { printf '%s\n' "$KC_VERSION" "${BUILD_OPTS[@]}" | sha256sum | cut -d' ' -f1; }

built() { [[ -f "$BUILD_MARKER" && "$(cat "$BUILD_MARKER")" == "$(build_digest)" ]]; }

# `kc.sh build` once per set of build options: later starts use --optimized and skip it.
cmd_build() {
  cmd_fetch
  built && return 0
  (
    flock 8
    built && exit 0
    log "building Keycloak for ${BUILD_OPTS[*]} (once; about half a minute) ..."
    local out started=$SECONDS
    if ! out="$(cd "$DIST_DIR" && bin/kc.sh build "${BUILD_OPTS[@]}" 2>&1)"; then
      echo "$out" | tail -n 40 >&2
      die "kc.sh build failed"
    fi
    build_digest >"$BUILD_MARKER"
    log "built in $((SECONDS - started)) s"
  ) 8>"$DIST_DIR/.build.lock"
}

# ------------------------------------------------------------- helpers ----

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 60 "$@" 2>/dev/null || true; }

our_jvm() { java_with "$1" " $MARK "; } # pid -> 0 if pid is a live Keycloak JVM of this state dir

server_pids() { # the JVM(s) of this state dir, and the kc.sh wrapper of the pid file
  local pid found=""
  if [[ -f "$PID_FILE" ]]; then
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if is_int "${pid:-x}" && kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$MARK\|kc.sh"; then found="$pid"; fi
  fi
  scan_pids "$found" our_jvm
}

realm_name() { sed -n 's/^  "realm" *: *"\([^"]*\)".*/\1/p' "$REALM_FILE" | head -n1; }

well_known() { echo "$BASE_URL/realms/$1/.well-known/openid-configuration"; }

# Ready: the realm answers its discovery document, with the pinned issuer.
realm_ready() {
  local realm="$1" body
  body="$(curl -s --max-time 5 "$(well_known "$realm")" 2>/dev/null)" || return 1
  [[ "$body" == *"\"issuer\":\"$BASE_URL/realms/$realm\""* ]]
}

server_args() {
  SERVER_ARGS=(start --optimized
    --http-enabled=true --http-host="$HOST" --http-port="$PORT"
    --hostname="$BASE_URL" --http-management-port="$MANAGEMENT_PORT"
    --db-url="jdbc:h2:file:$STATE_DIR/data/keycloakdb;NON_KEYWORDS=VALUE"
    --log-level="$LOG_LEVEL,org.keycloak.quarkus.runtime.KeycloakMain:INFO,io.quarkus:INFO"
    --log-console-color=false)
}

export_server_env() {
  export JAVA_OPTS_KC_HEAP="$HEAP_OPTS"
  export JAVA_OPTS_APPEND="$MARK -Djava.io.tmpdir=$STATE_DIR/tmp $JVM_OPTS"
  # Creates the master realm's administrator on the first start of an empty database only.
  export KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  mkdir -p "$STATE_DIR/tmp"
}

admin_token() {
  local body
  body="$(curl -s --max-time 10 -d grant_type=password -d client_id=admin-cli \
    --data-urlencode "username=$ADMIN_USER" --data-urlencode "password=$ADMIN_PASSWORD" \
    "$BASE_URL/realms/master/protocol/openid-connect/token")" || return 1
  sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p' <<<"$body"
}

# Replaces the realm by the one in git (users created at run time go with it: development only).
# Through the admin API of the running server: about a second, where `kc.sh import` boots a
# second JVM (see README, "Applying the realm").
cmd_apply() {
  [[ -f "$REALM_FILE" ]] || die "realm file $REALM_FILE not found (npm run keycloak:realms)"
  local realm token code started=$SECONDS
  realm="$(realm_name)"
  [[ -n "$realm" ]] || die "cannot read the realm name from $REALM_FILE"
  token="$(admin_token)"
  [[ -n "$token" ]] || die "cannot sign in as the bootstrap administrator '$ADMIN_USER' (KEYCLOAK_ADMIN_USER/KEYCLOAK_ADMIN_PASSWORD; 'keycloak.sh reset' recreates it)"
  code="$(http_code -X DELETE -H "Authorization: Bearer $token" "$BASE_URL/admin/realms/$realm")"
  [[ "$code" == 204 || "$code" == 404 ]] || die "deleting realm $realm answered HTTP $code"
  code="$(curl -s -o "$STATE_DIR/apply.out" -w '%{http_code}' --max-time 60 -X POST \
    -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    --data-binary "@$REALM_FILE" "$BASE_URL/admin/realms" || true)"
  if [[ "$code" != 201 ]]; then
    cat "$STATE_DIR/apply.out" >&2 2>/dev/null || true
    die "creating realm $realm from $REALM_FILE answered HTTP $code"
  fi
  log "applied realm $realm from ${REALM_FILE#"$REPO_ROOT"/} in $((SECONDS - started)) s"
}

# ------------------------------------------------------------ commands ----

cmd_start() {
  external "not starting a local Keycloak" && return 0
  command -v curl >/dev/null || die "curl not found"
  cmd_build
  mkdir -p "$STATE_DIR"
  # One start at a time per state dir (the lock fd is closed for the JVM).
  exec 9>"$STATE_DIR/.start.lock"
  flock 9

  local realm pid started=$SECONDS
  realm="$(realm_name)"
  pid="$(server_pids)"
  pid="${pid%% *}"
  if [[ -n "$pid" ]] && realm_ready "$realm"; then
    log "Keycloak already running on $BASE_URL (pid $pid, state $STATE_DIR)"
    return 0
  fi
  if [[ -n "$pid" ]]; then
    log "Keycloak (pid $pid) is running but not ready yet; waiting"
  else
    rm -f "$PID_FILE"
    check_ports_free KEYCLOAK_PORT/KEYCLOAK_MANAGEMENT_PORT "$PORT" "$MANAGEMENT_PORT"
    [[ -f "$SERVER_LOG" ]] && mv -f "$SERVER_LOG" "$SERVER_LOG.1"
    server_args
    export_server_env
    log "starting Keycloak $KC_VERSION on $BASE_URL (state $STATE_DIR)"
    # setsid: own session, so Ctrl-C in the calling terminal does not reach it.
    (cd "$STATE_DIR" && exec setsid nohup "$DIST_DIR/bin/kc.sh" "${SERVER_ARGS[@]}" >"$SERVER_LOG" 2>&1 </dev/null 9>&-) &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local deadline=$((SECONDS + START_TIMEOUT)) applied=""
  while :; do
    if [[ -z "$applied" ]] && realm_ready master; then
      log "server up after $((SECONDS - started)) s; applying the realm"
      if ! (cmd_apply); then
        # shellcheck disable=SC2046
        kill_pids "$pid" $(server_pids)
        rm -f "$PID_FILE"
        die "could not apply the realm; stopped Keycloak (log $SERVER_LOG)"
      fi
      applied=1
    fi
    [[ -n "$applied" ]] && realm_ready "$realm" && break
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail "$SERVER_LOG"
      rm -f "$PID_FILE"
      die "Keycloak exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "$SERVER_LOG"
      # shellcheck disable=SC2046
      kill_pids "$pid" $(server_pids)
      rm -f "$PID_FILE"
      die "Keycloak not ready within ${START_TIMEOUT}s (KEYCLOAK_START_TIMEOUT); killed it"
    fi
    sleep 0.25
  done
  log "Keycloak ready on $BASE_URL in $((SECONDS - started)) s (realm $realm, pid $pid, log $SERVER_LOG)"
}

cmd_run() {
  external "not running a local Keycloak" && return 0
  cmd_build
  mkdir -p "$STATE_DIR"
  local pid
  pid="$(server_pids)"
  [[ -z "$pid" ]] || die "a Keycloak of $STATE_DIR is already running (pid $pid); use 'keycloak.sh stop' first"
  check_ports_free KEYCLOAK_PORT/KEYCLOAK_MANAGEMENT_PORT "$PORT" "$MANAGEMENT_PORT"
  server_args
  export_server_env
  echo "$$" >"$PID_FILE" # exec keeps our pid
  log "running Keycloak $KC_VERSION in the foreground on $BASE_URL (state $STATE_DIR); apply the realm with 'keycloak.sh apply'"
  cd "$STATE_DIR"
  exec "$DIST_DIR/bin/kc.sh" "${SERVER_ARGS[@]}"
}

cmd_stop() {
  external "nothing to stop" && return 0
  # shellcheck disable=SC2046
  stop_pids "$BASE_URL" $(server_pids)
}

cmd_status() {
  if external "status of that provider not checked"; then return 0; fi
  local pid realm
  pid="$(server_pids)"
  realm="$(realm_name)"
  if [[ -n "$pid" ]] && realm_ready "$realm"; then
    echo "running on $BASE_URL (realm $realm)"
    return 0
  fi
  if [[ -n "$pid" ]]; then echo "starting (pid ${pid%% *}), realm $realm not yet ready on $BASE_URL"; else echo "not running"; fi
  return 1
}

cmd_reset() {
  external "not resetting anything" && return 0
  cmd_stop
  remove_state_dir
  log "deleted $STATE_DIR"
}

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  fetch) cmd_fetch; fetched && log "distribution ready in $DIST_DIR" ;;
  build) cmd_build ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  apply) cmd_apply ;;
  run) cmd_run ;;
  reset) cmd_reset ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
