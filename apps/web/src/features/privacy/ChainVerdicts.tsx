import { List, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../app/auth/use-auth';
import { formatDateTime } from '../../shared/format/format';
import { StatusBadge } from '../../shared/ui';
import { verifications } from './api/audit';

/** `audit:verify`'s verdict on each service's chain, beside the list it vouches for. */
export function ChainVerdicts() {
  const { t, i18n } = useTranslation();
  const { user, accessToken } = useAuth();
  const query = useQuery({ queryKey: ['privacy', 'verification', user?.sub], queryFn: async () => verifications(await accessToken()), enabled: user !== null });
  if (!query.data) return <Text size="sm" c="dimmed">{t('privacy.chain.checking')}</Text>;
  return (
    <List size="sm" spacing={4} data-testid="chain-verdicts">
      {query.data.map((v) => (
        <List.Item key={v.service}>
          {t(`privacy.service.${v.service}`)} :{' '}
          {'unavailable' in v ? (
            <StatusBadge tone="warning" label={t('privacy.chain.unavailable')} />
          ) : v.ok ? (
            <>
              <StatusBadge tone="success" label={t('privacy.chain.intact')} /> {t('privacy.chain.detail', { rows: v.rows, date: formatDateTime(v.checkedAt, i18n.language) })}
              {v.head ? ` · ${t('privacy.chain.head', { seq: v.head.seq, hash: v.head.hash.slice(0, 16) })}` : ''}
            </>
          ) : (
            <>
              <StatusBadge tone="danger" label={t('privacy.chain.broken')} /> {t('privacy.chain.brokenAt', { seq: v.firstBroken?.seq ?? '?' })}
            </>
          )}
        </List.Item>
      ))}
    </List>
  );
}
