import { Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../shared/ui';
import { label } from '../form/vocabulary';
import { useVictimStatuses } from './use-identifications';

const REFERRAL_TONES: Record<string, Tone> = { pending: 'neutral', acknowledged: 'info', accepted: 'success', declined: 'danger', escalated: 'warning', closed: 'neutral' };

/** The referrals (R-…) and cases (C-…) of one person, as their services report them. */
export function VictimStatusList({ victimRef }: { victimRef: string }) {
  const { t, i18n } = useTranslation();
  const { data, isLoading, isError } = useVictimStatuses(victimRef);
  if (isLoading) return <Loader size="xs" aria-label={t('officer.loading')} />;
  if (isError || !data) return <Text size="sm" c="dimmed">{t('officer.list.statusesUnavailable')}</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>{t('officer.list.referrals')}</Text>
      {data.referrals === 'unavailable' ? (
        <Text size="sm" c="dimmed">{t('officer.list.statusesUnavailable')}</Text>
      ) : data.referrals.length === 0 ? (
        <Text size="sm" c="dimmed">{t('officer.list.noReferral')}</Text>
      ) : (
        data.referrals.map((r) => (
          <Group key={r.id} gap="xs" wrap="wrap" data-testid="referral">
            <Text size="sm" ff="monospace">{r.reference}</Text>
            <Text size="sm">{label('needs', r.need, i18n.language)}</Text>
            <StatusBadge tone={REFERRAL_TONES[r.status] ?? 'neutral'} label={t(`officer.referralStatus.${r.status}`)} />
          </Group>
        ))
      )}
      <Text size="sm" fw={500}>{t('officer.list.cases')}</Text>
      {data.cases === 'unavailable' ? (
        <Text size="sm" c="dimmed">{t('officer.list.statusesUnavailable')}</Text>
      ) : data.cases.length === 0 ? (
        <Text size="sm" c="dimmed">{t('officer.list.noCase')}</Text>
      ) : (
        data.cases.map((c) => (
          <Group key={c.caseId} gap="xs" wrap="wrap" data-testid="case">
            <Text size="sm" ff="monospace">{c.reference}</Text>
            <StatusBadge tone="info" label={t(`officer.caseStage.${c.stage}`)} />
          </Group>
        ))
      )}
    </Stack>
  );
}
