import { Controller, Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@relais/auth';
import { telemetry } from '@relais/observability/telemetry';
import { Request, Response } from 'express';

/** Prometheus scrape endpoint, served by the OpenTelemetry exporter inside the service's own port. */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  scrape(@Req() req: Request, @Res() res: Response): void {
    const exporter = telemetry()?.prometheus;
    if (!exporter) {
      res.status(503).type('text/plain').send('# telemetry is not started in this process\n');
      return;
    }
    exporter.getMetricsRequestHandler(req, res);
  }
}
