import { ArgumentsHost, Catch, INestApplication, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';
import { KafkaEventTransport } from './kafka-event.transport';

/**
 * Nest's default RPC filter replaces any error with "Internal server error"; the transport needs
 * the real one, to decide between retry and dead letter and to record why.
 */
@Catch()
export class PassThroughRpcExceptionFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

/** Connects the service's event handlers to Kafka and starts consuming. */
export async function connectEventTransport(app: INestApplication): Promise<KafkaEventTransport> {
  const transport = app.get(KafkaEventTransport);
  const microservice = app.connectMicroservice({ strategy: transport }, { inheritAppConfig: false, deferInitialization: true });
  microservice.useGlobalFilters(new PassThroughRpcExceptionFilter());
  await app.startAllMicroservices();
  return transport;
}
