import { parseArgs } from 'node:util';
import { deadLetterTopic, retryTopic } from '@relais/contracts';
import { createKafka, readDeadLetters, replayDeadLetters } from '@relais/messaging';

const USAGE = `Dead letters of a consumer group (KAFKA_BROKERS, KAFKA_NAMESPACE from the environment).

  npm run dlq -- list <group>                 e.g. npm run dlq -- list relais.referral
  npm run dlq -- replay <group> [--id <eventId>]   all dead letters, or one event`;

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { id: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const [command, group] = positionals;
  if (values.help || !command || !group || !['list', 'replay'].includes(command)) {
    console.log(USAGE);
    process.exit(values.help ? 0 : 2);
  }
  const namespace = process.env.KAFKA_NAMESPACE ?? '';
  const physicalGroup = group.startsWith(namespace) ? group : `${namespace}${group}`;
  const kafka = createKafka('relais-dlq', (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(','));
  const letters = await readDeadLetters(kafka, deadLetterTopic(physicalGroup));

  if (command === 'list') {
    if (!letters.length) console.log(`${deadLetterTopic(physicalGroup)}: no dead letters`);
    for (const l of letters) {
      console.log(
        [`p${l.partition}@${l.offset}`, l.eventId ?? '(not an event)', l.eventType ?? '-', `attempt ${l.attempt ?? '?'}`, l.failedAt ?? '-', `from ${l.originalTopic ?? '?'}`, l.error ?? ''].join('  '),
      );
    }
    console.log(`${letters.length} dead letter(s)`);
    return;
  }
  const chosen = values.id ? letters.filter((l) => l.eventId === values.id) : letters;
  if (values.id && !chosen.length) {
    console.error(`no dead letter with event id ${values.id} in ${deadLetterTopic(physicalGroup)}`);
    process.exit(1);
  }
  const replayed = await replayDeadLetters(kafka, retryTopic(physicalGroup), chosen);
  console.log(`replayed ${replayed} dead letter(s) through ${retryTopic(physicalGroup)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
