import { Fieldset, Textarea } from '@mantine/core';
import { useWatch } from 'react-hook-form';
import { useIdentificationForm } from '../form-context';
import { NARRATIVE_MAX_LENGTH } from '../rules';

export function NarrativeSection() {
  const { register, control, t, error } = useIdentificationForm();
  const narrative = useWatch({ control, name: 'narrative' });
  return (
    <Fieldset legend={t('officer.form.sections.narrative')} id="section-narrative">
      <Textarea
        label={t('officer.form.fields.narrative')}
        description={t('officer.form.hints.narrative', { count: NARRATIVE_MAX_LENGTH - narrative.length })}
        autosize
        minRows={5}
        maxRows={20}
        {...register('narrative')}
        error={error('narrative')}
      />
    </Fieldset>
  );
}
