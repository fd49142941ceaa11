import { Card, Divider, Group, List, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { Link, useParams } from '../../../app/routing/router';
import { formatDateTime } from '../../../shared/format/format';
import { ErrorAlert, Page } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { useAgencyNames } from '../api/agencies';
import type { CaseDetail } from '../api/prosecution';
import { HearingCalendar } from '../calendar/HearingCalendar';
import { DefendantCard } from './DefendantCard';
import { DefendantForm } from './DefendantForm';
import { HearingForm } from './HearingForm';
import { JudgmentForm } from './JudgmentForm';
import { StageBadge } from './StageBadge';
import { StageForm } from './StageForm';
import { errorBody, useCaseFile } from './use-case-file';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs" component="section">
      <Text component="h2" fw={700} size="lg" m={0}>{title}</Text>
      {children}
    </Stack>
  );
}

function Sections({ file, onDone }: { file: CaseDetail; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = useAuth();
  const isProsecutor = user?.roles.includes('prosecutor') ?? false;
  // Until the directory answers (or if it cannot), the agencies are named by their ids.
  const agencies = useAgencyNames();
  return (
    <>
      <Section title={t('prosecution.file.victims')}>
        <List size="sm" data-testid="victims">
          {file.victims.map((v) => (
            <List.Item key={v.identificationId}>
              <Text span ff="monospace">{v.victimRef}</Text> · {label('regions', v.region, lang)}{v.cercle ? `, ${v.cercle}` : ''} · {t('prosecution.file.identifiedAt', { date: formatDateTime(v.identifiedAt, lang) })}
              {v.personalDataErased ? ` · ${t('prosecution.file.erased')}` : ''}
              {v.accompaniedBy.length > 0 ? ` · ${t('prosecution.file.accompaniedBy', { agencies: v.accompaniedBy.map((id) => agencies.data?.get(id) ?? id).join(', ') })}` : ` · ${t('prosecution.file.noAgency')}`}
            </List.Item>
          ))}
        </List>
      </Section>
      <Section title={t('prosecution.file.defendants')}>
        {file.defendants.length === 0 ? <Text size="sm" c="dimmed">{t('prosecution.file.noDefendant')}</Text> : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {file.defendants.map((d, i) => <DefendantCard key={d.id} caseId={file.id} defendant={d} n={i + 1} canReveal={isProsecutor} onCharged={isProsecutor && !file.mergedIntoCaseId ? onDone : undefined} />)}
          </Stack>
        )}
      </Section>
      <Section title={t('prosecution.file.judgments')}>
        {file.judgments.length === 0 ? <Text size="sm" c="dimmed">{t('prosecution.file.noJudgment')}</Text> : file.judgments.map((j) => (
          <Card key={j.id} withBorder padding="sm">
            <Text size="sm" fw={500}>{t(`prosecution.instance.${j.instance}`)} · {formatDateTime(j.renderedAt, lang)} · {j.court}{j.decisionRef ? ` · ${j.decisionRef}` : ''}</Text>
            <List size="sm">
              {j.verdicts.map((v) => {
                const n = file.defendants.findIndex((d) => d.id === v.defendantId) + 1;
                return (
                  <List.Item key={v.defendantId}>
                    {t('prosecution.file.defendantN', { n })} : {t(`prosecution.outcome.${v.outcome}`)}
                    {v.sentenceMonths !== null ? ` · ${t('prosecution.file.months', { count: v.sentenceMonths })}` : ''}
                    {v.fineFcfa !== null ? ` · ${t('prosecution.file.fine', { amount: v.fineFcfa })}` : ''}
                  </List.Item>
                );
              })}
            </List>
            {j.warnings.map((w) => <Text key={`${w.defendantId}:${w.code}`} size="sm" c="orange.9" role="note">{w.message}</Text>)}
          </Card>
        ))}
      </Section>
      <Section title={t('prosecution.file.history')}>
        <List size="sm" data-testid="stage-history">
          {file.stageHistory.map((s) => (
            <List.Item key={`${s.recordedAt}:${s.to}`}>
              {formatDateTime(s.at, lang)} — {t(`prosecution.stage.${s.to}`)}{s.decisionRef ? ` (${s.decisionRef})` : ''}
              {s.note ? ` — ${s.note}` : s.hasNote ? ` — ${t('prosecution.file.noteWithheld')}` : ''}
            </List.Item>
          ))}
        </List>
      </Section>
    </>
  );
}

/** One case file, the decisions the prosecutor records on it beside it. */
export default function CaseFilePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams<'id'>();
  const { user } = useAuth();
  const query = useCaseFile(id);
  const file = query.data;
  const onDone = () => void query.refresh();
  const isProsecutor = user?.roles.includes('prosecutor') ?? false;
  return (
    <Page title={file ? t('prosecution.file.title', { ref: file.reference }) : t('prosecution.title.case')} actions={<Link href="/prosecution/cases">{t('prosecution.file.back')}</Link>}>
      {query.isLoading ? <Loader aria-label={t('prosecution.loading')} /> : query.isError || !file ? <ErrorAlert error={errorBody(query.error)} /> : (
        <>
          <Group gap="xs" wrap="wrap" data-testid="case-stage">
            <StageBadge stage={file.stage} />
            <Text size="sm">{t('prosecution.file.since', { date: formatDateTime(file.stageChangedAt, i18n.language) })} · {file.officeId} · {t('prosecution.file.version', { version: file.version })}</Text>
          </Group>
          {file.mergedIntoCaseId && <Text size="sm">{t('prosecution.file.merged')} <Link href={`/prosecution/cases/${file.mergedIntoCaseId}`}>{t('prosecution.file.openMerged')}</Link></Text>}
          <SimpleGrid cols={{ base: 1, md: isProsecutor ? 2 : 1 }} spacing="lg">
            <Stack gap="md"><Sections file={file} onDone={onDone} /></Stack>
            {isProsecutor && !file.mergedIntoCaseId && (
              <Stack gap="md">
                <StageForm file={file} onDone={onDone} />
                <Divider />
                <HearingForm file={file} onDone={onDone} />
                <DefendantForm file={file} onDone={onDone} />
                <JudgmentForm file={file} onDone={onDone} />
              </Stack>
            )}
          </SimpleGrid>
          {/* The whole width: a month grid in half a page would break the hearings' words. */}
          <Section title={t('prosecution.file.hearings')}>
            {file.hearings.length === 0 ? <Text size="sm" c="dimmed">{t('prosecution.file.noHearing')}</Text> : (
              <div data-testid="hearings"><HearingCalendar hearings={file.hearings} /></div>
            )}
          </Section>
        </>
      )}
    </Page>
  );
}
