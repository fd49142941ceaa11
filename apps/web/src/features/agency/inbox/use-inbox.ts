import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { listNotifications, markRead } from '../api/notifications';
import { ApiError } from '../../../shared/api/http';
import { getReferral, listInbox, readIdentification, type Transition, transition } from '../api/referrals';

/**
 * New referrals and notifications must appear within 30 s without a reload. Polling every 15 s
 * does it with the plain HTTP the gateway and the services already serve, works through any proxy
 * and on a mobile network that drops long-lived connections, and stops while the tab is hidden
 * (TanStack Query's default): an agency's few screens cost a handful of small requests a minute.
 */
export const POLL_MS = 15_000;

export function useInbox() {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['agency', 'referrals', user?.sub],
    queryFn: async () => listInbox(await accessToken()),
    enabled: user !== null,
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
}

export function useReferral(id: string) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['agency', 'referral', user?.sub, id],
    queryFn: async () => getReferral(await accessToken(), id),
    enabled: user !== null,
    staleTime: 0,
  });
}

export function useTransition(id: string) {
  const { accessToken } = useAuth();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ version, change }: { version: number; change: Transition }) => transition(await accessToken(), id, version, change),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agency'] }),
  });
}

/** Only asked while accepted: intake refuses otherwise, and audits every attempt. */
export function usePerson(identificationId: string, enabled: boolean) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['agency', 'person', user?.sub, identificationId],
    queryFn: async () => readIdentification(await accessToken(), identificationId),
    enabled: user !== null && enabled,
    // Read once per visit: each read is an audited access to a person's data.
    staleTime: Infinity,
    gcTime: 0,
    // Intake learns of the acceptance from the referral service's event, a moment later: until
    // then it answers 404 (under a second measured, see apps/intake/README.md; far longer when a
    // consumer is rebalancing or retrying). Spaced tries for up to a minute cover that delay; other
    // refusals are shown at once.
    retry: (count, error) => error instanceof ApiError && error.status === 404 && count < 40,
    retryDelay: 1500,
  });
}

export function useNotifications() {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['agency', 'notifications', user?.sub],
    queryFn: async () => listNotifications(await accessToken()),
    enabled: user !== null,
    refetchInterval: POLL_MS,
    staleTime: 0,
  });
}

export function useMarkRead() {
  const { accessToken } = useAuth();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => markRead(await accessToken(), id),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agency', 'notifications'] }),
  });
}
