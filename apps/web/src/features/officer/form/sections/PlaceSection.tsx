import { Fieldset, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { useIdentificationForm } from '../form-context';
import { options } from '../vocabulary';

export function PlaceSection() {
  const { register, t, error, language } = useIdentificationForm();
  return (
    <Fieldset legend={t('officer.form.sections.place')} id="section-place">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="datetime-local" label={t('officer.form.fields.identifiedAt')} withAsterisk {...register('identifiedAt')} error={error('identifiedAt')} />
        <NativeSelect
          label={t('officer.form.fields.region')}
          withAsterisk
          data={[{ value: '', label: t('officer.form.choose') }, ...options('regions', language)]}
          {...register('place.region')}
          error={error('place.region')}
        />
        <TextInput label={t('officer.form.fields.cercle')} {...register('place.cercle')} error={error('place.cercle')} />
        <TextInput label={t('officer.form.fields.commune')} {...register('place.commune')} error={error('place.commune')} />
        <TextInput label={t('officer.form.fields.locality')} description={t('officer.form.hints.locality')} {...register('place.locality')} error={error('place.locality')} />
        <SimpleGrid cols={2}>
          <TextInput label={t('officer.form.fields.latitude')} inputMode="decimal" {...register('place.latitude')} error={error('place.latitude')} />
          <TextInput label={t('officer.form.fields.longitude')} inputMode="decimal" {...register('place.longitude')} error={error('place.longitude')} />
        </SimpleGrid>
      </SimpleGrid>
    </Fieldset>
  );
}
