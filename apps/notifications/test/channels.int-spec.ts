import { Harness, newSecret, startHarness, users } from './support/harness';

describe('recipient channels (real HTTP, Postgres)', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startHarness({ DISPATCH_ENABLED: 'false' });
  });
  afterAll(() => h?.close());

  const path = (id: string, kind?: string) => `/api/v1/recipients/${id}/channels${kind ? `?kind=${kind}` : ''}`;
  const put = (id: string, body: unknown, as = users.coordinator, kind?: string, headers: Record<string, string> = {}) =>
    h.call(path(id, kind), as, { method: 'PUT', body, headers });

  it('lets an agency administrator set their own agency, and shows everything but the secret', async () => {
    const secret = newSecret();
    const body = {
      webhook: { url: 'https://dossiers.ong-exemple.ml/relais', secret },
      emails: ['permanence@ong-exemple.ml', 'direction@ong-exemple.ml'],
      phones: ['+22376000001'],
      language: 'fr',
    };
    const saved = await put('agency-a', body, users.adminOf('agency-a'));
    expect(saved.status).toBe(200);
    expect(saved.body).toEqual({
      recipientKind: 'agency',
      recipientId: 'agency-a',
      language: 'fr',
      inbox: true,
      webhook: { url: 'https://dossiers.ong-exemple.ml/relais', secretConfigured: true },
      emails: body.emails,
      phones: body.phones,
      configured: true,
      version: 1,
      updatedAt: expect.any(String),
    });
    const read = await h.call(path('agency-a'), users.adminOf('agency-a'));
    expect(read.status).toBe(200);
    expect(read.body).toEqual(saved.body);
    expect(JSON.stringify(read.body)).not.toContain(secret.slice(6));
  });

  it('keeps contacts and the secret encrypted at rest and out of the audit trail', async () => {
    const secret = newSecret();
    await put('agency-b', { webhook: { url: 'https://b.example.ml/hook', secret }, emails: ['alerte@agence-b.ml'], phones: ['+22365000002'], language: 'en' });
    const [row] = await h.db.query(`SELECT sealed_contacts, webhook_url, email_count, phone_count FROM recipients WHERE id = 'agency-b'`);
    const stored = Buffer.from(row.sealed_contacts).toString('latin1');
    for (const clear of [secret, secret.slice(6), 'alerte@agence-b.ml', '+22365000002']) expect(stored).not.toContain(clear);
    expect(row).toMatchObject({ webhook_url: 'https://b.example.ml/hook', email_count: 1, phone_count: 1 });
    const audit = await h.db.query(`SELECT actor, action, resource_id, details FROM audit_log WHERE resource_id = 'agency:agency-b' ORDER BY id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['recipient.channels.update']);
    expect(audit[0].details).toEqual({ language: 'en', webhook: true, webhookSecretChanged: true, emailCount: 1, phoneCount: 1, version: 1 });
    expect(JSON.stringify(audit)).not.toMatch(/alerte@|\+2236|whsec_/);
  });

  it('audits every read of contact details', async () => {
    await h.call(path('agency-b'), users.sysadmin);
    const [read] = await h.db.query(`SELECT actor, action FROM audit_log WHERE resource_id = 'agency:agency-b' AND action = 'recipient.channels.read'`);
    expect(read).toEqual({ actor: users.sysadmin.sub, action: 'recipient.channels.read' });
  });

  it('keeps the registered secret when a change leaves it out, and requires one for a new webhook', async () => {
    const first = newSecret();
    await put('tgi-mopti', { webhook: { url: 'https://parquet-mopti.ml/hook', secret: first }, language: 'fr' }, users.coordinator, 'office');
    const changed = await put('tgi-mopti', { webhook: { url: 'https://parquet-mopti.ml/hook2' }, emails: ['greffe@parquet-mopti.ml'], language: 'en' }, users.coordinator, 'office');
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ recipientKind: 'office', webhook: { url: 'https://parquet-mopti.ml/hook2', secretConfigured: true }, version: 2, language: 'en' });
    const missing = await put('agency-new', { webhook: { url: 'https://new.example.ml/hook' }, language: 'fr' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([{ field: 'webhook.secret', code: 'webhookSecretRequired', message: 'webhook.secret est obligatoire pour un nouveau webhook.' }]);
    expect((await h.db.query(`SELECT 1 FROM recipients WHERE id = 'agency-new'`)).length).toBe(0);
  });

  it('removes what a new configuration leaves out, but never the inbox', async () => {
    await put('agency-c', { webhook: { url: 'https://c.example.ml/hook', secret: newSecret() }, phones: ['+22366000003'], language: 'fr' });
    const cleared = await put('agency-c', { language: 'fr' });
    expect(cleared.body).toMatchObject({ webhook: null, emails: [], phones: [], inbox: true, version: 2 });
  });

  it('answers an unconfigured recipient with its inbox only, in French', async () => {
    const read = await h.call(path('coordinator'), users.coordinator);
    expect(read.body).toMatchObject({ recipientKind: 'coordinator', recipientId: 'coordinator', configured: false, inbox: true, language: 'fr', webhook: null });
  });

  it.each([
    ['an agency administrator, for another agency', users.adminOf('agency-a'), 'agency-z', undefined, 403, 'NOT_YOUR_RECIPIENT'],
    ['an agency administrator, for an office named like their agency', users.adminOf('agency-a'), 'agency-a', 'office', 403, 'NOT_YOUR_RECIPIENT'],
    ['a caseworker', users.caseworkerOf('agency-a'), 'agency-a', undefined, 403, 'FORBIDDEN'],
    ['a prosecutor', users.prosecutorOf('tgi-mopti'), 'tgi-mopti', 'office', 403, 'FORBIDDEN'],
  ])('refuses %s', async (_, user, id, kind, status, code) => {
    const attempt = await put(id, { language: 'fr' }, user, kind);
    expect([attempt.status, attempt.body.code]).toEqual([status, code]);
    const read = await h.call(path(id, kind), user);
    expect([read.status, read.body.code]).toEqual([status, code]);
  });

  it.each(['http://169.254.169.254/latest/meta-data/', 'https://[fd00:ec2::254]/', 'http://[::ffff:169.254.169.254]/', 'http://0.0.0.0:3001/'])(
    'refuses a webhook aimed at %s, development included, and saves nothing',
    async (url) => {
      const refused = await put('agency-ssrf', { webhook: { url, secret: newSecret() }, language: 'fr' }, users.adminOf('agency-ssrf'));
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([{ field: 'webhook.url', code: 'webhookTargetForbidden', message: expect.stringMatching(/^webhook\.url désigne une adresse qui ne reçoit jamais/) }]);
      expect(await h.db.query(`SELECT 1 FROM recipients WHERE id = 'agency-ssrf'`)).toEqual([]);
    },
  );

  it('refuses a request without a token', async () => {
    const response = await fetch(`${h.service.url}${path('agency-a')}`);
    expect(response.status).toBe(401);
  });

  it('answers bad input with 400, field by field, in the caller’s language, and changes nothing', async () => {
    const bad = await put(
      'agency-d',
      {
        webhook: { url: 'ftp://x', secret: 'whsec_short', extra: 1 },
        emails: ['not-an-email', 'ok@example.ml', 'OK@example.ml'],
        phones: ['0022376000000'],
        language: 'bm',
        colour: 'blue',
      },
      users.coordinator,
      undefined,
      { 'accept-language': 'en' },
    );
    expect(bad.status).toBe(400);
    const fields = bad.body.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`).sort();
    expect(fields).toEqual([
      'colour:whitelistValidation',
      'emails:arrayUnique',
      'emails:isEmail',
      'language:isIn',
      'phones:isPhoneNumber',
      'webhook.extra:whitelistValidation',
      'webhook.secret:isWebhookSecret',
      'webhook.url:isUrl',
    ]);
    expect(bad.body.errors.find((e: { field: string }) => e.field === 'webhook.secret').message).toBe(
      'webhook.secret must be "whsec_" followed by the base64 of 24 to 64 random bytes.',
    );
    expect((await h.db.query(`SELECT 1 FROM recipients WHERE id = 'agency-d'`)).length).toBe(0);
  });

  it('refuses an id that contradicts its kind, a malformed id and an unknown query parameter', async () => {
    const mismatch = await put('coordinator', { language: 'fr' }, users.coordinator, 'agency');
    expect([mismatch.status, mismatch.body.errors?.[0]?.field, mismatch.body.errors?.[0]?.code]).toEqual([400, 'kind', 'recipientKindMismatch']);
    const malformed = await put('agency%20x', { language: 'fr' });
    expect([malformed.status, malformed.body.errors?.[0]?.field]).toEqual([400, 'recipientId']);
    const unknown = await h.call('/api/v1/recipients/agency-a/channels?x=1', users.coordinator);
    expect([unknown.status, unknown.body.errors?.[0]?.code]).toEqual([400, 'whitelistValidation']);
  });

  it('documents every endpoint and field in OpenAPI', async () => {
    const docs = (await fetch(`${h.service.url}/api/docs-json`).then((r) => r.json())) as {
      paths: Record<string, Record<string, { tags?: string[]; security?: unknown; responses: Record<string, unknown> }>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    const ours = Object.entries(docs.paths).filter(([p]) => p.startsWith('/api/v1/'));
    expect(ours.map(([p]) => p).sort()).toEqual([
      '/api/v1/deliveries',
      '/api/v1/deliveries/{id}',
      '/api/v1/deliveries/{id}/retry',
      '/api/v1/notifications',
      '/api/v1/notifications/{id}/read',
      '/api/v1/recipients/{recipientId}/channels',
    ]);
    for (const [, operations] of ours) {
      for (const operation of Object.values(operations)) {
        expect(operation.tags?.length).toBeGreaterThan(0);
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '401', '403']));
      }
    }
    expect(Object.keys(docs.components.schemas.RecipientChannelsBody.properties ?? {}).sort()).toEqual(['emails', 'language', 'phones', 'webhook']);
    expect(Object.keys(docs.components.schemas.DeliveryView.properties ?? {})).toHaveLength(15);
  });
});
