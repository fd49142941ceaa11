import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { currentLanguage } from '@relais/platform';
import { ListOffices } from '../use-cases/list-offices';
import { ApiCommonErrors } from './api-docs';
import { OfficeListDto } from './dto/views';

/** Public reference data, but behind a token like every Relais route. */
@ApiTags('offices')
@ApiCommonErrors()
@Controller('api/v1/offices')
export class OfficesController {
  constructor(private readonly offices: ListOffices) {}

  @Get()
  @ApiOperation({ summary: "The prosecutor's offices and the places routed to each (says when it is the demo mapping)" })
  @ApiOkResponse({ type: OfficeListDto })
  listOffices(): OfficeListDto {
    return this.offices.execute(currentLanguage());
  }
}
