import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { CodeListInput } from '../CodeListInput';
import { useIdentificationForm } from '../form-context';
import { isMinor } from '../rules';
import { options } from '../vocabulary';

export function PersonSection() {
  const { register, control, t, error, language } = useIdentificationForm();
  const [person, identifiedAt] = useWatch({ control, name: ['person', 'identifiedAt'] });
  const documents = useFieldArray({ control, name: 'person.identityDocuments' });
  const minor = isMinor({ person, identifiedAt });
  const choose = { value: '', label: t('officer.form.choose') };
  return (
    <Fieldset legend={t('officer.form.sections.person')} id="section-person">
      <Stack>
        <Text size="sm" c="dimmed">{t('officer.form.hints.personalData')}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('officer.form.fields.givenNames')} withAsterisk autoComplete="off" {...register('person.givenNames')} error={error('person.givenNames')} />
          <TextInput label={t('officer.form.fields.familyName')} withAsterisk autoComplete="off" {...register('person.familyName')} error={error('person.familyName')} />
          <TextInput label={t('officer.form.fields.otherNames')} autoComplete="off" {...register('person.otherNames')} error={error('person.otherNames')} />
          <NativeSelect label={t('officer.form.fields.sex')} withAsterisk data={[choose, ...options('sexes', language)]} {...register('person.sex')} error={error('person.sex')} />
          <NativeSelect label={t('officer.form.fields.genderIdentity')} data={[{ value: '', label: t('officer.form.notStated') }, ...options('genderIdentities', language)]} {...register('person.genderIdentity')} error={error('person.genderIdentity')} />
        </SimpleGrid>
        <Controller
          control={control}
          name="person.ageMode"
          render={({ field }) => (
            <Radio.Group label={t('officer.form.fields.ageMode')} value={field.value} onChange={field.onChange}>
              <Group mt="xs">
                {(['estimatedAge', 'dateOfBirth', 'unknown'] as const).map((mode) => (
                  <Radio key={mode} value={mode} label={t(`officer.form.ageModes.${mode}`)} />
                ))}
              </Group>
            </Radio.Group>
          )}
        />
        {person.ageMode === 'dateOfBirth' && (
          <TextInput type="date" label={t('officer.form.fields.dateOfBirth')} withAsterisk {...register('person.dateOfBirth')} error={error('person.dateOfBirth')} />
        )}
        {person.ageMode === 'estimatedAge' && (
          <TextInput label={t('officer.form.fields.estimatedAge')} inputMode="numeric" withAsterisk {...register('person.estimatedAge')} error={error('person.estimatedAge')} />
        )}
        <Checkbox label={t('officer.form.fields.presumedMinor')} description={t('officer.form.hints.presumedMinor')} {...register('person.presumedMinor')} />
        {minor && (
          <Alert color="blue" variant="light" title={t('officer.form.minor.title')} role="status">
            {t('officer.form.minor.body')}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Controller
            control={control}
            name="person.nationalities"
            render={({ field }) => (
              <CodeListInput label={t('officer.form.fields.nationalities')} required options={options('countries', language)} value={field.value} onChange={field.onChange} error={error('person.nationalities')} />
            )}
          />
          <Controller
            control={control}
            name="person.languages"
            render={({ field }) => (
              <CodeListInput label={t('officer.form.fields.languages')} options={options('languages', language)} value={field.value} onChange={field.onChange} error={error('person.languages')} />
            )}
          />
          <TextInput type="tel" label={t('officer.form.fields.phone')} autoComplete="off" {...register('person.phone')} error={error('person.phone')} />
          <TextInput label={t('officer.form.fields.address')} autoComplete="off" {...register('person.address')} error={error('person.address')} />
          <TextInput label={t('officer.form.fields.disability')} {...register('person.disability')} error={error('person.disability')} />
        </SimpleGrid>
        <Stack gap="xs">
          <Text fw={500} size="sm">{t('officer.form.fields.identityDocuments')}</Text>
          {documents.fields.map((doc, index) => (
            <Group key={doc.id} align="flex-end" wrap="wrap">
              <NativeSelect label={t('officer.form.fields.type')} data={[choose, ...options('identityDocumentTypes', language)]} {...register(`person.identityDocuments.${index}.type`)} error={error(`person.identityDocuments.${index}.type`)} />
              <TextInput label={t('officer.form.fields.number')} autoComplete="off" {...register(`person.identityDocuments.${index}.number`)} error={error(`person.identityDocuments.${index}.number`)} />
              <NativeSelect label={t('officer.form.fields.issuingCountry')} data={[choose, ...options('countries', language)]} {...register(`person.identityDocuments.${index}.issuingCountry`)} error={error(`person.identityDocuments.${index}.issuingCountry`)} />
              <Button variant="subtle" color="red" onClick={() => documents.remove(index)}>{t('officer.form.remove')}</Button>
            </Group>
          ))}
          {documents.fields.length < 10 && (
            <Button variant="light" onClick={() => documents.append({ type: '', number: '', issuingCountry: 'ML' })} style={{ alignSelf: 'flex-start' }}>
              {t('officer.form.addDocument')}
            </Button>
          )}
        </Stack>
      </Stack>
    </Fieldset>
  );
}
