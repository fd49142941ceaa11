import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@relais/auth';
import { telemetry } from '@relais/observability/telemetry';
import { Request, Response } from 'express';
import { ServiceConfig } from '../config/service-config';
import { SERVICE_CONFIG } from '../tokens';

/**
 * Prometheus scrape endpoint, served by the OpenTelemetry exporter inside the service's own port.
 * Never published by the gateway; and since exact live counters could be read off it by anyone who
 * reaches the port, it takes `METRICS_TOKEN` as a bearer token, and without one answers only in
 * development.
 */
@ApiExcludeController()
@Public()
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(SERVICE_CONFIG) private readonly config: ServiceConfig) {}

  @Get()
  scrape(@Req() req: Request, @Res() res: Response): void {
    if (!this.admits(req.header('authorization'))) {
      res.status(401).setHeader('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('# a scrape token is required\n');
      return;
    }
    const exporter = telemetry()?.prometheus;
    if (!exporter) {
      res.status(503).type('text/plain').send('# telemetry is not started in this process\n');
      return;
    }
    exporter.getMetricsRequestHandler(req, res);
  }

  private admits(authorization: string | undefined): boolean {
    const expected = this.config.METRICS_TOKEN;
    if (expected === undefined) return this.config.NODE_ENV !== 'production';
    const given = Buffer.from(/^Bearer (\S+)$/i.exec(authorization ?? '')?.[1] ?? '');
    const wanted = Buffer.from(expected);
    return given.length === wanted.length && timingSafeEqual(given, wanted);
  }
}
