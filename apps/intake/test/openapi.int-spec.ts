import { getMetadataStorage } from 'class-validator';
import { request } from '@relais/testing';
import { BatchBody } from '../src/http/dto/batch.body';
import { CorrectIdentificationBody } from '../src/http/dto/correct-identification.body';
import { CreateIdentificationBody } from '../src/http/dto/create-identification.body';
import { ExploitationBody } from '../src/http/dto/exploitation.body';
import { IdentityDocumentBody } from '../src/http/dto/identity-document.body';
import { InitialConsentBody } from '../src/http/dto/initial-consent.body';
import { ListIdentificationsQuery } from '../src/http/dto/list-identifications.query';
import { NeedBody } from '../src/http/dto/need.body';
import { PersonBody } from '../src/http/dto/person.body';
import { PlaceBody } from '../src/http/dto/place.body';
import { RecordConsentBody } from '../src/http/dto/record-consent.body';
import { SuspectBody } from '../src/http/dto/suspect.body';
import { Harness } from './support/harness';

// Real services on a shared machine: give them time, beyond Jest's 5 s default.
jest.setTimeout(120_000);

interface Operation {
  tags?: string[];
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string }[];
  responses: Record<string, unknown>;
}
interface Schema {
  properties?: Record<string, { $ref?: string; type?: string; allOf?: unknown[] }>;
}

const validated = (dto: new () => object) => new Set(getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false).map((m) => m.propertyName));

describe('OpenAPI document', () => {
  let h: Harness;
  let docs: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };

  beforeAll(async () => {
    h = await Harness.start();
    docs = (await request(`${h.service.url}/api/docs-json`)).body;
  });
  afterAll(() => h?.close());

  it('describes every endpoint, with its tag, summary, bearer security and error answers', () => {
    const operations = Object.entries(docs.paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op })));
    expect(operations.map((o) => o.key).sort()).toEqual([
      'DELETE /api/v1/victims/{victimRef}/personal-data',
      'GET /api/v1/audit',
      'GET /api/v1/audit/verification',
      'GET /api/v1/identifications',
      'GET /api/v1/identifications/{id}',
      'PATCH /api/v1/identifications/{id}',
      'POST /api/v1/identifications',
      'POST /api/v1/identifications:batch',
      'POST /api/v1/victims/{victimRef}/consent',
    ]);
    for (const { key, op } of operations) {
      expect([key, op.tags?.length, typeof op.summary, op.security]).toEqual([key, 1, 'string', [{ bearer: [] }]]);
      expect([key, Object.keys(op.responses)]).toEqual([key, expect.arrayContaining(['400', '401'])]);
      expect([key, Object.keys(op.responses).some((s) => s.startsWith('2'))]).toEqual([key, true]);
    }
    expect(docs.paths['/api/v1/identifications'].post.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header' })]));
  });

  it.each([
    CreateIdentificationBody, PlaceBody, PersonBody, IdentityDocumentBody, ExploitationBody, NeedBody, InitialConsentBody, SuspectBody,
    BatchBody, CorrectIdentificationBody, RecordConsentBody,
  ])('documents every field of %p', (dto) => {
    const schema = docs.components.schemas[dto.name];
    expect(Object.keys(schema.properties ?? {}).sort()).toEqual([...validated(dto)].sort());
    for (const [name, property] of Object.entries(schema.properties ?? {})) expect([name, Boolean(property.$ref ?? property.type ?? property.allOf)]).toEqual([name, true]);
  });

  it('documents every query parameter of the list', () => {
    const names = docs.paths['/api/v1/identifications'].get.parameters?.filter((p) => p.in === 'query').map((p) => p.name).sort();
    expect(names).toEqual([...validated(ListIdentificationsQuery)].sort());
  });
});
