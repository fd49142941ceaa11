import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { IdempotencyKey } from '@relais/platform';
import { Response } from 'express';
import { CreateAgencyAccount } from '../use-cases/create-agency-account';
import { DisableAgencyAccount } from '../use-cases/disable-agency-account';
import { EnableAgencyAccount } from '../use-cases/enable-agency-account';
import { ListAgencyAccounts } from '../use-cases/list-agency-accounts';
import { PasswordReset, ResetAgencyAccountPassword } from '../use-cases/reset-agency-account-password';
import { AccountView } from '../use-cases/shared/agency-accounts';
import { ApiErrors } from './api-docs';
import { AgencyAccountParams, AgencyAccountsParams, CreateAccountBody } from './dto/account.body';
import { AccountViewDto, CreatedAccountDto, PasswordResetDto } from './dto/account-views.dto';

/**
 * An agency's accounts, kept in the identity provider. The agency's administrator manages its
 * caseworkers; the coordinator and system administrators any agency's caseworkers and administrators.
 */
@ApiTags('accounts')
@ApiBearerAuth()
@ApiErrors(401, 403, 503)
@Roles('agency_admin', 'coordinator', 'system_admin')
@Controller('api/v1/agencies/:agencyId/accounts')
export class AccountsController {
  constructor(
    private readonly listAccounts: ListAgencyAccounts,
    private readonly createAccount: CreateAgencyAccount,
    private readonly disableAccount: DisableAgencyAccount,
    private readonly enableAccount: EnableAgencyAccount,
    private readonly resetPassword: ResetAgencyAccountPassword,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The agency\'s accounts: id, username, enabled, agency roles, creation date.' })
  @ApiOkResponse({ type: [AccountViewDto] })
  @ApiErrors(400, 404)
  list(@CurrentUser() principal: Principal, @Param() params: AgencyAccountsParams): Promise<AccountView[]> {
    return this.listAccounts.execute(principal, params.agencyId);
  }

  @Post()
  @ApiOperation({
    summary: 'Open an account in the agency (a caseworker by default). Its one-time password is in this answer only.',
    description: 'With an Idempotency-Key, the same request again answers 200 with the account (without the password); another request with that key, 409.',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Makes a retry harmless.' })
  @ApiCreatedResponse({ type: CreatedAccountDto })
  @ApiOkResponse({ type: CreatedAccountDto, description: 'The same request was already made.' })
  @ApiErrors(400, 404, 409)
  async create(
    @CurrentUser() principal: Principal,
    @Param() params: AgencyAccountsParams,
    @Body() body: CreateAccountBody,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedAccountDto> {
    const input = { username: body.username, firstName: body.firstName, lastName: body.lastName, email: body.email, role: body.role ?? 'agency_caseworker' } as const;
    const created = await this.createAccount.execute(principal, params.agencyId, input, key);
    // A password in the body must not be kept by any cache on the way.
    res.status(created.status).setHeader('Cache-Control', 'no-store');
    return created.account;
  }

  @Post(':userId/disable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch the account off: no new sign-in or refresh; its sessions end now.' })
  @ApiOkResponse({ type: AccountViewDto })
  @ApiErrors(400, 404)
  disable(@CurrentUser() principal: Principal, @Param() params: AgencyAccountParams): Promise<AccountView> {
    return this.disableAccount.execute(principal, params.agencyId, params.userId);
  }

  @Post(':userId/enable')
  @HttpCode(200)
  @ApiOperation({ summary: 'Switch the account back on.' })
  @ApiOkResponse({ type: AccountViewDto })
  @ApiErrors(400, 404)
  enable(@CurrentUser() principal: Principal, @Param() params: AgencyAccountParams): Promise<AccountView> {
    return this.enableAccount.execute(principal, params.agencyId, params.userId);
  }

  @Post(':userId/reset-password')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new one-time password (in this answer, once) or an e-mailed link; the account\'s sessions end.' })
  @ApiOkResponse({ type: PasswordResetDto })
  @ApiErrors(400, 404)
  async reset(@CurrentUser() principal: Principal, @Param() params: AgencyAccountParams, @Res({ passthrough: true }) res: Response): Promise<PasswordReset> {
    const reset = await this.resetPassword.execute(principal, params.agencyId, params.userId);
    res.setHeader('Cache-Control', 'no-store');
    return reset;
  }
}
