import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../shared/ui';
import type { ReferralView } from '../api/referrals';
import { label } from '../vocabulary';

const TONES: Record<ReferralView['status'], Tone> = {
  pending: 'warning',
  acknowledged: 'info',
  accepted: 'success',
  declined: 'neutral',
  escalated: 'danger',
  closed: 'neutral',
};

const plain = { label: { textTransform: 'none' as const } };

export function ReferralStatus({ status }: { status: ReferralView['status'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[status]} label={t(`agency.status.${status}`)} />;
}

/** The coarse attributes an agency sees before accepting: no name, no date of birth, no story. */
export function CoarseAttributes({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const age = referral.ageGroup === 'unknown' ? t('agency.referral.ageUnknown') : t('agency.referral.ageGroup', { group: referral.ageGroup });
  return (
    <>
      <Group gap="xs" wrap="wrap">
        <Text fw={700}>{label('needs', referral.need, lang)}</Text>
        {referral.urgent && <Badge color="red" variant="filled" styles={plain}>{t('agency.referral.urgent')}</Badge>}
        {referral.isMinor && <Badge color="blue" variant="light" styles={plain}>{t('agency.referral.minor')}</Badge>}
      </Group>
      <Text size="sm">
        {label('sexes', referral.sex, lang)} · {age} · {label('regions', referral.region, lang)}
      </Text>
    </>
  );
}
