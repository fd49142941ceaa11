import { randomBytes } from 'node:crypto';
import { SERVICES } from '@relais/contracts';
import { dropDatabase, provisionDatabase } from '@relais/persistence';
import { databaseUrl } from './environment';

/**
 * A fresh, empty database for one test file (OpenCRVS habit): no test sees another's rows. It is
 * set up as in production: the owner role and the services' roles exist and may connect, so a
 * service started on it migrates as the owner and runs as its own role.
 */
export async function createTestDatabase(label = 't'): Promise<string> {
  const url = new URL(databaseUrl());
  url.pathname = `/relais_${label}_${randomBytes(5).toString('hex')}`;
  await provisionDatabase(url.toString(), SERVICES);
  return url.toString();
}

export async function dropTestDatabase(url: string): Promise<void> {
  await dropDatabase(url);
}
