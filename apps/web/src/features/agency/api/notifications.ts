import type { components } from '../../../shared/api/notifications';
import { apiRequest } from '../../../shared/api/http';

export type NotificationView = components['schemas']['NotificationView'];
export type NotificationPage = components['schemas']['NotificationPage'];
export type ChannelsView = components['schemas']['RecipientChannelsView'];
export type ChannelsBody = components['schemas']['RecipientChannelsBody'];

const BASE = '/api/notifications/v1';

/** The first page of the caller's inboxes (their agency's), newest first, with the unread count (the screen shows no more). */
export function listNotifications(token: string, limit = 30): Promise<NotificationPage> {
  return apiRequest<NotificationPage>(token, 'GET', `${BASE}/notifications?limit=${limit}`);
}

export function markRead(token: string, id: string): Promise<unknown> {
  return apiRequest(token, 'POST', `${BASE}/notifications/${encodeURIComponent(id)}/read`);
}

export function getChannels(token: string, agencyId: string): Promise<ChannelsView> {
  return apiRequest<ChannelsView>(token, 'GET', `${BASE}/recipients/${encodeURIComponent(agencyId)}/channels?kind=agency`);
}

export function putChannels(token: string, agencyId: string, body: ChannelsBody): Promise<ChannelsView> {
  return apiRequest<ChannelsView>(token, 'PUT', `${BASE}/recipients/${encodeURIComponent(agencyId)}/channels?kind=agency`, body);
}
