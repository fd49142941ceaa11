import { Principal, TokenIssuer } from '@relais/auth';

/**
 * The people of the demo scenario, one per role. Agency and office ids are those of the demo
 * directory (apps/referral/data) and the demo prosecutor offices (apps/prosecution/data).
 */
export const DEMO_PRINCIPALS: { label: string; principal: Principal }[] = [
  {
    label: 'police_officer — Commissariat de Mopti, 1er arrondissement',
    principal: { sub: 'demo-officer-mopti', roles: ['police_officer'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police' },
  },
  {
    label: 'police_supervisor — Mopti region',
    principal: { sub: 'demo-supervisor-mopti', roles: ['police_supervisor'], unitId: 'police-mopti-1', region: 'mopti', institution: 'police' },
  },
  {
    label: 'agency_caseworker — child protection, Mopti (demo)',
    principal: { sub: 'demo-caseworker-cp-mopti', roles: ['agency_caseworker'], agencyId: 'demo-cp-mopti', region: 'mopti' },
  },
  {
    label: 'agency_admin — child protection, Mopti (demo)',
    principal: { sub: 'demo-admin-cp-mopti', roles: ['agency_admin'], agencyId: 'demo-cp-mopti', region: 'mopti' },
  },
  {
    label: 'prosecutor — parquet of the TGI of Mopti (demo)',
    principal: { sub: 'demo-prosecutor-mopti', roles: ['prosecutor'], jurisdiction: 'parquet-tgi-mopti', region: 'mopti' },
  },
  { label: 'coordinator — CNCLTP/PA', principal: { sub: 'demo-coordinator', roles: ['coordinator'] } },
  { label: 'statistician', principal: { sub: 'demo-statistician', roles: ['statistician'] } },
  { label: 'data_protection_officer', principal: { sub: 'demo-dpo', roles: ['data_protection_officer'] } },
  { label: 'system_admin', principal: { sub: 'demo-sysadmin', roles: ['system_admin'] } },
];

export async function demoTokens(): Promise<{ label: string; token: string }[]> {
  const issuer = new TokenIssuer();
  return Promise.all(DEMO_PRINCIPALS.map(async ({ label, principal }) => ({ label, token: await issuer.issueToken(principal) })));
}
