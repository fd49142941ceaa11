import file from '../../data/identity-document-types.json';
import { IDENTITY_DOCUMENT_TYPES } from './identity-document-types';

describe('identity document types (versioned data file)', () => {
  it('says its version and source, and labels every code in French and English', () => {
    expect(file.version).toMatch(/^\d{4}\.\d+$/);
    expect(file.source.length).toBeGreaterThan(20);
    for (const entry of IDENTITY_DOCUMENT_TYPES.entries) expect([entry.code, Boolean(entry.label.fr && entry.label.en)]).toEqual([entry.code, true]);
  });

  it('has unique codes, including an escape for documents not listed', () => {
    expect(new Set(IDENTITY_DOCUMENT_TYPES.codes).size).toBe(IDENTITY_DOCUMENT_TYPES.codes.length);
    expect(IDENTITY_DOCUMENT_TYPES.has('other')).toBe(true);
  });
});
