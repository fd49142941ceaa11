import { Principal } from '@relais/auth';
import { agency, COORDINATOR, office, RecipientRef } from './recipients';

/**
 * The inboxes a user reads: their agency's (caseworkers and administrators, from the `agencyId`
 * claim), their prosecutor office's (`jurisdiction`), the coordinator's. A user may hold several;
 * a role without the claim it needs reads nothing rather than everything.
 */
export function inboxesOf(principal: Principal): RecipientRef[] {
  const inboxes: RecipientRef[] = [];
  const roles = new Set(principal.roles);
  if ((roles.has('agency_caseworker') || roles.has('agency_admin')) && principal.agencyId) inboxes.push(agency(principal.agencyId));
  if (roles.has('prosecutor') && principal.jurisdiction) inboxes.push(office(principal.jurisdiction));
  if (roles.has('coordinator')) inboxes.push(COORDINATOR);
  return inboxes;
}

/** Who may configure a recipient's channels: its own agency administrator, the coordinator, a system administrator. */
export function mayManageChannels(principal: Principal, recipient: RecipientRef): boolean {
  const roles = new Set(principal.roles);
  if (roles.has('coordinator') || roles.has('system_admin')) return true;
  return roles.has('agency_admin') && recipient.kind === 'agency' && recipient.id === principal.agencyId;
}
