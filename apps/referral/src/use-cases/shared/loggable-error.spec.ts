import { QueryFailedError } from 'typeorm';
import { loggableError } from './loggable-error';

describe('loggableError', () => {
  it('keeps the type, message and code of a database error, never its parameters', () => {
    const failed = new QueryFailedError('UPDATE referrals SET decline_note = $1', ['Awa a été vue au marché'], Object.assign(new Error('deadlock detected'), { code: '40P01' }));
    const logged = loggableError(failed);
    expect(logged).toEqual({ type: 'QueryFailedError', message: 'deadlock detected', code: '40P01' });
    expect(JSON.stringify(logged)).not.toContain('Awa');
  });

  it('describes anything thrown', () => {
    expect(loggableError('boom')).toEqual({ type: 'string', message: 'boom' });
  });
});
