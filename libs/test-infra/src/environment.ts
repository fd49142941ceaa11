import { createConnection } from 'node:net';
import { DEFAULT_DATABASE_URL } from '@relais/persistence';

export const DEFAULT_KAFKA_BROKERS = '127.0.0.1:9092';

export function kafkaBrokers(): string[] {
  return (process.env.KAFKA_BROKERS ?? DEFAULT_KAFKA_BROKERS).split(',').map((b) => b.trim());
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}

export function isPortOpen(hostPort: string, timeoutMs = 1000): Promise<boolean> {
  const [host, port] = hostPort.split(':');
  return new Promise((resolve) => {
    const socket = createConnection({ host, port: Number(port) });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
