import { OWNER_ROLE, serviceRole, urlAsRole } from './roles';

describe('database roles', () => {
  it('names a service role after its schema', () => {
    expect(serviceRole('statistics')).toBe('relais_statistics');
    expect(OWNER_ROLE).toBe('relais_owner');
  });

  it('logs in to the same server and database as another role, with its password when it has one', () => {
    const admin = 'postgres://postgres:admin-secret@db.example:5432/relais?sslmode=verify-full';
    expect(urlAsRole(admin, 'relais_intake')).toBe('postgres://relais_intake@db.example:5432/relais?sslmode=verify-full');
    expect(urlAsRole('postgres://db.example:5432/relais', 'relais_owner', 'p@ss/word')).toBe('postgres://relais_owner:p%40ss%2Fword@db.example:5432/relais');
  });

  it('refuses a role name that is not a plain identifier, as it goes into DDL', () => {
    expect(() => urlAsRole('postgres://127.0.0.1:5432/relais', 'x"; DROP ROLE y; --')).toThrow(/role/);
    expect(() => serviceRole('Intake')).toThrow(/role/);
  });
});
