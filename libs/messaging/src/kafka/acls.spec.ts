import { SERVICES, TOPIC_OWNERS } from '@relais/contracts';
import { AclEntry, AclOperationTypes as Op, AclResourceTypes as Res, ResourcePatternTypes as Pattern } from 'kafkajs';
import { clusterAcls, operatorAcls, serviceAcls, SUBSCRIPTIONS } from './acls';

/** The operations a principal has on one literal topic. */
function on(acls: AclEntry[], topic: string): Op[] {
  return acls.filter((a) => a.resourceType === Res.TOPIC && a.resourceName === topic && a.resourcePatternType === Pattern.LITERAL).map((a) => a.operation);
}

describe('ACLs of the Relais principals', () => {
  it('lets each service write only its own business topic and its own retry and dead-letter topics', () => {
    for (const service of SERVICES) {
      const acls = serviceAcls(service);
      const written = acls.filter((a) => a.operation === Op.WRITE).map((a) => a.resourceName);
      const owned = Object.entries(TOPIC_OWNERS).filter(([, owner]) => owner === service).map(([topic]) => topic);
      expect(written.sort()).toEqual([...owned, `relais.${service}.retry`, `relais.${service}.dlq`].sort());
      expect(acls.every((a) => a.resourcePatternType === Pattern.LITERAL || a.resourceType === Res.GROUP)).toBe(true);
    }
  });

  it('lets a service read what it consumes but not write it', () => {
    expect(on(serviceAcls('referral'), 'intake.identifications').sort()).toEqual([Op.READ, Op.CREATE, Op.DESCRIBE].sort());
    expect(on(serviceAcls('notifications'), 'referral.referrals')).not.toContain(Op.WRITE);
    expect(on(serviceAcls('intake'), 'notifications.deliveries')).toEqual([]);
    expect(SUBSCRIPTIONS.statistics.flatMap((t) => on(serviceAcls('statistics'), t))).not.toContain(Op.WRITE);
  });

  it('gives each service its own consumer groups only, by prefix', () => {
    const groups = serviceAcls('statistics').filter((a) => a.resourceType === Res.GROUP);
    expect(new Set(groups.map((g) => `${g.resourceName}:${g.resourcePatternType}`))).toEqual(new Set([`relais.statistics:${Pattern.PREFIXED}`]));
  });

  it('applies a namespace to every topic and group, so tests run under the production rules', () => {
    const plain = serviceAcls('intake');
    const spaced = serviceAcls('intake', 'tabc.');
    expect(spaced.map((a) => a.resourceName)).toEqual(plain.map((a) => `tabc.${a.resourceName}`));
  });

  it('lets the operator read and describe, never write, create or delete', () => {
    const operations = new Set(operatorAcls().map((a) => a.operation));
    for (const denied of [Op.WRITE, Op.CREATE, Op.DELETE, Op.ALTER, Op.ALTER_CONFIGS, Op.ALL]) expect(operations.has(denied)).toBe(false);
  });

  it('grants only to known principals, never to everyone', () => {
    const principals = new Set(clusterAcls().map((a) => a.principal));
    expect(principals).toEqual(new Set([...SERVICES, 'operator'].map((p) => `User:${p}`)));
  });
});
