import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase } from '@relais/persistence';
import { databaseUrl } from './environment';

/** A fresh, empty database for one test file (OpenCRVS habit): no test sees another's rows. */
export async function createTestDatabase(label = 't'): Promise<string> {
  const url = new URL(databaseUrl());
  url.pathname = `/relais_${label}_${randomBytes(5).toString('hex')}`;
  await ensureDatabase(url.toString());
  return url.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  await dropDatabase(url);
}
