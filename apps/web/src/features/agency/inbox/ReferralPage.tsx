import { Button, Card, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link, useParams } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { ErrorAlert, Page } from '../../../shared/ui';
import { shownError } from '../../../shared/api/http';
import type { ReferralView } from '../api/referrals';
import { mayReadPerson } from './actions';
import { DeadlineText } from './DeadlineText';
import { PersonDetails } from './PersonDetails';
import { ReferralActions } from './ReferralActions';
import { CoarseAttributes, ReferralStatus } from './ReferralSummary';
import { useReferral } from './use-inbox';

function History({ referral }: { referral: ReferralView }) {
  const { t, i18n } = useTranslation();
  const steps: [string, string | null][] = [
    ['created', referral.createdAt],
    ['acknowledged', referral.acknowledgedAt],
    ['accepted', referral.acceptedAt],
    ['declined', referral.declinedAt],
    ['closed', referral.closedAt],
  ];
  return (
    <Stack gap={2}>
      {steps.map(([step, at]) => at && <Text key={step} size="sm">{t(`agency.history.${step}`, { at: formatDateTime(at, i18n.language) })}</Text>)}
      {referral.declineReason && <Text size="sm">{t('agency.history.reason', { reason: t(`agency.declineReason.${referral.declineReason}`) })}</Text>}
      {referral.outcome && <Text size="sm">{t('agency.history.outcome', { outcome: t(`agency.outcome.${referral.outcome}`) })}</Text>}
      {(referral.declineNote || referral.closeNote) && <Text size="sm" c="dimmed">{referral.declineNote ?? referral.closeNote}</Text>}
    </Stack>
  );
}

/** One referral: what the agency may know before accepting, its next steps, then the person. */
export default function ReferralPage() {
  const { t } = useTranslation();
  const { id } = useParams<'id'>();
  const { user } = useAuth();
  const query = useReferral(id ?? '');
  const referral = query.data;
  const canAct = user?.roles.includes('agency_caseworker') ?? false;
  return (
    <Page
      // The reference stays on one line: a phone would otherwise break it at its hyphen.
      title={referral ? <>{t('agency.title.referral')} <span style={{ whiteSpace: 'nowrap' }}>{referral.reference}</span></> : t('agency.title.referral')}
      actions={<Button component={Link} href="/agency/inbox" variant="subtle" size="sm">{t('agency.referral.back')}</Button>}
    >
      {query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError || !referral ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : (
        <Stack gap="md">
          <Card withBorder padding="sm">
            <Stack gap={4}>
              <ReferralStatus status={referral.status} />
              <CoarseAttributes referral={referral} />
              <Text size="sm" c="dimmed">{t('agency.referral.victimRef')} <span translate="no">{referral.victimRef}</span></Text>
              <DeadlineText referral={referral} />
              <History referral={referral} />
            </Stack>
          </Card>
          <ReferralActions key={`${referral.id}:${referral.version}`} referral={referral} canAct={canAct} onReload={() => void query.refetch()} />
          <PersonDetails identificationId={referral.identificationId} accepted={mayReadPerson(referral.status)} />
        </Stack>
      )}
    </Page>
  );
}
