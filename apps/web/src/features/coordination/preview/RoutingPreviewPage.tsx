import { Button, Card, Checkbox, Group, List, NativeSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../app/auth/use-auth';
import { ErrorAlert, Page, StatusBadge } from '../../../shared/ui';
import { label } from '../../officer/form/vocabulary';
import { type Need, type Preview, previewRouting } from '../api/referral';

const REGIONS = ['kayes', 'koulikoro', 'sikasso', 'segou', 'mopti', 'tombouctou', 'gao', 'kidal', 'taoudenit', 'menaka', 'nioro', 'kita', 'dioila', 'nara', 'bougouni', 'koutiala', 'san', 'douentza', 'bandiagara', 'bamako'];
const NEEDS: Need[] = ['shelter', 'medical', 'psychosocial', 'legalAid', 'interpretation', 'familyTracing', 'repatriation', 'childProtection', 'basicNeeds', 'education', 'livelihood'];

/** "For a 14-year-old girl in Kayes needing shelter, who would receive it?", answered by the routing itself. */
export default function RoutingPreviewPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { accessToken } = useAuth();
  const [region, setRegion] = useState('kayes');
  const [sex, setSex] = useState<'female' | 'male' | 'unknown'>('female');
  const [age, setAge] = useState<number | string>(14);
  const [needs, setNeeds] = useState<Need[]>(['shelter']);
  const [urgent, setUrgent] = useState(false);
  const [answer, setAnswer] = useState<Preview | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setAnswer(await previewRouting(await accessToken(), { region, sex, age: Number(age), needs: needs.map((need) => ({ need, urgent })) }));
    } catch (failure) {
      setError((failure as { body?: unknown }).body ?? failure);
    }
  };
  return (
    <Page title={t('coordination.title.preview')}>
      <Text size="sm">{t('coordination.preview.intro')}</Text>
      <Stack component="form" onSubmit={submit} gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect label={t('coordination.preview.region')} value={region} onChange={(e) => setRegion(e.currentTarget.value)} data={REGIONS.map((r) => ({ value: r, label: label('regions', r, lang) }))} />
          <NativeSelect label={t('coordination.preview.sex')} value={sex} onChange={(e) => setSex(e.currentTarget.value as typeof sex)}
            data={(['female', 'male', 'unknown'] as const).map((s) => ({ value: s, label: t(`prosecution.sex.${s}`) }))} />
          <NumberInput label={t('coordination.preview.age')} min={0} max={120} value={age} onChange={setAge} />
        </SimpleGrid>
        <Checkbox.Group label={t('coordination.preview.needs')} value={needs} onChange={(v) => setNeeds(v as Need[])}>
          <Group gap="sm" mt={4}>{NEEDS.map((n) => <Checkbox key={n} value={n} label={label('needs', n, lang)} />)}</Group>
        </Checkbox.Group>
        <Checkbox label={t('coordination.preview.urgent')} checked={urgent} onChange={(e) => setUrgent(e.currentTarget.checked)} />
        <Button type="submit" disabled={needs.length === 0 || age === ''} style={{ alignSelf: 'flex-start' }}>{t('coordination.preview.submit')}</Button>
      </Stack>
      {error !== null && <ErrorAlert error={error} />}
      {answer && (
        <Stack gap="sm" data-testid="preview-answer">
          <Text size="sm" c="dimmed">{t('coordination.preview.version', { version: answer.rulesVersion })}</Text>
          {answer.decisions.map((d) => (
            <Card key={d.need} withBorder padding="sm">
              <Group gap="xs"><Text fw={700}>{label('needs', d.need, lang)}</Text><StatusBadge tone={d.kind === 'refer' ? 'success' : 'warning'} label={t(`coordination.preview.kind.${d.kind}`)} /></Group>
              {d.agency && <Text size="sm">{t('coordination.preview.receives', { name: d.agency.name })}</Text>}
              {d.next.length > 0 && (
                <>
                  <Text size="sm" c="dimmed">{t('coordination.preview.next')}</Text>
                  <List size="sm">{d.next.map((a) => <List.Item key={a.id}>{a.name}</List.Item>)}</List>
                </>
              )}
            </Card>
          ))}
        </Stack>
      )}
    </Page>
  );
}
