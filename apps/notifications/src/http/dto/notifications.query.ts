import { ApiPropertyOptional } from '@nestjs/swagger';
import { KeysetPageQuery } from '@relais/platform';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import type { NotificationsFilter } from '../../use-cases/list-notifications';
import { NEWEST_FIRST_CURSOR } from './paging';

export class NotificationsQuery extends KeysetPageQuery(NEWEST_FIRST_CURSOR) implements NotificationsFilter {
  @ApiPropertyOptional({ type: Boolean, description: 'Only the notifications the caller has not read.', example: true })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unread?: boolean;
}
