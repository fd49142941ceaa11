import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SERVICES } from '@relais/contracts';
import { AclEntry, AclOperationTypes, AclResourceTypes, ResourcePatternTypes } from 'kafkajs';
import { parseAllDocuments } from 'yaml';
import { operatorAcls, serviceAcls } from './acls';

interface KafkaUser {
  metadata: { name: string };
  spec: { authentication: { type: string }; authorization: { type: string; acls: { resource: { type: string; name?: string; patternType?: string }; operations: string[] }[] } };
}

const file = join(__dirname, '../../../../deploy/k8s/overlays/multi-node/kafka-users.yaml');
const names = (o: object) => Object.fromEntries(Object.entries(o).map(([k, v]) => [v, k])) as Record<number, string>;
const operation = names(AclOperationTypes);
const resource = names(AclResourceTypes);

/** One comparable line per ACL: `type:name:pattern:operation`, in Strimzi's spelling. */
function fromKafkajs(acls: AclEntry[]): string[] {
  return acls
    .map((a) => {
      const type = resource[a.resourceType].toLowerCase();
      const pattern = a.resourcePatternType === ResourcePatternTypes.PREFIXED ? 'prefix' : 'literal';
      const op = operation[a.operation].split('_').map((w) => w[0] + w.slice(1).toLowerCase()).join('');
      return type === 'cluster' ? `cluster:::${op}` : `${type}:${a.resourceName}:${pattern}:${op}`;
    })
    .sort();
}

function fromStrimzi(user: KafkaUser): string[] {
  return user.spec.authorization.acls
    .flatMap(({ resource: r, operations }) => operations.map((op) => (r.type === 'cluster' ? `cluster:::${op}` : `${r.type}:${r.name}:${r.patternType ?? 'literal'}:${op}`)))
    .sort();
}

describe('Strimzi KafkaUsers (deploy/k8s/overlays/multi-node/kafka-users.yaml)', () => {
  const users = new Map(
    parseAllDocuments(readFileSync(file, 'utf8'))
      .map((d) => d.toJS() as KafkaUser)
      .map((u) => [u.metadata.name, u]),
  );

  it('declares one SCRAM-SHA-512 user per service and the operator, with simple authorization', () => {
    expect([...users.keys()].sort()).toEqual([...SERVICES, 'operator'].map((s) => `relais-${s}`).sort());
    for (const user of users.values()) expect(user.spec).toMatchObject({ authentication: { type: 'scram-sha-512' }, authorization: { type: 'simple' } });
  });

  it('grants exactly the ACLs the local broker enforces', () => {
    for (const service of SERVICES) expect(fromStrimzi(users.get(`relais-${service}`)!)).toEqual(fromKafkajs(serviceAcls(service)));
    expect(fromStrimzi(users.get('relais-operator')!)).toEqual(fromKafkajs(operatorAcls()));
  });
});
