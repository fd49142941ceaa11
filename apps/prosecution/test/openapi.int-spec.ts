import { request, startTestService, TestService } from '@relais/testing';
import { PROSECUTION_SERVICE } from '../src/prosecution.service-definition';

describe('the OpenAPI document describes every route and field', () => {
  let service: TestService;
  let doc: OpenApi;

  interface Schema {
    $ref?: string;
    type?: string;
    enum?: unknown[];
    allOf?: Schema[];
    items?: Schema;
    properties?: Record<string, Schema>;
    required?: string[];
  }
  interface Operation {
    tags?: string[];
    security?: unknown[];
    parameters?: { name: string; in: string }[];
    requestBody?: { content: Record<string, { schema: Schema }> };
    responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
  }
  interface OpenApi {
    paths: Record<string, Record<string, Operation>>;
    components: { schemas: Record<string, Schema> };
  }

  beforeAll(async () => {
    service = await startTestService(PROSECUTION_SERVICE);
    doc = (await request(`${service.url}/api/docs-json`)).body;
  });
  afterAll(() => service?.close());

  const routes = [
    'get /api/v1/cases', 'get /api/v1/cases/counts', 'post /api/v1/cases', 'get /api/v1/cases/{id}', 'post /api/v1/cases/{id}/transitions', 'post /api/v1/cases/{id}/victims',
    'post /api/v1/cases/{id}/merge', 'post /api/v1/cases/{id}/transfer', 'post /api/v1/cases/{id}/hearings', 'post /api/v1/cases/{id}/judgments',
    'post /api/v1/cases/{id}/defendants', 'get /api/v1/cases/{id}/defendants/{defendantId}', 'post /api/v1/cases/{id}/defendants/{defendantId}/charges',
    'get /api/v1/victims/{victimRef}/cases', 'get /api/v1/case-statuses', 'get /api/v1/offices', 'get /api/v1/audit', 'get /api/v1/audit/verification',
  ];

  it('lists exactly the routes of the service, each tagged, behind a bearer token, with a typed answer', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method} ${path}`));
    expect(documented.sort()).toEqual([...routes].sort());
    for (const route of routes) {
      const [method, path] = route.split(' ');
      const op = doc.paths[path][method];
      expect(op.tags?.length).toBeGreaterThan(0);
      expect(op.security).toEqual(expect.arrayContaining([{ bearer: [] }]));
      const success = Object.entries(op.responses).find(([status]) => status.startsWith('2'));
      expect(success?.[1].content?.['application/json'].schema).toBeDefined();
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['400', '401', '403']));
      for (const name of path.match(/\{(\w+)\}/g) ?? []) {
        expect(op.parameters?.map((p) => `${p.in}:${p.name}`)).toContain(`path:${name.slice(1, -1)}`);
      }
    }
  });

  it('gives every field of every schema a type, an enum or a reference', () => {
    const untyped: string[] = [];
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        const typed = property.type || property.enum || property.$ref || property.allOf;
        if (!typed) untyped.push(`${name}.${field}`);
      }
    }
    expect(untyped).toEqual([]);
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['AddDefendantBody', 'RecordJudgmentBody', 'CaseDetailDto', 'ErrorBodyDto']));
    expect(Object.keys(doc.components.schemas.ChangeStageBody.properties ?? {}).sort()).toEqual(['at', 'decisionRef', 'note', 'to', 'version']);
    expect(doc.components.schemas.ChangeStageBody.required?.sort()).toEqual(['at', 'to', 'version']);
    expect(doc.paths['/api/v1/cases/{id}/transitions'].post.requestBody?.content['application/json'].schema.$ref).toBe('#/components/schemas/ChangeStageBody');
  });
});
