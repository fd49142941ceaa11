import { useQuery } from '@tanstack/react-query';
import { useAuth } from '../../../app/auth/use-auth';
import type { components } from '../../../shared/api/referral';
import { apiRequest } from '../../../shared/api/http';

type Agency = components['schemas']['AgencyViewDto'];

/**
 * The referral service's agency directory (any signed-in role may read it; agencies are
 * organisations, no person's data), as id → name, to name the agencies a case file lists by id.
 * Inactive agencies are kept: one may still accompany a victim.
 */
export function useAgencyNames() {
  const { user, accessToken } = useAuth();
  return useQuery({
    queryKey: ['prosecution', 'agencies', user?.sub],
    queryFn: async () => {
      const agencies = await apiRequest<Agency[]>(await accessToken(), 'GET', '/api/referral/v1/agencies');
      return new Map(agencies.map((a) => [a.id, a.name]));
    },
    enabled: user !== null,
    staleTime: 10 * 60_000,
  });
}
