import { Alert, Card, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../shared/format/format';
import { ErrorAlert } from '../../../shared/ui';
import { shownError } from '../../../shared/api/http';
import type { IdentificationDetail } from '../api/referrals';
import { label } from '../vocabulary';
import { usePerson } from './use-inbox';

function Row({ term, value }: { term: string; value?: string | null }) {
  if (!value) return null;
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">{term}</Text>
      <Text size="sm" component="dd" m={0}>{value}</Text>
    </div>
  );
}

function Details({ detail }: { detail: IdentificationDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = detail.person;
  const yes = (v: boolean) => t(v ? 'agency.yes' : 'agency.no');
  if (p.erased) return <Alert color="gray">{t('agency.person.erased')}</Alert>;
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
        <Row term={t('agency.person.givenNames')} value={p.givenNames} />
        <Row term={t('agency.person.familyName')} value={p.familyName} />
        <Row term={t('agency.person.otherNames')} value={p.otherNames} />
        <Row term={t('agency.person.sex')} value={label('sexes', p.sex, lang)} />
        <Row term={t('agency.person.dateOfBirth')} value={p.dateOfBirth ? formatDay(p.dateOfBirth, lang) : undefined} />
        <Row term={t('agency.person.estimatedAge')} value={p.estimatedAge !== undefined ? t('agency.person.years', { count: p.estimatedAge }) : undefined} />
        <Row term={t('agency.person.languages')} value={p.languages.map((l) => label('languages', l, lang)).join(', ')} />
        <Row term={t('agency.person.phone')} value={p.phone} />
        <Row term={t('agency.person.address')} value={p.address} />
        <Row term={t('agency.person.disability')} value={p.disability} />
      </SimpleGrid>
      <div>
        <Title order={3} size="h5">{t('agency.person.needs')}</Title>
        <List size="sm">
          {detail.needs.map((n) => (
            <List.Item key={n.need}>{label('needs', n.need, lang)}{n.urgent ? ` — ${t('agency.referral.urgent')}` : ''}</List.Item>
          ))}
        </List>
      </div>
      <div data-testid="consent">
        <Title order={3} size="h5">{t('agency.person.consent')}</Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" component="dl" m={0}>
          <Row term={t('agency.consent.referral')} value={yes(detail.consent.referral)} />
          <Row term={t('agency.consent.dataSharing')} value={yes(detail.consent.dataSharing)} />
          <Row term={t('agency.consent.givenBy')} value={t(`agency.consent.by.${detail.consent.givenBy}`)} />
          {detail.consent.withdrawn && <Row term={t('agency.consent.withdrawn')} value={t('agency.yes')} />}
        </SimpleGrid>
      </div>
    </Stack>
  );
}

/**
 * The person's details and consent, read from intake once the agency has accepted the referral.
 * Intake audits each read; before acceptance nothing is asked and only coarse attributes show.
 */
export function PersonDetails({ identificationId, accepted }: { identificationId: string; accepted: boolean }) {
  const { t } = useTranslation();
  const query = usePerson(identificationId, accepted);
  return (
    <Card withBorder padding="sm" data-testid="person">
      <Title order={2} size="h4" mb="xs">{t('agency.person.title')}</Title>
      {!accepted ? (
        <Text size="sm" c="dimmed">{t('agency.person.afterAcceptance')}</Text>
      ) : query.isLoading ? (
        <Loader aria-label={t('agency.loading')} />
      ) : query.isError ? (
        <ErrorAlert error={shownError(query.error)} />
      ) : query.data ? (
        <>
          <Text size="xs" c="dimmed" mb="xs">{t('agency.person.audited')}</Text>
          <Details detail={query.data} />
        </>
      ) : null}
    </Card>
  );
}
