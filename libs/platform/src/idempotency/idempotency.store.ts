import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { defineErrors } from '@relais/contracts';
import { EntityManager } from 'typeorm';
import { canonicalJson } from './canonical-json';

/** The platform's own refusal, declared like every service's: its code and status as data. */
export const IdempotencyErrors = defineErrors<'IDEMPOTENCY_KEY_REUSED'>('platform', { IDEMPOTENCY_KEY_REUSED: 409 });

export class IdempotencyConflict extends IdempotencyErrors.Exception {
  constructor(key: string) {
    super('IDEMPOTENCY_KEY_REUSED', { key });
  }
}

export interface IdempotentRequest {
  /** The operation, e.g. `intake:create-identification`: the same key may serve two operations. */
  scope: string;
  key: string;
  /**
   * What makes two requests "the same": the body and who sent it. Only its SHA-256 is stored; when
   * the body holds personal data, pass a keyed digest instead (e.g. the vault's blind index), so a
   * stored hash cannot confirm a guess of someone's name.
   */
  fingerprint: unknown;
}

export interface IdempotentResult<T> {
  status: number;
  body: T;
  replayed: boolean;
}

/**
 * Client-chosen ids make retries from a poor connection harmless: the first request's answer is
 * stored in the same transaction as its effects; the same key with the same request gets that
 * answer again (200), with a different request a 409. A concurrent duplicate waits on the
 * primary key until the first commits, then replays it. Stored answers must hold no personal data.
 */
@Injectable()
export class IdempotencyStore {
  async execute<T>(
    manager: EntityManager,
    request: IdempotentRequest,
    work: () => Promise<{ status: number; body: T }>,
  ): Promise<IdempotentResult<T>> {
    const hash = createHash('sha256').update(canonicalJson(request.fingerprint)).digest('hex');
    const claimed: unknown[] = await manager.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING key`,
      [request.scope, request.key, hash],
    );
    if (claimed.length) {
      const result = await work();
      await manager.query(`UPDATE idempotency_keys SET status_code = $3, response = $4 WHERE scope = $1 AND key = $2`, [
        request.scope,
        request.key,
        result.status,
        JSON.stringify(result.body),
      ]);
      return { ...result, replayed: false };
    }
    const [stored] = await manager.query(
      `SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
      [request.scope, request.key],
    );
    if (stored.request_hash !== hash) throw new IdempotencyConflict(request.key);
    return { status: HttpStatus.OK, body: stored.response as T, replayed: true };
  }
}
