import type { AgencyView, UpdateAgencyBody } from '../api/agency';

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** Only what changed is sent: a profile edit then never asks the coordinator for nothing. */
export function changes(agency: AgencyView, draft: AgencyView): UpdateAgencyBody {
  const body: UpdateAgencyBody = { version: agency.version };
  if (draft.name !== agency.name) body.name = draft.name;
  if (!same(draft.languages, agency.languages)) body.languages = draft.languages;
  if (draft.capacity && JSON.stringify(draft.capacity) !== JSON.stringify(agency.capacity)) body.capacity = draft.capacity;
  if (!same(draft.regions, agency.regions)) body.regions = draft.regions;
  if (!same(draft.services, agency.services)) body.services = draft.services;
  const a = agency.accepts;
  const d = draft.accepts;
  if (d.adults !== a.adults || d.minors !== a.minors || !same(d.sexes, a.sexes)) body.accepts = d;
  return body;
}
