import { Alert, Checkbox, Fieldset, Group, Radio, Stack, Switch, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useIdentificationForm } from '../form-context';
import { isMinor } from '../rules';
import { options } from '../vocabulary';
import type { NeedValues } from '../values';
import './needs-table.css';

/**
 * Each need once, each with its urgency: a row per need of the list, ticked or not. A plain table:
 * Mantine's Table brings its scroll container (ScrollArea and floating-ui, 15 KB gzipped) onto the
 * officer's first load, for two columns that never scroll.
 */
export function NeedsTable({ value, onChange }: { value: NeedValues[]; onChange: (next: NeedValues[]) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const chosen = new Map(value.map((n) => [n.need, n]));
  const toggle = (need: string, on: boolean) => onChange(on ? [...value, { need, urgent: false }] : value.filter((n) => n.need !== need));
  const urgent = (need: string, on: boolean) => onChange(value.map((n) => (n.need === need ? { ...n, urgent: on } : n)));
  return (
    <table className="needs-table">
      <thead>
        <tr>
          <th scope="col">{t('officer.form.fields.need')}</th>
          <th scope="col">{t('officer.form.fields.urgent')}</th>
        </tr>
      </thead>
      <tbody>
        {options('needs', language).map((o) => (
          <tr key={o.value}>
            <td>
              <Checkbox label={o.label} checked={chosen.has(o.value)} onChange={(e) => toggle(o.value, e.currentTarget.checked)} />
            </td>
            <td>
              <Switch
                aria-label={t('officer.form.urgentFor', { need: o.label })}
                checked={chosen.get(o.value)?.urgent ?? false}
                disabled={!chosen.has(o.value)}
                onChange={(e) => urgent(o.value, e.currentTarget.checked)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function NeedsConsentSection() {
  const { register, control, t, error } = useIdentificationForm();
  const [person, identifiedAt] = useWatch({ control, name: ['person', 'identifiedAt'] });
  const minor = isMinor({ person, identifiedAt });
  return (
    <Fieldset legend={t('officer.form.sections.needs')} id="section-needs">
      <Stack>
        {minor && (
          <Alert color="blue" variant="light" role="status">
            {t('officer.form.minor.childProtection')}
          </Alert>
        )}
        <Controller control={control} name="needs" render={({ field }) => <NeedsTable value={field.value} onChange={field.onChange} />} />
        {error('needs') && <Alert color="red" role="alert">{error('needs')}</Alert>}
        <Checkbox label={t('officer.form.fields.referral')} description={t('officer.form.hints.consentReferral')} {...register('consent.referral')} />
        <Checkbox label={t('officer.form.fields.dataSharing')} {...register('consent.dataSharing')} />
        <Controller
          control={control}
          name="consent.givenBy"
          render={({ field }) => (
            <Radio.Group
              label={t('officer.form.fields.givenBy')}
              description={minor ? t('officer.form.minor.consent') : undefined}
              withAsterisk
              value={field.value}
              onChange={field.onChange}
              error={error('consent.givenBy')}
            >
              <Group mt="xs">
                {(['victim', 'guardian', 'notApplicable'] as const).map((g) => (
                  <Radio key={g} value={g} label={t(`officer.form.givenBy.${g}`)} disabled={minor && g === 'victim'} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        <TextInput type="datetime-local" label={t('officer.form.fields.recordedAt')} withAsterisk {...register('consent.recordedAt')} error={error('consent.recordedAt')} />
      </Stack>
    </Fieldset>
  );
}
