import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@relais/contracts';
import { clusterAcls } from '@relais/messaging';
import { deployFiles, replaceRegion } from '../../tools/deploy/generate';

const root = join(__dirname, '..', '..');
const HAND_WRITTEN_BASE = ['config.yaml', 'gateway.yaml', 'kustomization.yaml', 'migrate.yaml', 'network-policies.yaml'];

describe('the deployment written from the service list', () => {
  const files = [...deployFiles(root)];

  it.each(files.map(([path]) => path))('%s is what `npm run deploy:generate` writes (run it after changing SERVICES, SERVICE_PORTS or tools/deploy/services.ts)', (path) => {
    const fresh = new Map(files).get(path);
    expect(readFileSync(join(root, path), 'utf8')).toBe(fresh);
  });

  it('has a manifest in deploy/k8s/base for every service and none for a service no longer listed', () => {
    const manifests = readdirSync(join(root, 'deploy', 'k8s', 'base')).filter((f) => !HAND_WRITTEN_BASE.includes(f));
    expect(manifests.sort()).toEqual(SERVICES.map((s) => `${s}.yaml`).sort());
  });

  it('gives deploy/kafka/kafka.sh a SCRAM user for every principal with ACLs, and for no other', () => {
    const listed = readFileSync(join(root, 'deploy', 'kafka', 'principals'), 'utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    const withAcls = new Set(clusterAcls().map((acl) => acl.principal.replace(/^User:/, '')));
    expect([...listed].sort()).toEqual([...withAcls].sort());
  });

  it('replaces only what lies between a region’s markers, and refuses a file without them', () => {
    const text = ['a:', '  # >>> list (npm run deploy:generate)', '  - old', '  # <<< list', 'b: 1'].join('\n');
    expect(replaceRegion('f.yaml', text, 'list', ['  - x', '  - y'])).toBe(['a:', '  # >>> list (npm run deploy:generate)', '  - x', '  - y', '  # <<< list', 'b: 1'].join('\n'));
    expect(() => replaceRegion('f.yaml', 'a: 1', 'list', [])).toThrow('f.yaml: no region "list"');
  });
});
