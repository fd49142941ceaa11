import {
  CaseOpened, CaseTransferred, HearingScheduled, JudgmentRendered, PersonalDataErased, ReferralAccepted, ReferralAcknowledged, ReferralClosed,
  ReferralCreated, ReferralDeclined, ReferralEscalated, uuidv7, VictimLinked,
} from '@relais/contracts';
import { eventually } from '@relais/testing';
import { Webhook } from 'standardwebhooks';
import { Harness, newSecret, startHarness, users } from './support/harness';
import { HttpRecorder } from './support/http-recorder';
import * as s from './support/samples';
import { SmtpRecorder } from './support/smtp-recorder';

jest.setTimeout(120_000);

const A = 'agency-shelter-mopti';
const B = 'agency-health-segou';
const OFFICE = 'tgi-mopti';

/** Each configured recipient: its webhook path and secret, its address, its number, its language. */
const RECIPIENTS = {
  [`agency:${A}`]: { id: A, kind: 'agency', path: '/agency', secret: newSecret(), email: 'permanence@shelter-mopti.ml', phone: '+22376000001', language: 'fr' },
  [`office:${OFFICE}`]: { id: OFFICE, kind: 'office', path: '/office', secret: newSecret(), email: 'greffe@parquet-mopti.ml', phone: '+22376000002', language: 'en' },
  'coordinator:coordinator': { id: 'coordinator', kind: 'coordinator', path: '/coordinator', secret: newSecret(), email: 'veille@cncltp.ml', phone: '+22376000003', language: 'en' },
} as const;

describe('notifications reach the right recipients on each configured channel (real Kafka, Postgres, SMTP, HTTP)', () => {
  let h: Harness;
  const webhooks = new HttpRecorder();
  const gateway = new HttpRecorder();
  const smtp = new SmtpRecorder();

  beforeAll(async () => {
    await Promise.all([webhooks.start(), gateway.start(), smtp.start()]);
    h = await startHarness({
      SMTP_URL: smtp.url,
      SMS_GATEWAY_URL: gateway.url('/sms'),
      DELIVERY_RETRY_BASE_MS: '50',
      DELIVERY_RETRY_CAP_MS: '500',
      DELIVERY_RETRY_WINDOW_MS: '60000',
    });
    for (const r of Object.values(RECIPIENTS)) {
      const saved = await h.call(`/api/v1/recipients/${r.id}/channels?kind=${r.kind}`, users.coordinator, {
        method: 'PUT',
        body: { webhook: { url: webhooks.url(r.path), secret: r.secret }, emails: [r.email], phones: [r.phone], language: r.language },
      });
      expect(saved.status).toBe(200);
    }
  });

  afterAll(async () => {
    await h?.close();
    await Promise.all([webhooks.close(), gateway.close(), smtp.close()]);
  });

  const ALL = ['email', 'inbox', 'sms', 'webhook'];
  const expectSet = (recipient: string, channels: string[]) => channels.map((c) => `${recipient}/${c}`);

  /** Waits until the event was handled and every delivery it made is final; returns them. */
  async function settled(eventId: string, expected: string[]) {
    return eventually(async () => {
      const handled = await h.db.query(`SELECT 1 FROM audit_log WHERE action = 'event.notify' AND resource_id = $1`, [eventId]);
      expect(handled).toHaveLength(1);
      const rows = await h.deliveriesOf(eventId);
      expect(rows.map((r) => `${r.recipient}/${r.channel}`).sort()).toEqual([...expected].sort());
      expect(rows.filter((r) => r.status !== 'delivered')).toEqual([]);
      return rows;
    }, 30_000);
  }

  /** Every non-inbox delivery reached the recipient's own receiver, once, signed, in its language. */
  function expectReceived(rows: { id: string; recipient: string; channel: string }[], eventId: string) {
    for (const row of rows) {
      const r = RECIPIENTS[row.recipient as keyof typeof RECIPIENTS];
      if (row.channel === 'webhook') {
        const hits = webhooks.requests.filter((q) => q.headers['webhook-id'] === row.id);
        expect(hits.map((q) => q.path)).toEqual([r.path]);
        const verified = new Webhook(r.secret).verify(hits[0].body, hits[0].headers as Record<string, string>) as { id: string };
        expect(verified.id).toBe(eventId);
        expect(hits[0].headers['content-type']).toBe('application/cloudevents+json');
      } else if (row.channel === 'email') {
        const mails = smtp.received.filter((m) => m.headers['x-relais-delivery-id'] === row.id);
        expect(mails.map((m) => m.to)).toEqual([[r.email]]);
        expect(mails[0].headers['content-language']).toBe(r.language);
      } else if (row.channel === 'sms') {
        const texts = gateway.requests.map((q) => JSON.parse(q.body)).filter((m) => String(m.reference).startsWith(row.id));
        expect(texts.length).toBeGreaterThan(0);
        expect(new Set(texts.map((m) => m.to))).toEqual(new Set([r.phone]));
      }
    }
  }

  const facts = s.referralFacts({ agencyId: A });
  const caseFacts = s.caseFacts({ officeId: OFFICE });
  const RULES: [string, () => Promise<{ id: string }>, string[]][] = [
    ['referral.created → the agency, every channel', () => h.publish(ReferralCreated, s.created(facts)), expectSet(`agency:${A}`, ALL)],
    ['referral.acknowledged → the agency inbox', () => h.publish(ReferralAcknowledged, s.acknowledged(facts)), expectSet(`agency:${A}`, ['inbox'])],
    ['referral.accepted → the coordinator inbox only', () => h.publish(ReferralAccepted, s.accepted(facts)), expectSet('coordinator:coordinator', ['inbox'])],
    ['referral.declined → the coordinator, every channel', () => h.publish(ReferralDeclined, s.declined(s.referralFacts({ agencyId: A }))), expectSet('coordinator:coordinator', ALL)],
    [
      'referral.escalated naming an agency → the coordinator and the agency',
      () => h.publish(ReferralEscalated, s.escalated({ agencyId: A })),
      [...expectSet('coordinator:coordinator', ALL), ...expectSet(`agency:${A}`, ALL)],
    ],
    [
      'referral.escalated without a candidate → the coordinator',
      () => h.publish(ReferralEscalated, s.escalated({ agencyId: undefined, referralId: undefined, reference: undefined, cause: 'noCandidate' })),
      expectSet('coordinator:coordinator', ALL),
    ],
    ['referral.closed → the coordinator inbox', () => h.publish(ReferralClosed, s.closed(facts)), expectSet('coordinator:coordinator', ['inbox'])],
    ['prosecution.case-opened → the office, every channel', () => h.publish(CaseOpened, s.caseOpened(caseFacts)), expectSet(`office:${OFFICE}`, ALL)],
    [
      'prosecution.case-transferred → the new office, and the former office inbox',
      () => h.publish(CaseTransferred, s.transferred(caseFacts, 'tgi-kayes')),
      [...expectSet(`office:${OFFICE}`, ALL), 'office:tgi-kayes/inbox'],
    ],
    ['an agency without channels → its inbox only', () => h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId: B }))), [`agency:${B}/inbox`]],
    ['prosecution.victim-linked → nobody', () => h.publish(VictimLinked, s.victimLinked(caseFacts)), []],
  ];

  it.each(RULES)('%s', async (_, publish, expected) => {
    const event = await publish();
    const rows = await settled(event.id, expected);
    expectReceived(rows, event.id);
  });

  it('writes SMTP and SMS messages in the language of each recipient', async () => {
    const fr = await h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId: A, reference: 'R-7K2M9QXA' })));
    const en = await h.publish(CaseOpened, s.caseOpened(s.caseFacts({ officeId: OFFICE, reference: 'C-0123ABCD' })));
    const [frRows, enRows] = await Promise.all([settled(fr.id, expectSet(`agency:${A}`, ALL)), settled(en.id, expectSet(`office:${OFFICE}`, ALL))]);
    const mail = (rows: { id: string; channel: string }[]) => smtp.received.find((m) => m.headers['x-relais-delivery-id'] === rows.find((r) => r.channel === 'email')!.id)!;
    const sms = (rows: { id: string; channel: string }[]) => JSON.parse(gateway.requests.find((q) => JSON.parse(q.body).reference === rows.find((r) => r.channel === 'sms')!.id)!.body);

    expect(mail(frRows).subject).toBe('[Relais] Nouvelle orientation R-7K2M9QXA');
    expect(mail(frRows).text).toContain('Nouvelle orientation R-7K2M9QXA : fille, 9-17 ans, région de Mopti, besoin : hébergement. Accusé de réception attendu avant le 10/03/2027 à 14 h 30.');
    expect(mail(frRows).text).toContain('Il ne contient aucune donnée personnelle');
    expect(sms(frRows)).toEqual({
      to: RECIPIENTS[`agency:${A}`].phone,
      text: 'Nouvelle orientation R-7K2M9QXA : fille, 9-17 ans, région de Mopti, besoin : hébergement. Accusé de réception avant le 10/03/2027 à 14 h 30.',
      reference: frRows.find((r) => r.channel === 'sms')!.id,
      encoding: 'GSM-7',
    });

    expect(mail(enRows).subject).toBe('[Relais] New case C-0123ABCD');
    expect(mail(enRows).text).toContain('New case C-0123ABCD opened from an identification on 10 Mar 2027, 12:45: Mopti region, 1 victim.');
    expect(sms(enRows).text).toBe('New case C-0123ABCD opened from an identification on 10 Mar 2027, 12:45: Mopti region, 1 victim.');
  });

  it('emits notifications.delivered.v1 for every delivery, without content or address', async () => {
    const event = await h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId: A })));
    const rows = await settled(event.id, expectSet(`agency:${A}`, ALL));
    const delivered = await eventually(async () => {
      const all = (await h.producedEvents<{ eventId: string; deliveryId: string; channel: string; attempts: number }>('notifications.delivered.v1')).filter(
        (e) => e.data.eventId === event.id,
      );
      expect(all).toHaveLength(4);
      return all;
    });
    expect(delivered.map((e) => e.data.deliveryId).sort()).toEqual(rows.map((r) => r.id).sort());
    expect(delivered.every((e) => e.causationid === event.id && e.data.attempts === 1)).toBe(true);
    expect(JSON.stringify(delivered)).not.toMatch(/@|\+2237|whsec_/);
  });

  it('sends nothing twice when an event is delivered again', async () => {
    const id = uuidv7();
    const data = s.created(s.referralFacts({ agencyId: A }));
    await h.publish(ReferralCreated, data, { id });
    const rows = await settled(id, expectSet(`agency:${A}`, ALL));
    await h.publish(ReferralCreated, data, { id });
    await h.publish(ReferralCreated, data, { id });
    // The copies are consumed (the inbox records them as duplicates) before we count.
    const later = await h.publish(ReferralAcknowledged, s.acknowledged(s.referralFacts({ agencyId: A, referralId: data.referralId })));
    await settled(later.id, expectSet(`agency:${A}`, ['inbox']));
    expect(await h.deliveriesOf(id)).toEqual(rows);
    expect(webhooks.requests.filter((q) => q.headers['webhook-id'] === rows.find((r) => r.channel === 'webhook')!.id)).toHaveLength(1);
    expect(smtp.received.filter((m) => m.headers['x-relais-delivery-id'] === rows.find((r) => r.channel === 'email')!.id)).toHaveLength(1);
    expect(gateway.requests.filter((q) => JSON.parse(q.body).reference === rows.find((r) => r.channel === 'sms')!.id)).toHaveLength(1);
  });

  it('lets no personal data through, even when a producer slips some into an event', async () => {
    const leaky = { ...s.created(s.referralFacts({ agencyId: A })), ...s.PERSONAL_SAMPLE } as unknown as ReturnType<typeof s.created>;
    const event = await h.publish(ReferralCreated, leaky);
    const rows = await settled(event.id, expectSet(`agency:${A}`, ALL));
    const ids = new Set(rows.map((r) => r.id));
    const outgoing = [
      ...webhooks.requests.filter((q) => ids.has(String(q.headers['webhook-id']))).map((q) => q.body),
      ...smtp.received.filter((m) => ids.has(m.headers['x-relais-delivery-id'])).map((m) => `${m.subject}\n${m.text}`),
      ...gateway.requests.filter((q) => ids.has(String(JSON.parse(q.body).reference).slice(0, 36))).map((q) => q.body),
      JSON.stringify((await h.db.query(`SELECT payload FROM notified_events WHERE event_id = $1`, [event.id]))[0]),
    ];
    expect(outgoing).toHaveLength(4);
    for (const text of outgoing) {
      for (const value of s.PERSONAL_VALUES) expect(text).not.toContain(value);
      expect(text).not.toMatch(/givenNames|familyName|dateOfBirth|narrative/);
    }
  });

  describe('hearings and judgments reach the agencies accompanying a victim, whatever the order of arrival', () => {
    const hearingOf = (victimRef: string, extra: Partial<ReturnType<typeof s.caseFacts>> = {}) => s.hearing(s.caseFacts({ victimRefs: [victimRef], ...extra }));

    it('acceptance first, then the hearing', async () => {
      const f = s.referralFacts({ agencyId: A });
      await settled((await h.publish(ReferralAccepted, s.accepted(f))).id, ['coordinator:coordinator/inbox']);
      const hearing = await h.publish(HearingScheduled, hearingOf(f.victimRef));
      expectReceived(await settled(hearing.id, expectSet(`agency:${A}`, ALL)), hearing.id);
    });

    it('the hearing first, then the acceptance', async () => {
      const f = s.referralFacts({ agencyId: A });
      const hearing = await h.publish(HearingScheduled, hearingOf(f.victimRef));
      await settled(hearing.id, []);
      const accepted = await h.publish(ReferralAccepted, s.accepted(f));
      await settled(accepted.id, ['coordinator:coordinator/inbox']);
      expectReceived(await settled(hearing.id, expectSet(`agency:${A}`, ALL)), hearing.id);
    });

    it('a victim linked to the case after the hearing', async () => {
      const f = s.referralFacts({ agencyId: B });
      const c = s.caseFacts({ victimRefs: [s.referralFacts().victimRef] });
      const hearing = await h.publish(HearingScheduled, s.hearing(c));
      await settled((await h.publish(ReferralAccepted, s.accepted(f))).id, ['coordinator:coordinator/inbox']);
      await settled(hearing.id, []);
      await h.publish(VictimLinked, s.victimLinked(c, f.victimRef));
      await settled(hearing.id, [`agency:${B}/inbox`]);
    });

    it('a judgment, to the accompanying agency', async () => {
      const f = s.referralFacts({ agencyId: A });
      await settled((await h.publish(ReferralAccepted, s.accepted(f))).id, ['coordinator:coordinator/inbox']);
      const judgment = await h.publish(JudgmentRendered, s.judgment(s.caseFacts({ victimRefs: [f.victimRef] })));
      await settled(judgment.id, expectSet(`agency:${A}`, ALL));
    });

    it('not to an agency whose referral closed before, or that accepted after the hearing took place', async () => {
      const closedEarly = s.referralFacts({ agencyId: A });
      await h.publish(ReferralAccepted, s.accepted(closedEarly, s.at('2020-01-10T10:00:00')));
      await h.publish(ReferralClosed, s.closed(closedEarly, s.at('2020-02-10T10:00:00')));
      const acceptedLate = s.referralFacts({ agencyId: B });
      const late = await h.publish(ReferralAccepted, s.accepted(acceptedLate, s.at('2027-05-01T10:00:00')));
      await settled(late.id, ['coordinator:coordinator/inbox']);
      const hearing = await h.publish(HearingScheduled, s.hearing(s.caseFacts({ victimRefs: [closedEarly.victimRef, acceptedLate.victimRef] }), s.at('2027-04-15T09:00:00')));
      await settled(hearing.id, []);
    });

    it('even when the acceptance and the hearing are handled at the same moment', async () => {
      const pairs = Array.from({ length: 12 }, () => s.referralFacts({ agencyId: B }));
      const published = await Promise.all(
        pairs.flatMap((f) => [h.publish(ReferralAccepted, s.accepted(f)), h.publish(HearingScheduled, hearingOf(f.victimRef))]),
      );
      const hearings = published.filter((e) => e.type === HearingScheduled.type);
      for (const hearing of hearings) await settled(hearing.id, [`agency:${B}/inbox`]);
    });

    it('not about a person whose data was erased', async () => {
      const f = s.referralFacts({ agencyId: A });
      await h.publish(ReferralAccepted, s.accepted(f));
      const erased = await h.publish(PersonalDataErased, s.erased(f.victimRef));
      await settled(erased.id, []);
      const hearing = await h.publish(HearingScheduled, hearingOf(f.victimRef));
      await settled(hearing.id, []);
      expect(await h.db.query(`SELECT 1 FROM referral_holdings WHERE victim_ref = $1 UNION ALL SELECT 1 FROM case_victims WHERE victim_ref = $1`, [f.victimRef])).toEqual([]);
    });
  });

  describe('in-app inbox', () => {
    let created: { id: string };
    const inbox = (as: Parameters<Harness['call']>[1], query = '', language?: string) =>
      h.call(`/api/v1/notifications${query}`, as, { headers: language ? { 'accept-language': language } : {} });

    beforeAll(async () => {
      created = await h.publish(ReferralCreated, s.created(s.referralFacts({ agencyId: A })));
      await settled(created.id, expectSet(`agency:${A}`, ALL));
    });

    it("shows an agency's notifications to its staff, in their language", async () => {
      const fr = await inbox(users.caseworkerOf(A));
      expect(fr.status).toBe(200);
      const item = fr.body.items.find((i: { eventId: string }) => i.eventId === created.id);
      expect(item).toMatchObject({ recipientKind: 'agency', recipientId: A, eventType: 'referral.created.v1', read: false, readAt: null });
      expect(item.title).toMatch(/^Nouvelle orientation R-/);
      const en = await inbox(users.caseworkerOf(A), '', 'en');
      expect(en.body.items.find((i: { eventId: string }) => i.eventId === created.id).body).toMatch(/^New referral R-.*: girl, 9-17 years, Mopti region, need: shelter\./);
      expect(fr.body.items.every((i: { recipientId: string }) => i.recipientId === A)).toBe(true);
    });

    it('keeps read marks per user', async () => {
      const reader = users.caseworkerOf(A, 1);
      const colleague = users.caseworkerOf(A, 2);
      const before = (await inbox(reader, '?unread=true')).body;
      const item = before.items.find((i: { eventId: string }) => i.eventId === created.id);
      const read = await h.call(`/api/v1/notifications/${item.id}/read`, reader, { method: 'POST' });
      expect(read.status).toBe(200);
      expect(read.body).toMatchObject({ id: item.id, read: true, readAt: expect.any(String) });
      const again = await h.call(`/api/v1/notifications/${item.id}/read`, reader, { method: 'POST' });
      expect(again.body.readAt).toBe(read.body.readAt);
      const after = (await inbox(reader, '?unread=true')).body;
      expect(after.unreadCount).toBe(before.unreadCount - 1);
      expect(after.items.map((i: { id: string }) => i.id)).not.toContain(item.id);
      expect((await inbox(colleague, '?unread=true')).body.items.map((i: { id: string }) => i.id)).toContain(item.id);
      const audits = await h.db.query(`SELECT actor FROM audit_log WHERE action = 'notification.read' AND resource_id = $1`, [item.id]);
      expect(audits).toEqual([{ actor: reader.sub }]);
    });

    it('pages newest first with an opaque cursor, every notification once, the last page without one', async () => {
      const all = (await inbox(users.caseworkerOf(A), '?limit=200')).body;
      expect(all.items.length).toBeGreaterThan(2);
      expect(all).not.toHaveProperty('nextCursor');
      const seen: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await inbox(users.caseworkerOf(A), `?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        expect(page.status).toBe(200);
        expect(page.body.items.length).toBeLessThanOrEqual(2);
        expect(page.body.unreadCount).toBe(all.unreadCount);
        seen.push(...page.body.items.map((i: { id: string }) => i.id));
        cursor = page.body.nextCursor;
        if (cursor) expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      } while (cursor);
      expect(seen).toEqual(all.items.map((i: { id: string }) => i.id));
      expect([...seen].sort().reverse()).toEqual(seen);
    });

    it('refuses the old `before`, a cursor of another list and a tampered one, field by field in the caller’s language', async () => {
      const newest = (await inbox(users.caseworkerOf(A), '?limit=1')).body.items[0];
      const old = await inbox(users.caseworkerOf(A), `?before=${newest.id}`);
      expect(old.status).toBe(400);
      expect(old.body.errors.map((e: { field: string }) => e.field)).toEqual(['before']);
      const foreign = Buffer.from(`2026-11-20T10:00:00.000000Z|${newest.id}`).toString('base64url');
      for (const cursor of [foreign, newest.id, 'not-a-cursor']) {
        const bad = await inbox(users.caseworkerOf(A), `?cursor=${cursor}`);
        expect(bad.status).toBe(400);
        expect(bad.body.errors).toEqual([
          expect.objectContaining({ field: 'cursor', code: 'isCursor', message: "cursor n'est pas un curseur de pagination valide : reprenez celui de la page précédente." }),
        ]);
      }
      const english = await inbox(users.caseworkerOf(A), `?cursor=${foreign}`, 'en');
      expect(english.body.errors).toEqual([
        expect.objectContaining({ field: 'cursor', code: 'isCursor', message: 'cursor is not a valid pagination cursor: use the one from the previous page.' }),
      ]);
    });

    it('pages the deliveries of an event the same way', async () => {
      const all = (await h.call(`/api/v1/deliveries?eventId=${created.id}`, users.coordinator)).body;
      expect(all.items.length).toBeGreaterThan(2);
      expect(all).not.toHaveProperty('nextCursor');
      const first = (await h.call(`/api/v1/deliveries?eventId=${created.id}&limit=2`, users.coordinator)).body;
      expect(first.items.map((d: { id: string }) => d.id)).toEqual(all.items.slice(0, 2).map((d: { id: string }) => d.id));
      const rest = (await h.call(`/api/v1/deliveries?eventId=${created.id}&limit=200&cursor=${first.nextCursor}`, users.coordinator)).body;
      expect(rest).not.toHaveProperty('nextCursor');
      expect(rest.items.map((d: { id: string }) => d.id)).toEqual(all.items.slice(2).map((d: { id: string }) => d.id));
      const bad = await h.call(`/api/v1/deliveries?limit=201&cursor=zz&before=${created.id}`, users.coordinator);
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['before', 'cursor', 'limit']);
    });

    it("shows the office's and the coordinator's inboxes to their own users only", async () => {
      const office = (await inbox(users.prosecutorOf(OFFICE))).body.items;
      expect(office.length).toBeGreaterThan(0);
      expect(office.every((i: { recipientKind: string; recipientId: string }) => i.recipientKind === 'office' && i.recipientId === OFFICE)).toBe(true);
      const coordinator = (await inbox(users.coordinator)).body.items;
      expect(coordinator.every((i: { recipientKind: string }) => i.recipientKind === 'coordinator')).toBe(true);
      expect(coordinator.map((i: { eventType: string }) => i.eventType)).toContain('referral.accepted.v1');
    });

    it("answers another agency's notification as absent, and refuses users without an inbox", async () => {
      const mine = (await inbox(users.caseworkerOf(A))).body.items[0];
      const other = await h.call(`/api/v1/notifications/${mine.id}/read`, users.caseworkerOf(B), { method: 'POST' });
      expect([other.status, other.body.code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
      expect((await inbox(users.officer)).status).toBe(403);
      const noClaim = await inbox({ sub: 'u-x', roles: ['agency_caseworker'] });
      expect([noClaim.status, noClaim.body.code]).toEqual([403, 'NO_INBOX']);
      const bad = await inbox(users.caseworkerOf(A), '?unread=maybe&limit=0&colour=red');
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'limit', 'unread']);
    });
  });
});
