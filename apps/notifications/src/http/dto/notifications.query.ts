import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import type { NotificationsFilter } from '../../use-cases/list-notifications';

export class NotificationsQuery implements NotificationsFilter {
  @ApiPropertyOptional({ type: Boolean, description: 'Only the notifications the caller has not read.', example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Cursor: the `nextCursor` of the previous page.' })
  @IsOptional()
  @IsUUID()
  before?: string;
}
