import { Checkbox, Fieldset, Radio, SimpleGrid, Stack } from '@mantine/core';
import { Controller } from 'react-hook-form';
import { useIdentificationForm } from '../form-context';
import { options } from '../vocabulary';

export function AssessmentSection() {
  const { control, t, error, language } = useIdentificationForm();
  return (
    <Fieldset legend={t('officer.form.sections.assessment')} id="section-assessment">
      <Stack>
        <Controller
          control={control}
          name="indicators"
          render={({ field }) => (
            <Checkbox.Group label={t('officer.form.fields.indicators')} description={t('officer.form.hints.indicators')} value={field.value} onChange={field.onChange} error={error('indicators')}>
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {options('iloIndicators', language).map((o) => <Checkbox key={o.value} value={o.value} label={o.label} />)}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Controller
          control={control}
          name="assessment"
          render={({ field }) => (
            <Radio.Group label={t('officer.form.fields.assessment')} withAsterisk value={field.value} onChange={field.onChange} error={error('assessment')}>
              <Stack mt="xs" gap="xs">
                {options('assessments', language).map((o) => <Radio key={o.value} value={o.value} label={o.label} />)}
              </Stack>
            </Radio.Group>
          )}
        />
      </Stack>
    </Fieldset>
  );
}
