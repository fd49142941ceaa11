import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import { listIdentifications } from '../api/intake';
import { victimStatuses } from '../api/statuses';

/** Intake's list in the caller's scope (officer: unit; supervisor: region), page by page. */
export function useIdentifications() {
  const { user, accessToken } = useAuth();
  return useInfiniteQuery({
    queryKey: ['officer', 'identifications', user?.sub],
    queryFn: async ({ pageParam }) => listIdentifications(await accessToken(), pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor,
    enabled: user !== null,
  });
}

/** Where one person's referrals and cases stand (referral and prosecution services). */
export function useVictimStatuses(victimRef: string) {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['officer', 'statuses', user?.sub, victimRef],
    queryFn: async () => victimStatuses(await accessToken(), victimRef),
    enabled: user !== null,
  });
}
