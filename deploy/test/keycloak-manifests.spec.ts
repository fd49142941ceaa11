import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';

/** deploy/k8s/keycloak: the optional Keycloak for installations without an identity provider. */
const dir = join(__dirname, '..', 'k8s', 'keycloak');

interface Container {
  image: string;
  args?: string[];
  env?: { name: string; value?: string }[];
  envFrom?: { secretRef?: { name: string } }[];
  volumeMounts?: { name: string; mountPath: string }[];
  readinessProbe?: { httpGet?: { path: string; port: string } };
}
interface Manifest {
  kind: string;
  metadata: { name: string };
  spec?: { template?: { spec: { containers: Container[]; volumes?: { name: string; configMap?: { name: string } }[] } } };
}

describe('Kubernetes manifests: keycloak', () => {
  const rendered = execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' });
  const manifests = parseAllDocuments(rendered).map((d) => d.toJS() as Manifest);

  it('are valid against the Kubernetes resource schemas', () => {
    const output = execFileSync(process.execPath, [join(__dirname, 'validate-manifests.mjs')], { input: rendered, encoding: 'utf8' });
    const results = output.trim().split('\n').map((line) => JSON.parse(line) as { ok: boolean });
    expect(results).toHaveLength(manifests.length);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('imports the production realm from its ConfigMap, pins the issuer and keeps credentials in a Secret', () => {
    const deployment = manifests.find((m) => m.kind === 'Deployment')!;
    const pod = deployment.spec!.template!.spec;
    const container = pod.containers[0];
    expect(container.image).toBe('quay.io/keycloak/keycloak:26.7.3');
    expect(container.args).toEqual(['start', '--import-realm']);
    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
    expect(env.KC_HOSTNAME).toMatch(/^https:\/\//);
    expect(Object.keys(env).filter((name) => /PASSWORD|SECRET/.test(name))).toEqual([]);
    expect(container.envFrom?.[0].secretRef?.name).toBe('relais-keycloak');
    const realm = container.volumeMounts!.find((v) => v.mountPath === '/opt/keycloak/data/import')!;
    expect(pod.volumes!.find((v) => v.name === realm.name)?.configMap?.name).toBe('relais-keycloak-realm');
    expect(container.readinessProbe?.httpGet).toEqual({ path: '/health/ready', port: 'management' });
  });
});
