import { Inject, Injectable } from '@nestjs/common';
import { queryRows, verifyAuditChain } from '@relais/auth';
import { DataSource } from 'typeorm';
import { AuditVerificationDto } from './audit-read.dto';
import { PERSON_AUDIT_RESOURCES, PersonAuditResources } from './person-resources';

/** `npm run audit:verify`'s check of this service's chain, read-only, for the data protection officer's screen. */
@Injectable()
export class VerifyAuditTrail {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(PERSON_AUDIT_RESOURCES) private readonly resources: PersonAuditResources,
  ) {}

  async execute(): Promise<AuditVerificationDto> {
    const [{ schema }] = await queryRows<{ schema: string }>(this.dataSource, 'SELECT current_schema() AS schema');
    const report = await verifyAuditChain(this.dataSource, schema);
    return { service: this.resources.service, ...report, checkedAt: new Date().toISOString() };
  }
}
