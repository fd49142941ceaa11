import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticSeverity, Parser } from '@asyncapi/parser';
import { EVENT_CATALOGUE } from '../registry';
import { asyncApiYaml } from './generate-asyncapi';

const checkedIn = join(__dirname, '../../../../docs/asyncapi.yaml');

describe('AsyncAPI document', () => {
  it('is valid AsyncAPI 3.0 according to the official parser', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(checkedIn, 'utf8'));
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error);
    expect(errors.map((e) => `${e.path.join('.')}: ${e.message}`)).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const names = document!.allMessages().all().map((m) => m.name());
    expect(names.sort()).toEqual(EVENT_CATALOGUE.map((d) => d.type).sort());
  });

  it('is what the contracts generate today (run `npm run asyncapi` after changing a contract)', () => {
    expect(readFileSync(checkedIn, 'utf8')).toBe(asyncApiYaml());
  });
});
