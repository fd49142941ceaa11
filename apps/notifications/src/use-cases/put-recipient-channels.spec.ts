import { RequestValidationException } from '@relais/platform';
import { fakeTransactions, RecordingAudit } from '../../test/support/unit-doubles';
import { NotificationsException } from '../domain/notifications.errors';
import { CheckVerdict, WebhookTargetGuard } from '../channels/webhook-target-guard';
import { loadNotificationsConfig } from '../notifications.config';
import { RecipientChannels, RecipientRepository } from '../persistence/recipient.repository';
import { PutRecipientChannels } from './put-recipient-channels';

const agencyA = { kind: 'agency', id: 'agency-a' } as const;
const admin = { sub: 'u1', roles: ['agency_admin'], agencyId: 'agency-a' } as const;
const SECRET = `whsec_${Buffer.alloc(32, 3).toString('base64')}`;

function setup(current?: Partial<RecipientChannels>, requireHttps = false, verdict: CheckVerdict = 'allowed') {
  const saved: Omit<RecipientChannels, 'version' | 'updatedAt'>[] = [];
  const recipients = {
    find: jest.fn(async () => (current ? ({ recipient: agencyA, language: 'fr', emails: [], phones: [], version: 1, updatedAt: new Date(), updatedBy: 'x', ...current }) : undefined)),
    save: jest.fn(async (c: Omit<RecipientChannels, 'version' | 'updatedAt'>) => {
      saved.push(c);
      return { ...c, version: 2, updatedAt: new Date('2027-03-10T12:00:00Z') };
    }),
  } as unknown as RecipientRepository;
  const audit = new RecordingAudit();
  const config = loadNotificationsConfig({ WEBHOOK_REQUIRE_HTTPS: String(requireHttps) });
  const targets = { check: jest.fn(async () => verdict) } as unknown as WebhookTargetGuard;
  return { useCase: new PutRecipientChannels(config, fakeTransactions().tx, recipients, audit.trail, targets), saved, audit, recipients };
}

describe('PutRecipientChannels', () => {
  it('refuses an agency administrator for another agency before touching anything', async () => {
    const { useCase, recipients } = setup();
    await expect(useCase.execute(admin as never, { kind: 'agency', id: 'agency-b' }, { language: 'fr' })).rejects.toBeInstanceOf(NotificationsException);
    expect(recipients.find).not.toHaveBeenCalled();
  });

  it('keeps the registered secret when the body leaves it out', async () => {
    const { useCase, saved } = setup({ webhook: { url: 'https://old.example.ml', secret: SECRET } });
    const view = await useCase.execute(admin as never, agencyA, { webhook: { url: 'https://new.example.ml' }, language: 'en' });
    expect(saved[0].webhook).toEqual({ url: 'https://new.example.ml', secret: SECRET });
    expect(view.webhook).toEqual({ url: 'https://new.example.ml', secretConfigured: true });
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });

  it('requires a secret for a new webhook, as a field error', async () => {
    const { useCase, saved } = setup();
    const error = await useCase.execute(admin as never, agencyA, { webhook: { url: 'https://x.example.ml' }, language: 'fr' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationException);
    const [root] = (error as RequestValidationException).validationErrors;
    expect([root.property, root.children?.[0].property, Object.keys(root.children?.[0].constraints ?? {})]).toEqual(['webhook', 'secret', ['webhookSecretRequired']]);
    expect(saved).toEqual([]);
  });

  it('refuses plain http when https is required', async () => {
    const { useCase } = setup(undefined, true);
    await expect(useCase.execute(admin as never, agencyA, { webhook: { url: 'http://x.example.ml', secret: SECRET }, language: 'fr' })).rejects.toBeInstanceOf(
      RequestValidationException,
    );
  });

  it('audits counts and flags, never addresses, numbers or the secret', async () => {
    const { useCase, audit } = setup();
    await useCase.execute(admin as never, agencyA, {
      webhook: { url: 'https://x.example.ml', secret: SECRET },
      emails: ['a@b.ml'],
      phones: ['+22376000000'],
      language: 'fr',
    });
    expect(audit.entries).toEqual([
      {
        actor: 'u1',
        action: 'recipient.channels.update',
        resourceType: 'recipient',
        resourceId: 'agency:agency-a',
        outcome: 'success',
        details: { language: 'fr', webhook: true, webhookSecretChanged: true, emailCount: 1, phoneCount: 1, version: 2 },
      },
    ]);
  });

  it.each<[CheckVerdict, string]>([
    ['forbidden', 'webhookTargetForbidden'],
    ['internal', 'webhookTargetInternal'],
  ])('refuses a webhook whose target is %s, field by field, saving nothing', async (verdict, code) => {
    const { useCase, recipients } = setup(undefined, false, verdict);
    const error = await useCase.execute(admin as never, agencyA, { webhook: { url: 'https://relais.example.ml', secret: SECRET }, language: 'fr' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationException);
    expect(JSON.stringify((error as RequestValidationException).validationErrors)).toContain(code);
    expect(recipients.save).not.toHaveBeenCalled();
  });

  it('saves a webhook whose name does not resolve yet (every delivery is judged when it connects)', async () => {
    const { useCase, saved } = setup(undefined, false, 'unresolvable');
    await useCase.execute(admin as never, agencyA, { webhook: { url: 'https://relais.example.ml', secret: SECRET }, language: 'fr' });
    expect(saved).toHaveLength(1);
  });
});
