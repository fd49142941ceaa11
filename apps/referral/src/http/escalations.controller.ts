import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Principal, Roles } from '@relais/auth';
import { ListEscalations } from '../use-cases/list-escalations';
import { EscalationView, PageView } from '../use-cases/shared/views';
import { ApiErrors } from './api-docs';
import { ListEscalationsQuery } from './dto/list-escalations.query';
import { EscalationPageDto } from './dto/views.dto';

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('api/v1/escalations')
export class EscalationsController {
  constructor(private readonly listEscalations: ListEscalations) {}

  @Get()
  @Roles('coordinator')
  @ApiOperation({ summary: 'Needs put before the coordinator (deadline missed, declined, no candidate); newest first.' })
  @ApiOkResponse({ type: EscalationPageDto })
  @ApiErrors(400, 401, 403)
  list(@CurrentUser() principal: Principal, @Query() query: ListEscalationsQuery): Promise<PageView<EscalationView>> {
    return this.listEscalations.execute(
      principal,
      {
        cause: query.cause,
        need: query.need,
        region: query.region,
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
      },
      { page: query.page, pageSize: query.pageSize },
    );
  }
}
