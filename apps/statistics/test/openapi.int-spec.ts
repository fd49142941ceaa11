import { request, startTestService, TestService } from '@relais/testing';
import { STATISTICS_SERVICE } from '../src/statistics.service-definition';

describe('statistics OpenAPI document', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService(STATISTICS_SERVICE);
  });
  afterAll(() => service?.close());

  it('documents every route with its parameters, both formats and errors; the public ones without a token', async () => {
    const docs = (await request(`${service.url}/api/docs-json`)).body;
    for (const prefix of ['/api/v1/statistics', '/api/v1/public/statistics']) {
      for (const route of ['victims', 'referrals', 'prosecutions', 'indicators', 'exports/glotip']) {
        const operation = docs.paths[`${prefix}/${route}`]?.get;
        expect(operation).toBeDefined();
        expect(Object.keys(operation.responses[200].content)).toEqual(['application/json', 'text/csv']);
        expect(operation.responses[400]).toBeDefined();
        expect(operation.responses[406]).toBeDefined();
        if (prefix.includes('public')) expect(operation.security).toEqual([]);
        else expect(operation.responses[401]).toBeDefined();
      }
    }
    const parameters = (path: string) => docs.paths[path].get.parameters.map((p: { name: string }) => p.name).sort();
    expect(parameters('/api/v1/statistics/victims')).toEqual(['from', 'groupBy', 'period', 'region', 'to']);
    expect(parameters('/api/v1/statistics/prosecutions')).toEqual(['from', 'groupBy', 'measure', 'office', 'period', 'region', 'to']);
    expect(docs.paths['/api/v1/statistics/prosecutions'].get.responses[403]).toBeDefined();
    expect(parameters('/api/v1/statistics/indicators')).toEqual(['groupBy', 'year']);
    expect(Object.keys(docs.components.schemas.ReferralsRow.properties)).toEqual(expect.arrayContaining(['need', 'status', 'declineReason', 'count', 'medianHoursToAcceptance']));
  });
});
