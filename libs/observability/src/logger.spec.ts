import { Writable } from 'node:stream';
import { createLogger, safeError } from './logger';

class QueryFailedError extends Error {
  constructor(
    readonly query: string,
    readonly parameters: unknown[],
    readonly driverError: { detail: string },
    readonly code: string,
    readonly detail: string,
    readonly constraint: string,
  ) {
    super('duplicate key value violates unique constraint "referrals_note_key"');
    this.name = 'QueryFailedError';
  }
}

describe('logger', () => {
  const failure = () =>
    new QueryFailedError('INSERT INTO notes VALUES ($1)', ['Aminata Traoré, 14 ans'], { detail: 'Key (note)=(Aminata Traoré) already exists.' }, '23505', 'Key (note)=(Aminata Traoré) already exists.', 'referrals_note_key');

  it('logs a database error by its code and constraint, never its parameters or row values', () => {
    const logged = JSON.stringify(safeError(failure()));
    expect(logged).toContain('23505');
    expect(logged).toContain('referrals_note_key');
    expect(logged).not.toContain('Aminata');
  });

  it('redacts personal-data field names at any depth we can name', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(chunk.toString()), done()) });
    const logger = createLogger('test', 'info', sink);
    logger.info({ person: { familyName: 'Traoré', sex: 'female' }, err: failure() }, 'x');
    expect(lines.join('')).toContain('female');
    expect(lines.join('')).not.toContain('Traoré');
  });
});
