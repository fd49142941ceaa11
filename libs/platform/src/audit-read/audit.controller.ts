import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ErrorBodyDto } from '../errors/error-body.dto';
import { AuditVerificationDto, PersonAuditListDto, PersonAuditQuery } from './audit-read.dto';
import { ReadPersonAudit } from './read-person-audit';
import { VerifyAuditTrail } from './verify-audit-trail';

/** The data protection officer's read of the service's audit trail (register with AUDIT_READ_PROVIDERS). */
@ApiTags('audit')
@ApiBearerAuth()
@ApiBadRequestResponse({ type: ErrorBodyDto, description: 'A malformed reference.' })
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'Only the data protection officer.' })
@Controller('api/v1/audit')
export class AuditController {
  constructor(
    private readonly read: ReadPersonAudit,
    private readonly verify: VerifyAuditTrail,
  ) {}

  @Get()
  @Roles('data_protection_officer')
  @ApiOperation({
    summary: 'Who read, or tried to read, a person’s file here',
    description: 'Every audit entry on the person (`resourceId=V-…`) or on this service’s records about them, oldest first (up to 1000): actor, organisation and legal basis when recorded, time, action, outcome. This read is itself audited.',
  })
  @ApiOkResponse({ type: PersonAuditListDto })
  list(@CurrentUser() principal: Principal, @Query() query: PersonAuditQuery): Promise<PersonAuditListDto> {
    return this.read.execute(principal, query.resourceId);
  }

  @Get('verification')
  @Roles('data_protection_officer')
  @ApiOperation({ summary: 'Check this service’s hash-chained audit trail (read-only, as `npm run audit:verify`)' })
  @ApiOkResponse({ type: AuditVerificationDto })
  verification(): Promise<AuditVerificationDto> {
    return this.verify.execute();
  }
}
