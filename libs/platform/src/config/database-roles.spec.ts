import { loadConfig } from './load-config';
import { ServiceConfig } from './service-config';

const config = (env: NodeJS.ProcessEnv) => loadConfig('intake', ServiceConfig, { PORT: 3001 }, env);

describe('the roles a service logs in as', () => {
  it('runs as its own role and migrates as the owner, on the server and database of DATABASE_URL, whatever user that names', () => {
    const c = config({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/relais_t_1' });
    expect(c.serviceDatabaseUrl('intake')).toBe('postgres://relais_intake@127.0.0.1:5432/relais_t_1');
    expect(c.ownerDatabaseUrl()).toBe('postgres://relais_owner@127.0.0.1:5432/relais_t_1');
  });

  it('takes the passwords from DATABASE_PASSWORD and DATABASE_OWNER_PASSWORD', () => {
    const c = config({ DATABASE_URL: 'postgres://db.example:5432/relais', DATABASE_PASSWORD: 'svc', DATABASE_OWNER_PASSWORD: 'own' });
    expect(c.serviceDatabaseUrl('intake')).toBe('postgres://relais_intake:svc@db.example:5432/relais');
    expect(c.ownerDatabaseUrl()).toBe('postgres://relais_owner:own@db.example:5432/relais');
  });

  it("keeps a DATABASE_URL's password only for the role it was written for", () => {
    const c = config({ DATABASE_URL: 'postgres://relais_intake:s3cret@db.example:5432/relais' });
    expect(c.serviceDatabaseUrl('intake')).toBe('postgres://relais_intake:s3cret@db.example:5432/relais');
    expect(c.ownerDatabaseUrl()).toBe('postgres://relais_owner@db.example:5432/relais');
  });

  it('logs in as another role when DATABASE_USER names one', () => {
    expect(config({ DATABASE_USER: 'intake_app' }).serviceDatabaseUrl('intake')).toBe('postgres://intake_app@127.0.0.1:5432/relais');
  });
});
