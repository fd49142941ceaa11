import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { DEFAULT_DATABASE_URL, OWNER_ROLE, serviceRole, urlAsRole } from '@relais/persistence';

const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const BROKER_LIST = /^[A-Za-z0-9.-]+:\d{1,5}(,[A-Za-z0-9.-]+:\d{1,5})*$/;

/**
 * Settings every service reads. Property names are the environment variables themselves, so the
 * error message, the README table and the deployment files all speak the same names. Defaults
 * are the local development set-up, so `npm start` needs no .env file.
 */
export class ServiceConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV = 'development';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT!: number;

  /** Interface to bind; 127.0.0.1 locally, 0.0.0.0 in containers. */
  @IsString()
  HOST = '127.0.0.1';

  /**
   * Which server and database. The services log in as DATABASE_USER and migrate as
   * DATABASE_OWNER_USER, whatever user is written here (tools such as db:setup log in as that
   * one); the password written here is used only when its user is the role logging in.
   */
  @Matches(/^postgres(ql)?:\/\/.+\/[a-z_][a-z0-9_]*$/, { message: 'DATABASE_URL must be postgres://[user@]host:port/database' })
  DATABASE_URL = DEFAULT_DATABASE_URL;

  /** The service's own login role, which may use only its schema (default relais_<service>). */
  @IsOptional()
  @Matches(ROLE_NAME, { message: 'DATABASE_USER must be a plain role name, e.g. relais_intake' })
  DATABASE_USER?: string;

  /** DATABASE_USER's password; none locally (Postgres trusts 127.0.0.1), from the secret store in production. */
  @IsOptional()
  @IsString()
  DATABASE_PASSWORD?: string;

  /** The role that owns the schemas and tables and runs the migrations. */
  @Matches(ROLE_NAME, { message: 'DATABASE_OWNER_USER must be a plain role name, e.g. relais_owner' })
  DATABASE_OWNER_USER = OWNER_ROLE;

  /** Needed only where migrations run (MIGRATE_ON_START, or the migrate job): keep it off the service's pods otherwise. */
  @IsOptional()
  @IsString()
  DATABASE_OWNER_PASSWORD?: string;

  @Type(() => Number)
  @IsInt()
  @Min(2)
  @Max(100)
  DB_POOL_SIZE = 10;

  @Type(() => Boolean)
  @IsBoolean()
  MIGRATE_ON_START = true;

  @Matches(BROKER_LIST, { message: 'KAFKA_BROKERS must be host:port[,host:port…] (use 127.0.0.1, not localhost)' })
  KAFKA_BROKERS = '127.0.0.1:9092';

  /** Prefix of every topic and consumer group: lets several installations or test runs share a cluster. */
  @Matches(/^([a-z0-9-]+\.)?$/, { message: 'KAFKA_NAMESPACE must be empty or end with a dot, e.g. "staging."' })
  KAFKA_NAMESPACE = '';

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  KAFKA_TOPIC_PARTITIONS = 3;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  KAFKA_REPLICATION_FACTOR = 1;

  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(20)
  MESSAGING_MAX_ATTEMPTS = 5;

  @Type(() => Number)
  @IsInt()
  @Min(10)
  @Max(600_000)
  MESSAGING_RETRY_BASE_MS = 1000;

  /** Events handled per consumer transaction: fewer shortens how long locks (the audit chain's) are held. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  MESSAGING_TRANSACTION_BATCH_SIZE = 100;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Writes (POST, PUT, PATCH, DELETE) a signed-in user may make per minute on this instance; 0 = no limit. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  WRITE_RATE_LIMIT_PER_MINUTE = 600;

  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be an http(s) URL' })
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  /**
   * The bearer token Prometheus sends to scrape `/metrics` (its `authorization` setting). Live
   * counters per need and region are not for anyone who can reach the port: without a token, the
   * route answers only in development.
   */
  @IsOptional()
  @IsString()
  @Matches(/^\S{24,}$/, { message: 'METRICS_TOKEN must be at least 24 characters without spaces' })
  METRICS_TOKEN?: string;

  /** The service's connection: DATABASE_URL's database, as the service's own role. */
  serviceDatabaseUrl(service: string): string {
    const user = this.serviceDatabaseUser(service);
    return urlAsRole(this.DATABASE_URL, user, this.DATABASE_PASSWORD ?? this.passwordInUrlFor(user));
  }

  serviceDatabaseUser(service: string): string {
    return this.DATABASE_USER ?? serviceRole(service);
  }

  /** The migrations' connection: DATABASE_URL's database, as the owner role. */
  ownerDatabaseUrl(): string {
    return urlAsRole(this.DATABASE_URL, this.DATABASE_OWNER_USER, this.DATABASE_OWNER_PASSWORD ?? this.passwordInUrlFor(this.DATABASE_OWNER_USER));
  }

  /** A DATABASE_URL written for the very role that logs in (a secret per service) keeps its password. */
  private passwordInUrlFor(user: string): string | undefined {
    const url = new URL(this.DATABASE_URL);
    return url.password && decodeURIComponent(url.username) === user ? decodeURIComponent(url.password) : undefined;
  }

  get kafkaBrokers(): string[] {
    return this.KAFKA_BROKERS.split(',');
  }
}
