import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { accountAction, type AccountAction, createAccount, getAgency, listAccounts, type NewAccount, updateAgency, type UpdateAgencyBody } from '../api/agency';
import { type ChannelsBody, getChannels, putChannels } from '../api/notifications';
import { listOwnChangeRequests } from './change-requests';

/** The administrator's own agency, from the token: the services refuse any other. */
export function useAgencyId(): string {
  return useAuth().user?.agencyId ?? '';
}

export function useAgency() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  return useQuery({ queryKey: ['agency', 'profile', agencyId], queryFn: async () => getAgency(await accessToken(), agencyId), enabled: agencyId !== '' });
}

export function useUpdateAgency() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: UpdateAgencyBody) => updateAgency(await accessToken(), agencyId, body),
    onSuccess: (edit) => {
      client.setQueryData(['agency', 'profile', agencyId], edit.agency);
      if (edit.pending) void client.invalidateQueries({ queryKey: ['agency', 'change-requests', agencyId] });
    },
  });
}

/** The agency's requests to the coordinator, each status, re-read when the screen comes back into view. */
export function useChangeRequests() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  return useQuery({ queryKey: ['agency', 'change-requests', agencyId], queryFn: async () => listOwnChangeRequests(await accessToken()), enabled: agencyId !== '' });
}

export function useChannels() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  return useQuery({ queryKey: ['agency', 'channels', agencyId], queryFn: async () => getChannels(await accessToken(), agencyId), enabled: agencyId !== '' });
}

export function useSaveChannels() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ChannelsBody) => putChannels(await accessToken(), agencyId, body),
    onSuccess: (saved) => client.setQueryData(['agency', 'channels', agencyId], saved),
  });
}

export function useAccounts() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  return useQuery({ queryKey: ['agency', 'accounts', agencyId], queryFn: async () => listAccounts(await accessToken(), agencyId), enabled: agencyId !== '' });
}

export function useCreateAccount() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewAccount) => createAccount(await accessToken(), agencyId, body),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agency', 'accounts', agencyId] }),
  });
}

export function useAccountAction() {
  const { accessToken } = useAuth();
  const agencyId = useAgencyId();
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, action }: { userId: string; action: AccountAction }) => accountAction(await accessToken(), agencyId, userId, action),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agency', 'accounts', agencyId] }),
  });
}
