import type { components } from '../../../shared/api/intake';
import type { BatchAnswer } from '../../../offline/sync';
import { apiRequest } from '../../../shared/api/http';

export type IdentificationSummary = components['schemas']['IdentificationSummaryView'];
export type IdentificationPage = components['schemas']['IdentificationPageView'];
export type IdentificationDetail = components['schemas']['IdentificationDetailView'];
export type CorrectionBody = components['schemas']['CorrectIdentificationBody'];

const BASE = '/api/intake/v1';

export function sendBatch(token: string, items: object[]): Promise<BatchAnswer> {
  return apiRequest<BatchAnswer>(token, 'POST', `${BASE}/identifications:batch`, { items });
}

/** The caller's scope decides what comes back: an officer's unit, a supervisor's region. */
export function listIdentifications(token: string, cursor?: string, limit = 20): Promise<IdentificationPage> {
  const query = new URLSearchParams({ limit: String(limit), ...(cursor ? { cursor } : {}) });
  return apiRequest<IdentificationPage>(token, 'GET', `${BASE}/identifications?${query}`);
}

export function readIdentification(token: string, id: string): Promise<IdentificationDetail> {
  return apiRequest<IdentificationDetail>(token, 'GET', `${BASE}/identifications/${encodeURIComponent(id)}`);
}

export function correctIdentification(token: string, id: string, body: CorrectionBody): Promise<IdentificationSummary> {
  return apiRequest<IdentificationSummary>(token, 'PATCH', `${BASE}/identifications/${encodeURIComponent(id)}`, body);
}
