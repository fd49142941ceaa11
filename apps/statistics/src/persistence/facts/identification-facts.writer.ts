import { ConsentChangedV1, IdentificationCorrectedV1, PersonalDataErasedV1, VictimIdentifiedV1 } from '@relais/contracts';
import { sql } from 'kysely';
import { glotipCategories } from '../../domain/trafficking';
import { Column, distinct, factsOf, least, newer, Recount, recountMonths, sameOrLaterEvent, takeIf, Target, write } from './fact-sql';
import { queueVictim } from './judgment-dirty.writer';

const TABLE = 'identification_facts';
const RECOUNT: Recount<typeof TABLE> = { table: TABLE, months: ['month'], cubes: ['victims'] };

/** The attributes intake may correct, replaced together by the newest version. */
const CORRECTABLE: Column<typeof TABLE>[] = ['region', 'forms', 'needs', 'assessment', 'trafficking', 'glotip_forms', 'attrs_as_of', 'attrs_event'];
const CONSENT: Column<typeof TABLE>[] = ['consent_withdrawn', 'consent_as_of', 'consent_event'];

function attributes(d: VictimIdentifiedV1 | IdentificationCorrectedV1) {
  const forms = distinct(d.forms);
  const glotip = glotipCategories(forms);
  return { region: d.region, forms, needs: distinct(d.needs.map((n) => n.need)), assessment: d.assessment, trafficking: glotip.length > 0, glotip_forms: glotip };
}

/** One row per identification: who was identified, the correctable attributes, the consent; each group converges on its own. */
export async function identified(to: Target, d: VictimIdentifiedV1): Promise<void> {
  const upsert = factsOf(to)
    .insertInto(TABLE)
    .values({
      identification_id: d.identificationId, identified_at: d.identifiedAt, identified_event: to.eventId, institution: d.institution,
      sex: d.sex, age_group: d.ageGroup, minor: d.isMinor, nationalities: distinct(d.nationalities), ...attributes(d),
      attrs_as_of: d.identifiedAt, attrs_event: to.eventId, consent_withdrawn: false, consent_as_of: d.identifiedAt, consent_event: to.eventId,
    })
    .onConflict((oc) =>
      oc.column('identification_id').doUpdateSet({
        ...takeIf(TABLE, sameOrLaterEvent(TABLE, 'identified_event'), ['identified_at', 'identified_event', 'institution', 'sex', 'age_group', 'minor', 'nationalities']),
        ...takeIf(TABLE, newer(TABLE, 'attrs_as_of', 'attrs_event'), CORRECTABLE),
        ...takeIf(TABLE, newer(TABLE, 'consent_as_of', 'consent_event'), CONSENT),
      }),
    )
    .returning('month');
  await write(to, recountMonths(to, RECOUNT, { identification_id: d.identificationId }, upsert, [queueVictim(to, d.identificationId)]));
}

export async function corrected(to: Target, d: IdentificationCorrectedV1): Promise<void> {
  const upsert = factsOf(to)
    .insertInto(TABLE)
    .values({ identification_id: d.identificationId, ...attributes(d), attrs_as_of: d.correctedAt, attrs_event: to.eventId })
    .onConflict((oc) => oc.column('identification_id').doUpdateSet(takeIf(TABLE, newer(TABLE, 'attrs_as_of', 'attrs_event'), CORRECTABLE)))
    .returning('month');
  // A correction leaves identified_at, and so the month, alone: the month recounted is the one the row is in.
  // The region is also that of the victim's time to judgment.
  await write(to, recountMonths(to, RECOUNT, { identification_id: d.identificationId }, upsert, [queueVictim(to, d.identificationId)]));
}

export async function consentChanged(to: Target, d: ConsentChangedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .values({ identification_id: d.identificationId, consent_withdrawn: d.consent.withdrawn, consent_as_of: d.changedAt, consent_event: to.eventId })
      .onConflict((oc) => oc.column('identification_id').doUpdateSet(takeIf(TABLE, newer(TABLE, 'consent_as_of', 'consent_event'), CONSENT))),
  );
}

/** Statistics hold nothing personal, so an erasure only records that it happened. */
export async function erased(to: Target, d: PersonalDataErasedV1): Promise<void> {
  await write(
    to,
    factsOf(to)
      .insertInto(TABLE)
      .columns(['identification_id', 'erased_at'])
      .expression(sql`SELECT id, ${d.erasedAt} FROM unnest(${distinct(d.identificationIds)}::uuid[]) AS id`)
      .onConflict((oc) => oc.column('identification_id').doUpdateSet({ erased_at: least(TABLE, 'erased_at') })),
  );
}
