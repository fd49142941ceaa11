import { describe, expect, it } from 'vitest';
import { applyServerErrors, type ErrorBody, errorAt, fieldMessages, isErrorBody } from './api-error';

const body: ErrorBody = {
  statusCode: 400,
  code: 'VALIDATION_FAILED',
  message: 'La requête est invalide (3 erreur(s)).',
  correlationId: 'c-1',
  errors: [
    { field: 'person.birthDate', code: 'isDateString', message: 'date invalide' },
    { field: 'person.birthDate', code: 'maxDate', message: 'date future' },
    { field: 'consent.guardian', code: 'required', message: 'consentement requis' },
  ],
};

describe('error bodies', () => {
  it('recognises the services’ error shape only', () => {
    expect(isErrorBody(body)).toBe(true);
    expect(isErrorBody({ statusCode: 400 })).toBe(false);
    expect(isErrorBody(new TypeError('Failed to fetch'))).toBe(false);
  });

  it('groups messages by field', () => {
    expect(fieldMessages(body)).toEqual({ 'person.birthDate': ['date invalide', 'date future'], 'consent.guardian': ['consentement requis'] });
    expect(fieldMessages(null)).toEqual({});
  });

  it('puts messages on the form’s fields and returns those no field shows', () => {
    const set: Record<string, string> = {};
    const unmatched = applyServerErrors(body, (name, e) => (set[name] = e.message), (name) => name.startsWith('person.'));
    expect(set).toEqual({ 'person.birthDate': 'date invalide date future' });
    expect(unmatched.map((e) => e.field)).toEqual(['consent.guardian']);
  });

  it('finds a form error by dotted path', () => {
    expect(errorAt({ person: { birthDate: { message: 'm' } } }, 'person.birthDate')).toBe('m');
    expect(errorAt({ person: {} }, 'person.birthDate')).toBeUndefined();
  });
});
