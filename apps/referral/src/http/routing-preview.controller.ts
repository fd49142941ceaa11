import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@relais/auth';
import { PreviewRouting } from '../use-cases/preview-routing';
import { ApiErrors } from './api-docs';
import { RoutingPreviewBody, RoutingPreviewDto } from './dto/routing-preview.body';

@ApiTags('routing-rules')
@ApiBearerAuth()
@Controller('api/v1/routing-rules')
export class RoutingPreviewController {
  constructor(private readonly preview: PreviewRouting) {}

  @Post('preview')
  @HttpCode(200)
  @Roles('coordinator')
  @ApiOperation({
    summary: 'Who would receive a hypothetical person’s needs (coordinator)',
    description: 'Computed by the routing the service applies to every identification, on the directory, rules and load of now (or a given rules version). Writes nothing.',
  })
  @ApiOkResponse({ type: RoutingPreviewDto })
  @ApiErrors(400, 401, 403, 404)
  run(@Body() body: RoutingPreviewBody): Promise<RoutingPreviewDto> {
    return this.preview.execute(body);
  }
}
