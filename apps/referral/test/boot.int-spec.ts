import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeServiceBoot } from '@relais/testing';
import { getMetadataStorage } from 'class-validator';
import { CreateAgencyBody, UpdateAgencyBody } from '../src/http/dto/agency.body';
import { CreateReferralBody } from '../src/http/dto/create-referral.body';
import { ListAgenciesQuery } from '../src/http/dto/list-agencies.query';
import { ListEscalationsQuery } from '../src/http/dto/list-escalations.query';
import { ListReferralsQuery } from '../src/http/dto/list-referrals.query';
import { CloseReferralBody, DeclineReferralBody, ReferralTransitionBody } from '../src/http/dto/referral-transition.body';
import { AgencyTypePriorityBody, DeadlineRuleBody, NeedRuleBody, NeedRulesBody, RoutingRulesBody } from '../src/http/dto/routing-rules.body';
import { REFERRAL_SERVICE } from '../src/referral.service-definition';

jest.setTimeout(120_000);

interface Operation {
  tags?: string[];
  summary?: string;
  security?: unknown[];
  parameters?: { name: string; in: string; schema?: unknown }[];
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
}

// The checks every service passes, including that it serves exactly docs/openapi/referral.json.
describeServiceBoot(REFERRAL_SERVICE);

describe('referral OpenAPI document (as served, checked above)', () => {
  const doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } } = JSON.parse(
    readFileSync(join(__dirname, '../../../docs/openapi/referral.json'), 'utf8'),
  );

  it('describes every endpoint of the issue', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual([
      'GET /api/v1/agencies',
      'GET /api/v1/agencies/{agencyId}/accounts',
      'GET /api/v1/agencies/{id}',
      'GET /api/v1/agency-change-requests',
      'GET /api/v1/audit',
      'GET /api/v1/audit/verification',
      'GET /api/v1/escalations',
      'GET /api/v1/referral-statuses',
      'GET /api/v1/referrals',
      'GET /api/v1/referrals/{id}',
      'GET /api/v1/routing-rules',
      'GET /api/v1/routing-rules/versions',
      'GET /api/v1/routing-rules/versions/{version}',
      'GET /api/v1/victims/{victimRef}/referrals',
      'PATCH /api/v1/agencies/{id}',
      'POST /api/v1/agencies',
      'POST /api/v1/agencies/{agencyId}/accounts',
      'POST /api/v1/agencies/{agencyId}/accounts/{userId}/disable',
      'POST /api/v1/agencies/{agencyId}/accounts/{userId}/enable',
      'POST /api/v1/agencies/{agencyId}/accounts/{userId}/reset-password',
      'POST /api/v1/agency-change-requests/{id}/approve',
      'POST /api/v1/agency-change-requests/{id}/reject',
      'POST /api/v1/escalations/{id}/resolve',
      'POST /api/v1/referrals',
      'POST /api/v1/referrals/{id}/accept',
      'POST /api/v1/referrals/{id}/acknowledge',
      'POST /api/v1/referrals/{id}/close',
      'POST /api/v1/referrals/{id}/decline',
      'POST /api/v1/routing-rules/preview',
      'PUT /api/v1/routing-rules',
    ]);
  });

  it('gives every operation a tag, a summary, the bearer scheme, a typed success answer and the common error shape', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method.toUpperCase()} ${path}`;
        expect({ where, tags: op.tags?.length ?? 0 }).toEqual({ where, tags: 1 });
        expect({ where, summary: typeof op.summary }).toEqual({ where, summary: 'string' });
        expect({ where, security: op.security }).toEqual({ where, security: [{ bearer: [] }] });
        const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
        expect(success.length).toBeGreaterThan(0);
        for (const [, answer] of success) expect(answer.content?.['application/json']?.schema).toBeDefined();
        expect(op.responses['401']?.content?.['application/json']?.schema).toEqual({ $ref: '#/components/schemas/ErrorBodyDto' });
      }
    }
  });

  it('documents every validated field of every request body and query', () => {
    const classes = [
      CreateReferralBody, ReferralTransitionBody, DeclineReferralBody, CloseReferralBody, CreateAgencyBody, UpdateAgencyBody, RoutingRulesBody, NeedRulesBody,
      NeedRuleBody, AgencyTypePriorityBody, DeadlineRuleBody,
    ];
    for (const cls of classes) {
      const validated = new Set(getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).map((m) => m.propertyName));
      const documented = Object.keys(doc.components.schemas[cls.name]?.properties ?? {});
      expect({ cls: cls.name, documented: documented.sort() }).toEqual({ cls: cls.name, documented: [...validated].sort() });
    }
    const queries: [string, new () => object][] = [
      ['GET /api/v1/referrals', ListReferralsQuery],
      ['GET /api/v1/agencies', ListAgenciesQuery],
      ['GET /api/v1/escalations', ListEscalationsQuery],
    ];
    for (const [where, cls] of queries) {
      const [method, path] = where.split(' ');
      const documented = (doc.paths[path][method.toLowerCase()].parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const validated = new Set(getMetadataStorage().getTargetValidationMetadatas(cls, '', true, false).map((m) => m.propertyName));
      expect({ where, documented: documented.sort() }).toEqual({ where, documented: [...validated].sort() });
    }
  });
});
