import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kafkaSecurity, localCredentialsDir } from './security';

describe('kafkaSecurity', () => {
  const root = mkdtempSync(join(tmpdir(), 'relais-kafka-credentials-'));
  mkdirSync(join(root, '19999'));
  writeFileSync(join(root, '19999', 'intake.password'), 'local-secret\n');
  const local = { KAFKA_CREDENTIALS_DIR: root };

  it('takes the credentials from the environment first', () => {
    const security = kafkaSecurity('intake', ['127.0.0.1:19999'], { ...local, KAFKA_SASL_USERNAME: 'intake', KAFKA_SASL_PASSWORD: 'from-env' });
    expect(security).toMatchObject({ source: 'environment', sasl: { mechanism: 'scram-sha-512', username: 'intake', password: 'from-env' } });
  });

  it('reads a mounted password file', () => {
    const file = join(root, 'mounted');
    writeFileSync(file, 'mounted-secret\n');
    expect(kafkaSecurity('x', ['kafka:9093'], { KAFKA_SASL_USERNAME: 'referral', KAFKA_SASL_PASSWORD_FILE: file }).sasl).toMatchObject({ password: 'mounted-secret' });
  });

  it('falls back to the local broker’s password file of the principal', () => {
    expect(kafkaSecurity('intake', ['127.0.0.1:19999'], local)).toMatchObject({ source: 'local', sasl: { username: 'intake', password: 'local-secret' } });
  });

  it('never reads local files in production, nor for a remote cluster, nor for an unknown principal', () => {
    expect(kafkaSecurity('intake', ['127.0.0.1:19999'], { ...local, NODE_ENV: 'production' })).toEqual({ source: 'none' });
    expect(kafkaSecurity('intake', ['kafka.example:9092'], local)).toEqual({ source: 'none' });
    expect(kafkaSecurity('referral', ['127.0.0.1:19999'], local)).toEqual({ source: 'none' });
    expect(kafkaSecurity('../intake', ['127.0.0.1:19999'], local)).toEqual({ source: 'none' });
    expect(localCredentialsDir(['127.0.0.1:1', '127.0.0.1:2'], local)).toBeUndefined();
  });

  it('refuses half a configuration rather than connect without it', () => {
    expect(() => kafkaSecurity('x', ['k:1'], { KAFKA_SASL_USERNAME: 'intake' })).toThrow(/KAFKA_SASL_PASSWORD/);
    expect(() => kafkaSecurity('x', ['k:1'], { KAFKA_SASL_PASSWORD: 'p' })).toThrow(/KAFKA_SASL_USERNAME/);
    expect(() => kafkaSecurity('x', ['k:1'], { KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_PASSWORD: 'p', KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM/);
    expect(() => kafkaSecurity('x', ['k:1'], { KAFKA_TLS_CA_FILE: '/ca.pem' })).toThrow(/KAFKA_TLS/);
    expect(() => kafkaSecurity('x', ['k:1'], { KAFKA_TLS: 'true', KAFKA_TLS_CERT_FILE: '/c.pem' })).toThrow(/KAFKA_TLS_KEY_FILE/);
  });

  it('verifies the broker’s certificate against the given CA when TLS is on', () => {
    const ca = join(root, 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\n');
    expect(kafkaSecurity('x', ['k:1'], { KAFKA_TLS: 'true', KAFKA_TLS_CA_FILE: ca }).ssl).toMatchObject({ rejectUnauthorized: true, ca: '-----BEGIN CERTIFICATE-----\n' });
  });
});
