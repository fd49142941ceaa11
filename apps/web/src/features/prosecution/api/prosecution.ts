import type { components } from '../../../shared/api/prosecution';
import { apiRequest } from '../../../shared/api/http';

type S = components['schemas'];
export type CaseSummary = S['CaseSummaryDto'];
export type CasePage = S['CasePageDto'];
export type CaseCounts = S['CaseCountsDto'];
export type CaseDetail = S['CaseDetailDto'];
export type Stage = CaseDetail['stage'];
export type DefendantDetail = S['DefendantDetailDto'];
export type ChangeStageBody = S['ChangeStageBody'];
export type ScheduleHearingBody = S['ScheduleHearingBody'];
export type RecordJudgmentBody = S['RecordJudgmentBody'];
export type HearingKind = ScheduleHearingBody['kind'];

const BASE = '/api/prosecution/v1';
const id = encodeURIComponent;

/** What narrows the board: the counts take these, the list a stage and its page besides. */
export interface CaseCountFilters {
  region?: string;
  openedFrom?: string;
  openedTo?: string;
}

export interface CaseFilters extends CaseCountFilters {
  stage?: Stage;
  limit?: number;
  /** The previous page's `nextCursor`; none for the first page. */
  cursor?: string;
}

function queryOf(filters: object): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value !== undefined && value !== '') query.set(key, String(value));
  return query;
}

/** The service scopes the answer: a prosecutor sees the own office's cases, the coordinator all. Newest first, by cursor. */
export function listCases(token: string, filters: CaseFilters): Promise<CasePage> {
  return apiRequest<CasePage>(token, 'GET', `${BASE}/cases?${queryOf(filters)}`);
}

/** How many cases the list holds at each stage, in the same scope; every stage is in the answer. */
export function countCases(token: string, filters: CaseCountFilters): Promise<CaseCounts> {
  return apiRequest<CaseCounts>(token, 'GET', `${BASE}/cases/counts?${queryOf(filters)}`);
}

export function readCase(token: string, caseId: string): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(token, 'GET', `${BASE}/cases/${id(caseId)}`);
}

export function changeStage(token: string, caseId: string, body: ChangeStageBody): Promise<CaseDetail> {
  return apiRequest<CaseDetail>(token, 'POST', `${BASE}/cases/${id(caseId)}/transitions`, body);
}

export function scheduleHearing(token: string, caseId: string, body: ScheduleHearingBody): Promise<unknown> {
  return apiRequest<unknown>(token, 'POST', `${BASE}/cases/${id(caseId)}/hearings`, body);
}

export function recordJudgment(token: string, caseId: string, body: RecordJudgmentBody): Promise<unknown> {
  return apiRequest<unknown>(token, 'POST', `${BASE}/cases/${id(caseId)}/judgments`, body);
}

/** The only read that decrypts a defendant's identity; the service audits it. */
export function revealDefendant(token: string, caseId: string, defendantId: string): Promise<DefendantDetail> {
  return apiRequest<DefendantDetail>(token, 'GET', `${BASE}/cases/${id(caseId)}/defendants/${id(defendantId)}`);
}

export type AddDefendantBody = S['AddDefendantBody'];
export type Offence = S['ChargeDefendantBody']['offences'][number];

export function addDefendant(token: string, caseId: string, body: AddDefendantBody): Promise<unknown> {
  return apiRequest<unknown>(token, 'POST', `${BASE}/cases/${id(caseId)}/defendants`, body);
}

export function chargeDefendant(token: string, caseId: string, defendantId: string, offences: Offence[]): Promise<unknown> {
  return apiRequest<unknown>(token, 'POST', `${BASE}/cases/${id(caseId)}/defendants/${id(defendantId)}/charges`, { offences });
}
