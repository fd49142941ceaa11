import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consumerGroup, deadLetterTopic, retryTopic, SERVICE_PORTS, SERVICES, Topics } from '@relais/contracts';
import { parseAllDocuments } from 'yaml';

const root = join(__dirname, '..', '..');
const k8s = join(root, 'deploy', 'k8s');

interface Container {
  ports?: { containerPort: number }[];
  env?: { name: string; value?: string }[];
  readinessProbe?: { httpGet?: { path: string } };
  livenessProbe?: { httpGet?: { path: string } };
  resources?: { limits?: Record<string, string>; requests?: Record<string, string> };
}
interface Manifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
  spec?: Record<string, unknown> & { template?: { spec: { containers: Container[] } } };
  data?: Record<string, string>;
}

/** The manifests as `kubectl apply -k` would send them (kustomize built into kubectl). */
function render(dir: string): string {
  return execFileSync('kubectl', ['kustomize', join(k8s, dir)], { encoding: 'utf8' });
}
function build(dir: string): Manifest[] {
  return parseAllDocuments(render(dir)).map((d) => d.toJS() as Manifest);
}

describe.each(['base', 'overlays/multi-node'])('Kubernetes manifests: %s', (dir) => {
  const manifests = build(dir);

  it('are all valid against the Kubernetes (and Strimzi) resource schemas of kubernetes-models', () => {
    const output = execFileSync(process.execPath, [join(__dirname, 'validate-manifests.mjs')], { input: render(dir), encoding: 'utf8' });
    const results = output.trim().split('\n').map((line) => JSON.parse(line) as { kind: string; ok: boolean; error?: string });
    expect(results).toHaveLength(manifests.length);
    expect(results.filter((r) => !r.ok)).toEqual([]);
  });

  it('run every service with probes on its health endpoints, limits and a disruption budget', () => {
    for (const service of SERVICES) {
      const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === `relais-${service}`);
      expect(deployment).toBeDefined();
      const container = deployment!.spec!.template!.spec.containers[0];
      expect(container.ports?.[0].containerPort).toBe(SERVICE_PORTS[service]);
      expect(container.readinessProbe?.httpGet?.path).toBe('/health/ready');
      expect(container.livenessProbe?.httpGet?.path).toBe('/health/live');
      expect(container.resources?.limits?.memory).toBeDefined();
      expect(container.resources?.requests?.cpu).toBeDefined();
      expect(container.env?.find((e) => e.name === 'SERVICE')?.value).toBe(service);
      expect(manifests.some((m) => m.kind === 'PodDisruptionBudget' && m.metadata.name === `relais-${service}`)).toBe(true);
      expect(manifests.some((m) => m.kind === 'Service' && m.metadata.name === `relais-${service}`)).toBe(true);
    }
  });
});

type Labels = Record<string, string>;
interface Peer { podSelector?: { matchLabels?: Labels }; namespaceSelector?: { matchLabels?: Labels }; ipBlock?: { cidr: string } }
interface Rule { from?: Peer[]; to?: Peer[]; ports?: { protocol?: string; port?: number; endPort?: number }[] }
interface PolicySpec { podSelector: { matchLabels?: Labels }; policyTypes: string[]; ingress?: Rule[]; egress?: Rule[] }
interface PodSpec {
  containers: { env?: { valueFrom?: { secretKeyRef?: { name: string } } }[]; envFrom?: { secretRef?: { name: string } }[] }[];
  volumes?: { secret?: { secretName: string } }[];
}

/** What NetworkPolicies allow a pod with these labels, the way an enforcing CNI reads them. */
function network(manifests: Manifest[], labels: Labels) {
  const selects = (selector: { matchLabels?: Labels }) => Object.entries(selector.matchLabels ?? {}).every(([k, v]) => labels[k] === v);
  const policies = manifests.filter((m) => m.kind === 'NetworkPolicy').map((m) => m.spec as unknown as PolicySpec).filter((p) => selects(p.podSelector));
  const rules = (type: 'ingress' | 'egress') => policies.filter((p) => p.policyTypes.includes(type === 'ingress' ? 'Ingress' : 'Egress')).flatMap((p) => p[type] ?? []);
  const peer = (p: Peer) =>
    p.ipBlock ? `ip ${p.ipBlock.cidr}` : `${p.namespaceSelector ? (p.namespaceSelector.matchLabels?.['kubernetes.io/metadata.name'] ?? 'any namespace') : 'relais'}/${p.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? p.podSelector?.matchLabels?.['k8s-app'] ?? 'any pod'}`;
  const ports = (rule: Rule) =>
    (rule.ports ?? [{}]).flatMap(({ protocol = 'TCP', port, endPort }) =>
      port === undefined ? ['any port'] : Array.from({ length: (endPort ?? port) - port + 1 }, (_, i) => `${protocol}/${port + i}`),
    );
  const ingress = rules('ingress');
  const egress = rules('egress');
  return {
    deniedByDefault: ['Ingress', 'Egress'].every((type) => policies.some((p) => p.policyTypes.includes(type))),
    ingressFrom: [...new Set(ingress.flatMap((r) => (r.from ?? [{ namespaceSelector: {} }]).map(peer)))].sort(),
    ingressPorts: [...new Set(ingress.flatMap(ports))].sort(),
    egressTo: [...new Set(egress.flatMap((r) => (r.to ?? [{ namespaceSelector: {}, ipBlock: { cidr: 'anywhere' } }]).map(peer)))].sort(),
    egressPorts: [...new Set(egress.flatMap(ports))],
  };
}

function secretsOf(manifests: Manifest[], name: string, kind: 'Deployment' | 'Job' = 'Deployment'): string[] {
  const pod = (manifests.find((m) => m.kind === kind && m.metadata.name === name)!.spec!.template as unknown as { spec: PodSpec }).spec;
  const names = [
    ...pod.containers.flatMap((c) => (c.envFrom ?? []).map((e) => e.secretRef?.name)),
    ...pod.containers.flatMap((c) => (c.env ?? []).map((e) => e.valueFrom?.secretKeyRef?.name)),
    ...(pod.volumes ?? []).map((v) => v.secret?.secretName),
  ];
  return [...new Set(names.filter((n): n is string => Boolean(n)))];
}

describe.each(['base', 'overlays/multi-node'])('trust boundaries in %s', (dir) => {
  const manifests = build(dir);
  const DNS = ['TCP/53', 'UDP/53'];
  const BACKENDS = ['TCP/5432', 'TCP/9092', 'TCP/9093', 'TCP/9094', 'TCP/8080', 'TCP/443'];
  const DELIVERIES = ['TCP/25', 'TCP/465', 'TCP/587', 'TCP/80'];

  it('give each service and the gateway their own Secret and no other', () => {
    // Its own: its Secret, the one Strimzi makes for its KafkaUser, and the Kafka CA's public certificate.
    const own = (name: string, secret: string) => [`relais-${name}-secrets`, `relais-${name}`].includes(secret) || secret.endsWith('-cluster-ca-cert');
    for (const name of [...SERVICES, 'gateway']) {
      const secrets = secretsOf(manifests, `relais-${name}`);
      expect(secrets).toContain(`relais-${name}-secrets`);
      expect([name, secrets.filter((secret) => !own(name, secret))]).toEqual([name, []]);
    }
  });

  it('run the migrations as Jobs, the only pods holding the owner role’s Secret, which reach only Postgres', () => {
    const config = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name === 'relais-config')!;
    expect(config.data!.MIGRATE_ON_START).toBe('false');
    for (const service of SERVICES) {
      expect([service, secretsOf(manifests, `relais-${service}-migrate`, 'Job')]).toEqual([service, ['relais-migrate-secrets']]);
      const job = manifests.find((m) => m.kind === 'Job' && m.metadata.name === `relais-${service}-migrate`)!;
      const container = (job.spec!.template as unknown as { spec: { containers: (Container & { command?: string[]; image?: string })[] } }).spec.containers[0];
      expect(container.command).toEqual(['node', `dist/apps/${service}/src/main.js`, 'migrate']);
      expect(container.image).toMatch(new RegExp(`relais-${service}(:|$)`));
    }
    const deployments = manifests.filter((m) => m.kind === 'Deployment').map((m) => m.metadata.name);
    expect(deployments.filter((name) => secretsOf(manifests, name).includes('relais-migrate-secrets'))).toEqual([]);
    const migrate = network(manifests, { 'app.kubernetes.io/name': 'relais-migrate', 'app.kubernetes.io/part-of': 'relais' });
    expect(migrate.ingressFrom).toEqual([]);
    expect([...migrate.egressPorts].sort()).toEqual([...DNS, 'TCP/5432'].sort());
  });

  it('deny all traffic in the namespace by default', () => {
    const deny = manifests.filter((m) => m.kind === 'NetworkPolicy').map((m) => m.spec as unknown as PolicySpec).find((p) => Object.keys(p.podSelector).length === 0 && !p.podSelector.matchLabels);
    expect(deny).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });
    expect(network(manifests, { 'app.kubernetes.io/name': 'something-else' })).toMatchObject({ deniedByDefault: true, ingressFrom: [], egressTo: [] });
  });

  it('let nothing reach a service but the gateway and Prometheus, on its port only', () => {
    for (const service of SERVICES) {
      const allowed = network(manifests, { 'app.kubernetes.io/name': `relais-${service}`, 'app.kubernetes.io/part-of': 'relais' });
      expect([service, allowed.ingressFrom, allowed.ingressPorts]).toEqual([service, ['monitoring/prometheus', 'relais/relais-gateway'], [`TCP/${SERVICE_PORTS[service]}`]]);
    }
  });

  it('let a service reach Postgres, Kafka and the identity provider; only notifications reaches out for deliveries', () => {
    for (const service of SERVICES) {
      const { egressPorts } = network(manifests, { 'app.kubernetes.io/name': `relais-${service}`, 'app.kubernetes.io/part-of': 'relais' });
      const expected = [...DNS, ...BACKENDS, ...(service === 'notifications' ? DELIVERIES : [])];
      expect([service, [...egressPorts].sort()]).toEqual([service, expected.sort()]);
    }
  });

  it('let the gateway be reached from the ingress controller and reach only the services', () => {
    const gateway = network(manifests, { 'app.kubernetes.io/name': 'relais-gateway', 'app.kubernetes.io/part-of': 'relais' });
    expect(gateway.ingressFrom).toEqual(['ingress-nginx/any pod']);
    expect(gateway.egressTo).toEqual(['kube-system/kube-dns', ...SERVICES.map((s) => `relais/relais-${s}`)].sort());
    expect(gateway.egressPorts.sort()).toEqual([...DNS, ...SERVICES.map((s) => `TCP/${SERVICE_PORTS[s]}`)].sort());
  });

  it('give every service its own volume for the audit anchors, where AUDIT_ANCHOR_DIR points', () => {
    const config = manifests.find((m) => m.kind === 'ConfigMap' && m.metadata.name.startsWith('relais-config'))!;
    expect(config.data!.AUDIT_ANCHOR_DIR).toBe('/var/lib/relais/audit-anchors');
    for (const service of SERVICES) {
      expect(manifests.some((m) => m.kind === 'PersistentVolumeClaim' && m.metadata.name === `relais-${service}-audit-anchors`)).toBe(true);
      const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === `relais-${service}`)!;
      expect(JSON.stringify(deployment.spec)).toContain(`"claimName":"relais-${service}-audit-anchors"`);
    }
  });
});

describe.each(['base', 'overlays/multi-node'])('the gateway in %s', (dir) => {
  const manifests = build(dir);

  it('runs behind a Service on 3000, probed on its own health, with an Ingress sending everything to it', () => {
    const deployment = manifests.find((m) => m.kind === 'Deployment' && m.metadata.name === 'relais-gateway');
    const container = deployment!.spec!.template!.spec.containers[0];
    expect(container.ports?.[0].containerPort).toBe(3000);
    expect(container.readinessProbe?.httpGet?.path).toBe('/gateway/health');
    expect(container.resources?.limits?.memory).toBeDefined();
    const env = Object.fromEntries((container.env ?? []).map((e) => [e.name, e.value]));
    for (const service of SERVICES) expect(env[`${service.toUpperCase()}_URL`]).toBe(`http://relais-${service}:${SERVICE_PORTS[service]}`);
    expect(manifests.some((m) => m.kind === 'Service' && m.metadata.name === 'relais-gateway')).toBe(true);
    const ingress = manifests.find((m) => m.kind === 'Ingress')!;
    expect(JSON.stringify(ingress.spec)).toContain('"name":"relais-gateway"');
  });
});

describe('multi-node overlay', () => {
  const manifests = build('overlays/multi-node');

  it('declares every business topic and every group’s retry and dead-letter topics, keeping history', () => {
    const declared = manifests.filter((m) => m.kind === 'KafkaTopic').map((m) => m.spec as { topicName: string; config: Record<string, unknown> });
    const groups = SERVICES.map(consumerGroup);
    const expected = [...Object.values(Topics), ...groups.map(retryTopic), ...groups.map(deadLetterTopic)];
    expect(declared.map((t) => t.topicName).sort()).toEqual([...expected].sort());
    for (const topic of declared) expect(topic.config['retention.ms']).toBe(-1);
  });

  it('points at an existing cluster with replication, in its own namespace', () => {
    const config = manifests.find((m) => m.kind === 'ConfigMap')!;
    expect(config.data!.KAFKA_REPLICATION_FACTOR).toBe('3');
    expect(config.data!.KAFKA_BROKERS).toMatch(/bootstrap/);
    expect(config.data!.NODE_ENV).toBe('production');
    expect(manifests.filter((m) => m.kind !== 'Namespace').every((m) => m.metadata.namespace === 'relais')).toBe(true);
  });
});

describe('docker-compose.yml', () => {
  const compose = parseAllDocuments(readFileSync(join(root, 'docker-compose.yml'), 'utf8'))[0].toJS() as {
    services: Record<string, { environment?: Record<string, string>; ports?: string[]; image?: string; build?: { args?: Record<string, string> } }>;
  };
  const sources = sourceFiles(join(root, 'apps')).concat(sourceFiles(join(root, 'libs')));
  const code = sources.map((f) => readFileSync(f, 'utf8')).join('\n');

  it('runs the five services on their ports, with Kafka, Postgres, Keycloak, a mail catcher, a collector and Jaeger', () => {
    expect(Object.keys(compose.services).sort()).toEqual([...SERVICES, 'gateway', 'jaeger', 'kafka', 'kafka-acls', 'keycloak', 'keycloak-db', 'mailpit', 'otel-collector', 'postgres'].sort());
    for (const service of SERVICES) {
      const s = compose.services[service];
      expect(s.build?.args?.SERVICE).toBe(service);
      expect(s.environment?.PORT).toBe(String(SERVICE_PORTS[service]));
      expect(s.ports).toEqual([`127.0.0.1:${SERVICE_PORTS[service]}:${SERVICE_PORTS[service]}`]);
    }
  });

  it('puts the gateway on 3000, in front of every service', () => {
    const gateway = compose.services.gateway;
    expect(gateway.build?.args?.SERVICE).toBe('gateway');
    expect(gateway.ports).toEqual(['127.0.0.1:3000:3000']);
    for (const service of SERVICES) {
      expect(gateway.environment?.[`${service.toUpperCase()}_URL`]).toBe(`http://${service}:${SERVICE_PORTS[service]}`);
    }
  });

  it('names only variables the code reads', () => {
    // The gateway builds its `<NAME>_URL` names from SERVICES (gateway.config.spec.ts reads each).
    const upstreamUrls = SERVICES.map((s) => `${s.toUpperCase()}_URL`);
    const read = (service: string, name: string) => code.includes(name) || (service === 'gateway' && upstreamUrls.includes(name));
    for (const service of [...SERVICES, 'gateway']) {
      for (const name of Object.keys(compose.services[service].environment ?? {})) {
        expect([name, read(service, name)]).toEqual([name, true]);
      }
    }
  });
});

describe('docker-compose.yml secrets and anchors', () => {
  /** The file as Compose resolves it (anchors merged, ${…} interpolated), which also validates it. */
  const resolve = (env: Record<string, string> = {}) =>
    parseAllDocuments(execFileSync('docker-compose', ['-f', join(root, 'docker-compose.yml'), 'config'], { encoding: 'utf8', env: { ...process.env, ...env } }))[0].toJS() as {
      services: Record<string, { environment?: Record<string, string>; volumes?: string[] }>;
    };
  const compose = resolve();
  const mounts = (service: string) => Object.fromEntries((compose.services[service].volumes ?? []).map((v) => [v.split(':')[1], v.split(':')[0]]));
  const mountedBy = (volume: string) => Object.keys(compose.services).filter((s) => Object.values(mounts(s)).includes(volume));

  it('give vault keys to intake and prosecution only, each from its own variables, and keep development keys in a volume only their service mounts', () => {
    const holders = SERVICES.filter((s) => Object.keys(compose.services[s].environment ?? {}).some((name) => name.startsWith('VAULT_') && name !== 'VAULT_KEYS_DIR'));
    expect(holders.sort()).toEqual(['intake', 'prosecution']);
    expect(compose.services.prosecution.environment).not.toHaveProperty('VAULT_BLIND_INDEX_KEY');
    for (const service of SERVICES.filter((s) => compose.services[s].environment!.VAULT_KEYS_DIR)) {
      const volume = mounts(service)[compose.services[service].environment!.VAULT_KEYS_DIR];
      expect([service, mountedBy(volume)]).toEqual([service, [service]]);
    }
    expect(compose.services.statistics.environment).not.toHaveProperty('VAULT_KEYS_DIR');
    const configured = resolve({ INTAKE_VAULT_MASTER_KEYS: 'i1:intake-only', PROSECUTION_VAULT_MASTER_KEYS: 'p1:prosecution-only' });
    expect(configured.services.intake.environment!.VAULT_MASTER_KEYS).toBe('i1:intake-only');
    expect(configured.services.prosecution.environment!.VAULT_MASTER_KEYS).toBe('p1:prosecution-only');
  });

  it('give every service the audit anchor key and a volume of its own where its anchors go', () => {
    for (const service of SERVICES) {
      const env = compose.services[service].environment!;
      expect(env).toHaveProperty('AUDIT_ANCHOR_KEY');
      const volume = mounts(service)[env.AUDIT_ANCHOR_DIR];
      expect([service, volume && mountedBy(volume)]).toEqual([service, [service]]);
    }
    expect(resolve({ AUDIT_ANCHOR_KEY: 'a1:from-the-store' }).services.statistics.environment!.AUDIT_ANCHOR_KEY).toBe('a1:from-the-store');
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('spec') ? [path] : [];
  });
}
