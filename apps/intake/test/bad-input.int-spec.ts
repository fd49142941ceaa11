import { adultBody, tokenOf } from './support/bodies';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

type Body = Record<string, unknown>;
type Case = [description: string, change: (body: Body) => unknown, field: string, code: string];

const DAY = 86_400_000;
const future = () => new Date(Date.now() + 2 * DAY).toISOString();
const daysAgo = (d: number) => new Date(Date.now() - d * DAY).toISOString();

/** Sets (or, with `undefined`, removes) a dotted path in a copy of the body. */
function set(body: Body, path: string, value: unknown): Body {
  const copy = structuredClone(body);
  const keys = path.split('.');
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  if (value === undefined) delete target[keys[keys.length - 1]];
  else target[keys[keys.length - 1]] = value;
  return copy;
}
const with_ = (path: string, value: unknown) => (body: Body) => set(body, path, value);
const without = (path: string) => (body: Body) => set(body, path, undefined);

const CASES: Case[] = [
  ['invalid UUID id', with_('id', 'not-a-uuid'), 'id', 'isUuid'],
  ['numeric id', with_('id', 42), 'id', 'isUuid'],
  ['missing identifiedAt', without('identifiedAt'), 'identifiedAt', 'isDateTimeWithOffset'],
  ['identifiedAt in the future', with_('identifiedAt', future()), 'identifiedAt', 'notInFuture'],
  ['identifiedAt without offset', with_('identifiedAt', '2026-11-20T10:00:00'), 'identifiedAt', 'isDateTimeWithOffset'],
  ['identifiedAt as a number', with_('identifiedAt', 1763632800000), 'identifiedAt', 'isDateTimeWithOffset'],
  ['unknown top-level field', with_('priority', 'high'), 'priority', 'whitelistValidation'],
  ['unit given in the body', with_('unitId', 'cp-kayes'), 'unitId', 'whitelistValidation'],
  ['unknown nested field', with_('person.nickname', 'Mimi'), 'person.nickname', 'whitelistValidation'],
  ['missing place', without('place'), 'place', 'isDefined'],
  ['place as a string', with_('place', 'Mopti'), 'place', 'isObject'],
  ['place as an empty list', with_('place', []), 'place', 'isObject'],
  ['region not a slug', with_('place.region', 'Mopti'), 'place.region', 'isIn'],
  ['missing region', without('place.region'), 'place.region', 'isIn'],
  ['latitude out of range', with_('place.latitude', 95), 'place.latitude', 'max'],
  ['latitude without longitude', without('place.longitude'), 'place.longitude', 'isNumber'],
  ['cercle that is not a place name', with_('place.cercle', '1234'), 'place.cercle', 'isPlaceName'],
  ['missing person', without('person'), 'person', 'isDefined'],
  ['missing given names', without('person.givenNames'), 'person.givenNames', 'isString'],
  ['blank given names', with_('person.givenNames', '   '), 'person.givenNames', 'isNotBlank'],
  ['family name too long', with_('person.familyName', 'x'.repeat(201)), 'person.familyName', 'maxLength'],
  ['sex not in the list', with_('person.sex', 'F'), 'person.sex', 'isIn'],
  ['gender identity not HTCDS', with_('person.genderIdentity', 'woman'), 'person.genderIdentity', 'isIn'],
  ['impossible birth date', with_('person.dateOfBirth', '2010-02-30'), 'person.dateOfBirth', 'isCalendarDate'],
  ['birth date in the future', with_('person.dateOfBirth', future().slice(0, 10)), 'person.dateOfBirth', 'notInFuture'],
  ['birth date after the identification', (b) => set(set(b, 'identifiedAt', daysAgo(10)), 'person.dateOfBirth', daysAgo(5).slice(0, 10)), 'person.dateOfBirth', 'notAfterIdentification'],
  ['both birth date and estimated age', with_('person.estimatedAge', 25), 'person.dateOfBirth', 'atMostOneOf'],
  ['negative estimated age', (b) => set(set(b, 'person.dateOfBirth', undefined), 'person.estimatedAge', -1), 'person.estimatedAge', 'min'],
  ['fractional estimated age', (b) => set(set(b, 'person.dateOfBirth', undefined), 'person.estimatedAge', 12.5), 'person.estimatedAge', 'isInt'],
  ['estimated age as a string', (b) => set(set(b, 'person.dateOfBirth', undefined), 'person.estimatedAge', '12'), 'person.estimatedAge', 'isInt'],
  ['presumed minor not a boolean', with_('person.presumedMinor', 'yes'), 'person.presumedMinor', 'isBoolean'],
  ['no nationality', with_('person.nationalities', []), 'person.nationalities', 'arrayMinSize'],
  ['unknown ISO country', with_('person.nationalities', ['XX']), 'person.nationalities', 'isIn'],
  ['lowercase ISO country', with_('person.nationalities', ['ml']), 'person.nationalities', 'isIn'],
  ['nationalities as a string', with_('person.nationalities', 'ML'), 'person.nationalities', 'isArray'],
  ['duplicate nationality', with_('person.nationalities', ['ML', 'ML']), 'person.nationalities', 'arrayUnique'],
  ['unknown language code', with_('person.languages', ['bambara']), 'person.languages', 'isIn'],
  ['phone that is not a number', with_('person.phone', 'call the uncle'), 'person.phone', 'isPhoneNumber'],
  ['blank address', with_('person.address', ''), 'person.address', 'isNotBlank'],
  ['document without issuing country', with_('person.identityDocuments', [{ type: 'passport', number: 'AA123' }]), 'person.identityDocuments.0.issuingCountry', 'isIn'],
  ['document of unknown type', with_('person.identityDocuments', [{ type: 'libraryCard', number: 'AA123', issuingCountry: 'ML' }]), 'person.identityDocuments.0.type', 'isIn'],
  ['documents not a list', with_('person.identityDocuments', 'NINA 123'), 'person.identityDocuments', 'isArray'],
  ['missing exploitation', without('exploitation'), 'exploitation', 'isDefined'],
  ['no form of exploitation', with_('exploitation.forms', []), 'exploitation.forms', 'arrayMinSize'],
  ['unknown form of exploitation', with_('exploitation.forms', ['Slavery']), 'exploitation.forms', 'isIn'],
  ['missing forms', without('exploitation.forms'), 'exploitation.forms', 'isArray'],
  ['unknown method of control', with_('exploitation.methodsOfControl', ['Beating']), 'exploitation.methodsOfControl', 'isIn'],
  ['labour sector without labour exploitation', with_('exploitation.forcedLabourSector', 'F_Construction'), 'exploitation.forcedLabourSector', 'requiresLabourForm'],
  ['sexual exploitation type without that form', with_('exploitation.forms', ['ForcedBegging']), 'exploitation.sexualExploitationType', 'requiresSexualExploitationForm'],
  ['start date not ISO', with_('exploitation.startedAt', '01/06/2025'), 'exploitation.startedAt', 'isCalendarDate'],
  ['country of exploitation by name', with_('exploitation.countryOfExploitation', 'Mali'), 'exploitation.countryOfExploitation', 'isIn'],
  ['unknown ILO indicator', with_('indicators', ['fear']), 'indicators', 'isIn'],
  ['missing indicators', without('indicators'), 'indicators', 'isArray'],
  ['unknown assessment', with_('assessment', 'Victim'), 'assessment', 'isIn'],
  ['unknown need', with_('needs', [{ need: 'food' }]), 'needs.0.need', 'isIn'],
  ['need listed twice', with_('needs', [{ need: 'shelter' }, { need: 'shelter', urgent: true }]), 'needs', 'arrayUnique'],
  ['urgency not a boolean', with_('needs', [{ need: 'shelter', urgent: 'yes' }]), 'needs.0.urgent', 'isBoolean'],
  ['need given as a bare string', with_('needs', ['shelter']), 'needs', 'isObject'],
  ['missing needs', without('needs'), 'needs', 'isArray'],
  ['missing consent', without('consent'), 'consent', 'isDefined'],
  ['consent to referral not a boolean', with_('consent.referral', 'yes'), 'consent.referral', 'isBoolean'],
  ['consent given by an unknown party', with_('consent.givenBy', 'mother'), 'consent.givenBy', 'isIn'],
  ['consent recorded in the future', with_('consent.recordedAt', future()), 'consent.recordedAt', 'notInFuture'],
  ['a child consenting alone', (b) => set(b, 'person.dateOfBirth', daysAgo(365 * 11).slice(0, 10)), 'consent.givenBy', 'minorConsentGiver'],
  ['blank suspect name', with_('suspects', [{ name: ' ' }]), 'suspects.0.name', 'isNotBlank'],
  ['unknown suspect role', with_('suspects', [{ role: 'Boss' }]), 'suspects.0.role', 'isIn'],
  ['suspects not a list', with_('suspects', { name: 'X' }), 'suspects', 'isArray'],
  ['narrative over 20,000 characters', with_('narrative', 'é'.repeat(20_001)), 'narrative', 'maxLength'],
  ['narrative as a number', with_('narrative', 12), 'narrative', 'isString'],
];

describe('bad input: each malformed identification is refused field by field, and changes nothing (real Postgres and Kafka)', () => {
  let h: Harness;
  const TABLES = ['identifications', 'idempotency_keys', 'outbox', 'audit_log', 'data_keys', 'consent_records', 'duplicate_keys'];
  const stored = async () => Object.fromEntries(await Promise.all(TABLES.map(async (t) => [t, await h.count(t)])));
  const nothing = Object.fromEntries(TABLES.map((t) => [t, 0]));

  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h?.close());

  it('has at least 50 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(CASES.map(([description, change, field, code]) => ({ description, change, field, code })))('$description → 400, $code on $field', async ({ change, field, code }) => {
    const response = await h.call('officerMopti', 'POST', '/api/v1/identifications', change(adultBody()));
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', correlationId: expect.any(String) });
    expect(response.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, code, message: expect.any(String) })]));
    expect(await stored()).toEqual(nothing);
  });

  it('answers in French by default and in English on request, never echoing the value refused', async () => {
    const body = set(set(adultBody(), 'person.sex', 'F'), 'person.nationalities', ['XX']);
    const fr = await h.call('officerMopti', 'POST', '/api/v1/identifications', body);
    expect(fr.headers.get('content-language')).toBe('fr');
    expect(fr.body.message).toMatch(/La requête est invalide \(2 erreur/);
    expect(fr.body.errors).toEqual([
      { field: 'person.sex', code: 'isIn', message: 'person.sex doit être l\'une des valeurs suivantes : female, male, unknown.' },
      { field: 'person.nationalities', code: 'isIn', message: expect.stringMatching(/^person\.nationalities doit être un code/) },
    ]);
    const en = await h.call('officerMopti', 'POST', '/api/v1/identifications', body, { 'Accept-Language': 'en-GB,en;q=0.9,fr;q=0.5' });
    expect(en.headers.get('content-language')).toBe('en');
    expect(en.body.message).toMatch(/The request is invalid \(2 error/);
    expect(en.body.errors[0].message).toBe('person.sex must be one of: female, male, unknown.');
    const child = set(adultBody(), 'person.dateOfBirth', daysAgo(365 * 11).slice(0, 10));
    expect((await h.call('officerMopti', 'POST', '/api/v1/identifications', child)).body.errors[0].message).toMatch(/tuteur/);
    expect((await h.call('officerMopti', 'POST', '/api/v1/identifications', child, { 'Accept-Language': 'en' })).body.errors[0].message).toMatch(/guardian/);
    expect(JSON.stringify(fr.body) + JSON.stringify(en.body)).not.toMatch(/Aminata|XX"/);
  });

  it('refuses malformed JSON, another content type and an oversized body in the same shape', async () => {
    const broken = await h.call('officerMopti', 'POST', '/api/v1/identifications', '{"id": ', {});
    expect([broken.status, broken.body.code]).toEqual([400, 'MALFORMED_JSON']);
    const token = await tokenOf('officerMopti');
    const text = await fetch(`${h.service.url}/api/v1/identifications`, { method: 'POST', headers: { 'content-type': 'text/plain', authorization: `Bearer ${token}` }, body: 'hello' });
    expect(text.status).toBe(415);
    const huge = await h.call('officerMopti', 'POST', '/api/v1/identifications', adultBody({ narrative: 'x'.repeat(6 * 1024 * 1024) }));
    expect([huge.status, huge.body.code]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
    expect(await stored()).toEqual(nothing);
  });

  it('refuses a body nested 50,000 deep with 400, never 500', async () => {
    const deep = `${'{"a":['.repeat(25_000)}1${']}'.repeat(25_000)}`;
    const answer = await h.call('officerMopti', 'POST', '/api/v1/identifications', deep, {});
    expect([answer.status, answer.body.code]).toEqual([400, 'JSON_TOO_DEEP']);
    expect(answer.body.message).toBe('Le corps de la requête est imbriqué trop profondément.');
    expect(await stored()).toEqual(nothing);
  });

  it('reads no more than 16 KB of a body sent without a token', async () => {
    const anonymous = await fetch(`${h.service.url}/api/v1/identifications`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(adultBody({ narrative: 'x'.repeat(20 * 1024) })),
    });
    expect(anonymous.status).toBe(413);
    const small = await fetch(`${h.service.url}/api/v1/identifications`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(small.status).toBe(401);
    expect(await stored()).toEqual(nothing);
  });

  it('published no event for any of them', async () => {
    await h.published();
    expect(await h.events()).toEqual([]);
  });
});
