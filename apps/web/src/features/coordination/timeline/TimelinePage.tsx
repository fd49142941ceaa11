import { Alert, Button, Group, Loader, Stack, Text, TextInput, Timeline as MantineTimeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { navigate, useParams } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { buildTimeline, type TimelineEvent } from '../api/timeline';
import { PersonDetails } from './PersonDetails';

const VICTIM_REF = /^V-[0-9A-HJKMNP-TV-Z]{10}$/;
const DEADLINE_TONE = { met: 'success', missed: 'danger', overdue: 'danger', pending: 'info' } as const;

function useEventText() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (e: TimelineEvent) => {
    const p = e.params ?? {};
    return t(`coordination.event.${e.kind}`, {
      ...p,
      need: p.need ? label('needs', p.need, lang) : '',
      region: p.region ? label('regions', p.region, lang) : '',
      stage: p.stage ? t(`prosecution.stage.${p.stage}`) : '',
      hearingKind: p.hearingKind ? t(`prosecution.hearingKind.${p.hearingKind}`) : '',
      reason: p.reason ? t(`coordination.declineReason.${p.reason}`) : '',
      outcome: p.outcome ? t(`coordination.closeOutcome.${p.outcome}`) : '',
      instance: p.instance ? t(`prosecution.instance.${p.instance}`) : '',
    });
  };
}

/** One person's path, identification to judgment, with each referral's deadline met or missed. */
export default function TimelinePage() {
  const { t, i18n } = useTranslation();
  const { victimRef = '' } = useParams<'victimRef'>();
  const { user, accessToken } = useAuth();
  const [typed, setTyped] = useState(victimRef);
  const text = useEventText();
  const query = useQuery({
    queryKey: ['coordination', 'timeline', user?.sub, victimRef],
    queryFn: async () => buildTimeline(await accessToken(), victimRef),
    enabled: user !== null && VICTIM_REF.test(victimRef),
  });
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (VICTIM_REF.test(typed)) navigate(`/coordination/timeline/${typed}`);
  };
  const data = query.data;
  return (
    <Page title={victimRef ? t('coordination.timeline.titleOf', { ref: victimRef }) : t('coordination.title.timeline')}>
      <Group component="form" onSubmit={submit} align="flex-end" gap="sm">
        <TextInput label={t('coordination.timeline.ref')} value={typed} onChange={(e) => setTyped(e.currentTarget.value.trim().toUpperCase())} autoComplete="off"
          error={typed !== '' && !VICTIM_REF.test(typed) ? t('coordination.timeline.refInvalid') : undefined} />
        <Button type="submit" disabled={!VICTIM_REF.test(typed)}>{t('coordination.timeline.show')}</Button>
      </Group>
      {victimRef && (query.isLoading ? <Loader aria-label={t('coordination.loading')} /> : query.isError || !data ? <ErrorAlert error={(query.error as { body?: unknown } | null)?.body ?? query.error} /> : (
        <Stack gap="md">
          {data.unavailable.length > 0 && <Alert color="orange">{t('coordination.timeline.incomplete', { services: data.unavailable.join(', ') })}</Alert>}
          {data.events.length === 0 ? <Text size="sm">{t('coordination.timeline.empty')}</Text> : (
            <MantineTimeline bulletSize={14} lineWidth={2} data-testid="timeline" active={data.events.length}>
              {data.events.map((e, i) => (
                <MantineTimeline.Item key={`${e.at}:${e.kind}:${e.ref ?? ''}:${i}`} title={text(e)} data-testid="timeline-event">
                  <Text size="sm" c="dimmed">{formatDateTime(e.at, i18n.language)}{e.ref ? ` · ${e.ref}` : ''}{e.params?.agency ? ` · ${e.params.agency}` : ''}</Text>
                  {e.deadline && (
                    <Group gap="xs" mt={2}>
                      <StatusBadge tone={DEADLINE_TONE[e.deadline]} label={t(`coordination.deadline.${e.deadline}`)} />
                      {e.dueBy && (e.deadline === 'pending' || e.deadline === 'overdue') && <Text size="sm">{t('coordination.deadline.dueBy', { date: formatDateTime(e.dueBy, i18n.language) })}</Text>}
                    </Group>
                  )}
                </MantineTimeline.Item>
              ))}
            </MantineTimeline>
          )}
          {data.identificationIds.length > 0 && (
            <Stack gap="xs" component="section" aria-labelledby="details-title">
              <Text component="h2" fw={700} size="lg" m={0} id="details-title">{t('coordination.timeline.details')}</Text>
              <Text size="sm" c="dimmed">{t('coordination.timeline.detailsHelp')}</Text>
              {data.identificationIds.map((id) => <PersonDetails key={id} identificationId={id} />)}
            </Stack>
          )}
        </Stack>
      ))}
    </Page>
  );
}
