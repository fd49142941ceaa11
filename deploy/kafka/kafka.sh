#!/usr/bin/env bash
# Local Apache Kafka runner (KRaft, single node, broker+controller combined).
# No Docker: the broker jars come from Maven Central (deploy/kafka/pom.xml)
# into a cache outside git, and the broker runs as a plain JVM.
#
#   kafka.sh fetch    download the jars into the cache (no-op when complete)
#   kafka.sh start    start a broker in the background, wait until it is ready
#   kafka.sh stop     stop it (SIGTERM, then SIGKILL after KAFKA_STOP_TIMEOUT)
#   kafka.sh status   exit 0 and print "running on 127.0.0.1:<port>" if running
#   kafka.sh run      run the broker in the foreground (exec), for a launcher
#   kafka.sh reset    stop it and delete its state dir
#
# Environment: see deploy/kafka/README.md.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
# shellcheck source=../lib/process.sh
source "$SCRIPT_DIR/../lib/process.sh"
PROCESS_NAME=broker
POM="$SCRIPT_DIR/pom.xml"
LOG4J_CONFIG="$SCRIPT_DIR/log4j2.xml"

KAFKA_VERSION="$(sed -n 's:.*<kafka\.version>\(.*\)</kafka\.version>.*:\1:p' "$POM" | head -n1)"
[[ -n "$KAFKA_VERSION" ]] || { echo "kafka.sh: cannot read <kafka.version> from $POM" >&2; exit 1; }

CACHE_ROOT="${RELAIS_CACHE_DIR:-$HOME/.cache/relais}"
DIST_DIR="$CACHE_ROOT/kafka-$KAFKA_VERSION"
LIB_DIR="$DIST_DIR/lib"
FETCH_MARKER="$DIST_DIR/.fetched"

PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
STATE_DIR="${KAFKA_STATE_DIR:-$REPO_ROOT/.relais/kafka/$PORT}"
START_TIMEOUT="${KAFKA_START_TIMEOUT:-90}"
STOP_TIMEOUT="${KAFKA_STOP_TIMEOUT:-15}"
HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xms256m -Xmx512m}"
LOG_LEVEL="${KAFKA_LOG_LEVEL:-WARN}"
HOST=127.0.0.1
# none: PLAINTEXT, anyone who reaches the port may do anything. scram: SASL/SCRAM-SHA-512 with one
# principal per service and ACLs (deploy/kafka/README.md, "Authentication"). scram-tls: the same
# over TLS, with a certificate from a CA made for this broker (how production connects).
AUTH="${KAFKA_AUTH:-scram}"
[[ "$AUTH" == none || "$AUTH" == scram || "$AUTH" == scram-tls ]] || { echo "kafka.sh: KAFKA_AUTH must be none, scram or scram-tls (got '$AUTH')" >&2; exit 1; }
if [[ "$AUTH" == scram-tls ]]; then SECURITY_PROTOCOL=SASL_SSL; else SECURITY_PROTOCOL=SASL_PLAINTEXT; fi
LISTENER="$(echo "$SECURITY_PROTOCOL" | tr '[:upper:]' '[:lower:]')"
# Keyed by port, not by state dir: clients find the credentials of 127.0.0.1:<port> here.
CREDENTIALS_ROOT="${KAFKA_CREDENTIALS_DIR:-$REPO_ROOT/.relais/kafka/credentials}"
CREDENTIALS_DIR="$CREDENTIALS_ROOT/$PORT"
# The principals: the super-user for tooling and tests, then those with ACLs, a read-only operator
# and one per service, listed in deploy/kafka/principals by `npm run deploy:generate` from SERVICES.
PRINCIPALS_FILE="$SCRIPT_DIR/principals"
mapfile -t ACL_PRINCIPALS < <(sed -e '/^[[:space:]]*#/d' -e '/^[[:space:]]*$/d' "$PRINCIPALS_FILE")
((${#ACL_PRINCIPALS[@]})) || { echo "kafka.sh: no principal in $PRINCIPALS_FILE (run npm run deploy:generate)" >&2; exit 1; }
for name in "${ACL_PRINCIPALS[@]}"; do
  # Each names a password file and sits inside StorageTool's `[name=…,password=…]`.
  [[ "$name" =~ ^[a-z][a-z0-9_-]*$ ]] || { echo "kafka.sh: '$name' in $PRINCIPALS_FILE is not a principal name" >&2; exit 1; }
done
SCRAM_PRINCIPALS=(admin "${ACL_PRINCIPALS[@]}")

PROPS="$STATE_DIR/server.properties"
PID_FILE="$STATE_DIR/broker.pid"
BROKER_LOG="$STATE_DIR/broker.log"
CLUSTER_ID_FILE="$STATE_DIR/cluster.id"
DATA_DIR="$STATE_DIR/data"
# The authentication the storage was formatted for (none when absent: formatted before KAFKA_AUTH).
AUTH_FILE="$STATE_DIR/auth"

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { echo "kafka.sh: $*"; }
die() { echo "kafka.sh: error: $*" >&2; exit 1; }

is_int() { [[ "$1" =~ ^[0-9]+$ ]]; }
is_int "$PORT" || die "KAFKA_PORT must be a number (got '$PORT')"
is_int "$CONTROLLER_PORT" || die "KAFKA_CONTROLLER_PORT must be a number (got '$CONTROLLER_PORT')"
is_int "$START_TIMEOUT" || die "KAFKA_START_TIMEOUT must be a number of seconds"
is_int "$STOP_TIMEOUT" || die "KAFKA_STOP_TIMEOUT must be a number of seconds"
[[ "$PORT" != "$CONTROLLER_PORT" ]] || die "KAFKA_PORT and KAFKA_CONTROLLER_PORT must differ"

external() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    log "KAFKA_BROKERS=$KAFKA_BROKERS is set: using that external cluster, $1"
    return 0
  fi
  return 1
}

# ---------------------------------------------------------------- fetch ----

pom_digest() { sha256sum "$POM" | cut -d' ' -f1; }

fetched() { [[ -f "$FETCH_MARKER" && -f "$LIB_DIR/kafka_2.13-$KAFKA_VERSION.jar" && "$(cat "$FETCH_MARKER")" == "$(pom_digest)" ]]; }

cmd_fetch() {
  fetched && return 0
  command -v mvn >/dev/null || die "mvn not found (Maven is needed once to fetch the Kafka jars)"
  mkdir -p "$DIST_DIR"
  (
    # Serialise concurrent fetches (e.g. two brokers started at once).
    flock 8
    fetched && exit 0
    log "fetching Kafka $KAFKA_VERSION jars into $LIB_DIR ..."
    local tmp="$DIST_DIR/lib.tmp.$$"
    rm -rf "$tmp"
    local out
    # Maven -q prints only errors (and stray ANSI resets): show them on failure.
    if ! out="$(mvn -B -q -Dstyle.color=never -f "$POM" dependency:copy-dependencies \
        -DoutputDirectory="$tmp" -DincludeScope=runtime 2>&1)"; then
      echo "$out" >&2
      rm -rf "$tmp"
      die "mvn dependency:copy-dependencies failed"
    fi
    ls "$tmp"/kafka_2.13-"$KAFKA_VERSION".jar >/dev/null 2>&1 || { rm -rf "$tmp"; die "kafka_2.13-$KAFKA_VERSION.jar missing after fetch"; }
    rm -rf "$LIB_DIR" "$FETCH_MARKER"
    mv "$tmp" "$LIB_DIR"
    pom_digest >"$FETCH_MARKER"
    log "fetched $(ls "$LIB_DIR" | wc -l) jars"
  ) 8>"$DIST_DIR/.fetch.lock"
}

# ------------------------------------------------------------- helpers ----

# Pid of the broker JVM of this state dir: the pid file if it names a live
# kafka.Kafka process for our server.properties, else a scan of /proc (so a
# lost pid file never leaves an orphan JVM). Prints nothing if none.
our_jvm() { java_with "$1" " kafka.Kafka $PROPS"; } # pid -> 0 if pid is a live broker JVM for $PROPS

broker_pids() {
  local pid found=""
  if [[ -f "$PID_FILE" ]]; then
    pid="$(cat "$PID_FILE" 2>/dev/null || true)"
    if is_int "${pid:-x}" && our_jvm "$pid"; then found="$pid"; fi
  fi
  scan_pids "$found" our_jvm
}

running_pid() { local p; p="$(broker_pids)"; echo "${p%% *}"; }

password_of() { cat "$CREDENTIALS_DIR/$1.password"; }

listener_props() {
  if [[ "$AUTH" == none ]]; then
    cat <<EOF
listeners=PLAINTEXT://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://$HOST:$PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
EOF
    return
  fi
  local admin controller
  admin="$(password_of admin)"
  controller="$(password_of controller)"
  if [[ "$AUTH" == scram-tls ]]; then
    cat <<EOF
# TLS: the broker's key and certificate, and the CA it (as its own inter-broker client) trusts.
ssl.keystore.type=PEM
ssl.keystore.location=$CREDENTIALS_DIR/broker.pem
ssl.truststore.type=PEM
ssl.truststore.location=$CREDENTIALS_DIR/ca.pem
EOF
  fi
  cat <<EOF
# Clients authenticate with SCRAM-SHA-512 (users stored in the metadata log by StorageTool format).
listeners=$SECURITY_PROTOCOL://$HOST:$PORT,CONTROLLER://$HOST:$CONTROLLER_PORT
advertised.listeners=$SECURITY_PROTOCOL://$HOST:$PORT
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,$SECURITY_PROTOCOL:$SECURITY_PROTOCOL
inter.broker.listener.name=$SECURITY_PROTOCOL
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.$LISTENER.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$admin";
# The controller listener cannot use SCRAM (its users live in the log it serves): a static PLAIN
# user, so that an unauthenticated local process cannot talk to the controller either.
controller.listener.names=CONTROLLER
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$controller" user_controller="$controller";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:controller
EOF
}

ensure_props() {
  mkdir -p "$STATE_DIR" "$DATA_DIR"
  # umask: with authentication the file holds the admin and controller passwords.
  (umask 077 && cat >"$PROPS" <<EOF
# Generated by deploy/kafka/kafka.sh on every start; edits are overwritten.
# KRaft single node, broker + controller in one JVM.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@$HOST:$CONTROLLER_PORT
$(listener_props)

log.dirs=$DATA_DIR

# Single node: internal topics cannot have 3 replicas.
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1

log.cleaner.dedupe.buffer.size=16777216
group.initial.rebalance.delay.ms=0
num.partitions=3
# The apps create their topics explicitly.
auto.create.topics.enable=false
# Business topics keep their history.
log.retention.hours=-1
delete.topic.enable=true
EOF
  )
}

java_tool() { # class args... (a Kafka CLI class from the same jars)
  "$JAVA" -Xmx256m -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dkafka.relais.logLevel="$LOG_LEVEL" \
    -cp "$LIB_DIR/*" "$@"
}

# New random passwords, written before the storage is formatted with them. Only ever called for a
# storage about to be formatted, so a running broker never loses the passwords its users have.
make_credentials() {
  rm -rf "$CREDENTIALS_DIR"
  (umask 077 && mkdir -p "$CREDENTIALS_DIR")
  local name
  for name in controller "${SCRAM_PRINCIPALS[@]}"; do
    (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' >"$CREDENTIALS_DIR/$name.password")
  done
  [[ "$AUTH" != scram-tls ]] || make_certificates
  # librdkafka format (kcat -F, and any librdkafka tool), for the read-only operator.
  (umask 077 && cat >"$CREDENTIALS_DIR/kcat.conf" <<EOF
# Read-only operator of the Relais broker on $HOST:$PORT (generated by deploy/kafka/kafka.sh).
bootstrap.servers=$HOST:$PORT
security.protocol=$SECURITY_PROTOCOL
sasl.mechanisms=SCRAM-SHA-512
sasl.username=operator
sasl.password=$(password_of operator)
$([[ "$AUTH" != scram-tls ]] || echo "ssl.ca.location=$CREDENTIALS_DIR/ca.pem")
EOF
  )
  # The default broker's file is where operators look for it: .relais/kafka/kcat.conf.
  if [[ "$PORT" == 9092 && -z "${KAFKA_CREDENTIALS_DIR:-}" ]]; then cp -p "$CREDENTIALS_DIR/kcat.conf" "$REPO_ROOT/.relais/kafka/kcat.conf"; fi
}

# A CA for this broker alone and the broker's certificate for 127.0.0.1, signed by it. The CA's key
# is deleted at once: nothing else can ever be signed by it. Clients trust ca.pem.
make_certificates() {
  command -v openssl >/dev/null || die "openssl is needed for KAFKA_AUTH=scram-tls"
  local dir="$CREDENTIALS_DIR" out
  if ! out="$(
    umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=Relais local Kafka CA $PORT" -keyout "$dir/ca.key" -out "$dir/ca.pem" 2>&1 &&
      openssl req -newkey rsa:2048 -nodes -subj "/CN=$HOST" -keyout "$dir/broker.key" -out "$dir/broker.csr" 2>&1 &&
      openssl x509 -req -days 3650 -in "$dir/broker.csr" -CA "$dir/ca.pem" -CAkey "$dir/ca.key" -CAcreateserial \
        -extfile <(printf 'subjectAltName=IP:%s\n' "$HOST") -out "$dir/broker.crt" 2>&1
  )"; then
    echo "$out" >&2
    die "making the TLS certificates failed"
  fi
  cat "$dir/broker.key" "$dir/broker.crt" >"$dir/broker.pem"
  rm -f "$dir/ca.key" "$dir/ca.srl" "$dir/broker.key" "$dir/broker.csr" "$dir/broker.crt"
}

drop_credentials() {
  rm -rf "$CREDENTIALS_DIR"
  if [[ "$PORT" == 9092 && -z "${KAFKA_CREDENTIALS_DIR:-}" ]]; then rm -f "$REPO_ROOT/.relais/kafka/kcat.conf"; fi
}

ensure_formatted() {
  if [[ -f "$DATA_DIR/meta.properties" ]]; then
    local formatted
    formatted="$(cat "$AUTH_FILE" 2>/dev/null || echo none)"
    [[ "$formatted" == "$AUTH" ]] || die "the storage in $STATE_DIR was formatted with KAFKA_AUTH=$formatted, not $AUTH: run 'KAFKA_AUTH=$AUTH bash deploy/kafka/kafka.sh reset' first (this deletes its topics)"
    [[ "$AUTH" == none || -s "$CREDENTIALS_DIR/admin.password" ]] || die "the credentials of $STATE_DIR are missing from $CREDENTIALS_DIR: run 'KAFKA_AUTH=$AUTH bash deploy/kafka/kafka.sh reset' first (this deletes its topics)"
    return 0
  fi
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    local id
    id="$(java_tool kafka.tools.StorageTool random-uuid | tail -n1 | tr -d '[:space:]')"
    [[ "$id" =~ ^[A-Za-z0-9_-]{22}$ ]] || die "StorageTool random-uuid returned '$id'"
    echo "$id" >"$CLUSTER_ID_FILE"
  fi
  local scram=()
  if [[ "$AUTH" != none ]]; then
    make_credentials
    local name
    for name in "${SCRAM_PRINCIPALS[@]}"; do scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$(password_of "$name")]"); done
  else
    drop_credentials
  fi
  ensure_props # the listeners name the passwords just made
  local out
  if ! out="$(java_tool kafka.tools.StorageTool format --cluster-id="$(cat "$CLUSTER_ID_FILE")" -c "$PROPS" "${scram[@]}" 2>&1)"; then
    echo "$out" >&2
    die "formatting storage in $DATA_DIR failed"
  fi
  echo "$AUTH" >"$AUTH_FILE"
  log "formatted storage in $DATA_DIR (cluster id $(cat "$CLUSTER_ID_FILE"), KAFKA_AUTH=$AUTH)"
}

# The ACLs of every principal (libs/messaging/src/kafka/acls.ts), created as the super-user. They
# live in the metadata log; creating them again on each start is a no-op, and adds new ones.
apply_acls() {
  [[ "$AUTH" != none ]] || return 0
  local out tls=(KAFKA_TLS=false)
  [[ "$AUTH" != scram-tls ]] || tls=(KAFKA_TLS=true KAFKA_TLS_CA_FILE="$CREDENTIALS_DIR/ca.pem")
  if ! out="$(cd "$REPO_ROOT" && env KAFKA_BROKERS="$HOST:$PORT" KAFKA_SASL_USERNAME=admin KAFKA_SASL_PASSWORD="$(password_of admin)" "${tls[@]}" \
      node -r @swc-node/register deploy/kafka/acls.ts 2>&1)"; then
    echo "$out" >&2
    die "creating the ACLs failed"
  fi
  log "$out"
}

jvm_args() {
  # shellcheck disable=SC2206
  local heap=($HEAP_OPTS)
  JVM_ARGS=("${heap[@]}" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError
    -Djava.awt.headless=true
    -Dlog4j2.configurationFile="$LOG4J_CONFIG" -Dkafka.relais.logLevel="$LOG_LEVEL"
    -cp "$LIB_DIR/*" kafka.Kafka "$PROPS")
}

ready() { port_open "$PORT" && grep -q 'Kafka Server started' "$BROKER_LOG" 2>/dev/null; }

# ------------------------------------------------------------ commands ----

cmd_start() {
  external "not starting a local broker" && return 0
  cmd_fetch
  mkdir -p "$STATE_DIR"
  # One start at a time per state dir (the lock fd is closed for the JVM).
  exec 9>"$STATE_DIR/.start.lock"
  flock 9

  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]]; then
    echo "$pid" >"$PID_FILE"
    if port_open "$PORT"; then
      log "broker already running on $HOST:$PORT (pid $pid, state $STATE_DIR)"
      return 0
    fi
    log "broker (pid $pid) is running but not ready yet; waiting"
  else
    rm -f "$PID_FILE"
    check_ports_free KAFKA_PORT/KAFKA_CONTROLLER_PORT "$PORT" "$CONTROLLER_PORT"
    ensure_formatted
    ensure_props
    [[ -f "$BROKER_LOG" ]] && mv -f "$BROKER_LOG" "$BROKER_LOG.1"
    jvm_args
    log "starting Kafka $KAFKA_VERSION on $HOST:$PORT (controller $HOST:$CONTROLLER_PORT, state $STATE_DIR)"
    # setsid: own session, so Ctrl-C in the calling terminal does not reach it.
    # No fork happens in setsid/nohup here, so $! is the JVM's pid.
    (cd "$STATE_DIR" && exec setsid nohup "$JAVA" "${JVM_ARGS[@]}" >"$BROKER_LOG" 2>&1 </dev/null 9>&-) &
    pid=$!
    echo "$pid" >"$PID_FILE"
  fi

  local deadline=$((SECONDS + START_TIMEOUT))
  while ! ready; do
    if ! kill -0 "$pid" 2>/dev/null; then
      log_tail "$BROKER_LOG"
      rm -f "$PID_FILE"
      die "broker exited during startup"
    fi
    if ((SECONDS >= deadline)); then
      log_tail "$BROKER_LOG"
      # shellcheck disable=SC2046
      kill_pids "$pid" $(broker_pids)
      rm -f "$PID_FILE"
      die "broker not ready within ${START_TIMEOUT}s (KAFKA_START_TIMEOUT); killed it"
    fi
    sleep 0.2
  done
  apply_acls
  log "broker ready on $HOST:$PORT (pid $pid, log $BROKER_LOG)"
}

cmd_run() {
  external "not running a local broker" && return 0
  cmd_fetch
  mkdir -p "$STATE_DIR"
  local pid
  pid="$(running_pid)"
  [[ -z "$pid" ]] || die "a broker of $STATE_DIR is already running (pid $pid); use 'kafka.sh stop' first"
  check_ports_free KAFKA_PORT/KAFKA_CONTROLLER_PORT "$PORT" "$CONTROLLER_PORT"
  ensure_formatted
  ensure_props
  jvm_args
  if [[ "$AUTH" != none ]]; then
    # The ACLs need the running broker: create them from the background once it accepts clients.
    (
      local deadline=$((SECONDS + START_TIMEOUT))
      until port_open "$PORT" || ((SECONDS >= deadline)); do sleep 1; done
      apply_acls
    ) 9>&- &
  fi
  echo "$$" >"$PID_FILE" # exec keeps our pid
  log "running Kafka $KAFKA_VERSION in the foreground on $HOST:$PORT (controller $HOST:$CONTROLLER_PORT, state $STATE_DIR)"
  cd "$STATE_DIR"
  exec "$JAVA" "${JVM_ARGS[@]}"
}

cmd_stop() {
  external "nothing to stop" && return 0
  # shellcheck disable=SC2046
  stop_pids "$HOST:$PORT" $(broker_pids)
}

cmd_status() {
  if [[ -n "${KAFKA_BROKERS:-}" ]]; then
    echo "external cluster $KAFKA_BROKERS (KAFKA_BROKERS)"
    return 0
  fi
  local pid
  pid="$(running_pid)"
  if [[ -n "$pid" ]] && port_open "$PORT"; then
    echo "running on $HOST:$PORT"
    return 0
  fi
  if [[ -n "$pid" ]]; then echo "starting (pid $pid), not yet accepting on $HOST:$PORT"; else echo "not running"; fi
  return 1
}

cmd_reset() {
  external "not resetting anything" && return 0
  cmd_stop
  remove_state_dir
  drop_credentials
  log "deleted $STATE_DIR and $CREDENTIALS_DIR"
}

usage() {
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
}

case "${1:-}" in
  fetch) cmd_fetch; fetched && log "jars ready in $LIB_DIR" ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  run) cmd_run ;;
  reset) cmd_reset ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
