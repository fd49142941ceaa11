#!/usr/bin/env bash
# The Kafka broker of docker-compose.yml (image apache/kafka), with the same authentication as
# deploy/kafka/kafka.sh KAFKA_AUTH=scram: SCRAM-SHA-512 users made when the storage is formatted,
# the StandardAuthorizer, a PLAIN-authenticated controller listener. The passwords come from the
# environment (demonstration values in docker-compose.yml); the ACLs are created by the one-shot
# `kafka-acls` service from libs/messaging/src/kafka/acls.ts.
set -euo pipefail

DATA=/var/lib/kafka/data
PROPS=/tmp/server.properties

# The SCRAM users: one per KAFKA_PASSWORD_<USER> variable but the controller's (a PLAIN user), that
# is admin and operator, and one per service (docker-compose.yml, written by npm run deploy:generate).
USERS=()
for var in "${!KAFKA_PASSWORD_@}"; do
  [[ -n "${!var}" ]] || { echo "compose-kafka.sh: $var is empty" >&2; exit 1; }
  user="${var#KAFKA_PASSWORD_}"
  [[ "$user" == CONTROLLER ]] || USERS+=("${user,,}")
done
for user in controller admin operator; do
  var="KAFKA_PASSWORD_${user^^}"
  [[ -n "${!var:-}" ]] || { echo "compose-kafka.sh: $var is not set" >&2; exit 1; }
done

cat >"$PROPS" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@kafka:9093
listeners=SASL_PLAINTEXT://0.0.0.0:9092,CONTROLLER://0.0.0.0:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
listener.security.protocol.map=CONTROLLER:SASL_PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_PASSWORD_ADMIN";
controller.listener.names=CONTROLLER
sasl.mechanism.controller.protocol=PLAIN
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="controller" password="$KAFKA_PASSWORD_CONTROLLER" user_controller="$KAFKA_PASSWORD_CONTROLLER";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
super.users=User:admin;User:controller
log.dirs=$DATA
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
log.retention.hours=-1
PROPS

# For the health check (kafka-broker-api-versions.sh --command-config).
cat >/tmp/admin.properties <<PROPS
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$KAFKA_PASSWORD_ADMIN";
PROPS

if [[ ! -f "$DATA/meta.properties" ]]; then
  scram=()
  for user in "${USERS[@]}"; do
    var="KAFKA_PASSWORD_${user^^}"
    scram+=(--add-scram "SCRAM-SHA-512=[name=$user,password=${!var}]")
  done
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$(/opt/kafka/bin/kafka-storage.sh random-uuid)" -c "$PROPS" "${scram[@]}"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$PROPS"
