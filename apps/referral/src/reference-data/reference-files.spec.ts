import directoryFile from '../../data/demo-directory.json';
import rulesFile from '../../data/routing-rules.json';
import { parseDirectoryFile, parseRulesFile } from './reference-files';

describe('reference data files', () => {
  it('the shipped files are valid, versioned and sourced', () => {
    const rules = parseRulesFile(rulesFile);
    const directory = parseDirectoryFile(directoryFile);
    for (const file of [rules, directory]) {
      expect(file.version).toMatch(/^\d{4}\.\d+$/);
      expect(file.source.length).toBeGreaterThan(20);
    }
    expect(directory.agencies).toHaveLength(33);
  });

  it('a bad file stops the start-up, naming every problem', () => {
    const broken = { ...rulesFile, rules: { ...rulesFile.rules, deadlines: [{ acknowledgeMinutes: 'soon' }] } };
    expect(() => parseRulesFile(broken)).toThrow(/data\/routing-rules.json is invalid: .*deadlines\.0\.acknowledgeMinutes.*deadlines\.0\.acceptMinutes/);
    const duplicate = { ...directoryFile, agencies: [directoryFile.agencies[0], directoryFile.agencies[0]] };
    expect(() => parseDirectoryFile(duplicate)).toThrow('agency id demo-cp-kayes appears twice');
    const unknown = { ...directoryFile, agencies: [{ ...directoryFile.agencies[0], phone: '+22370000000' }] };
    expect(() => parseDirectoryFile(unknown)).toThrow(/agencies\.0\.phone/);
  });

  it('a rules file whose logic is inconsistent is refused too', () => {
    const noDefault = { ...rulesFile, rules: { ...rulesFile.rules, deadlines: rulesFile.rules.deadlines.slice(0, 1) } };
    expect(() => parseRulesFile(noDefault)).toThrow(expect.objectContaining({ code: 'ROUTING_RULES_INVALID' }));
  });
});
