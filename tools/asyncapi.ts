import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { asyncApiYaml } from '@relais/contracts';

/** Regenerates docs/asyncapi.yaml from the contract classes (a test fails when it is stale). */
const file = join(__dirname, '..', 'docs', 'asyncapi.yaml');
writeFileSync(file, asyncApiYaml());
console.log(`wrote ${file}`);
