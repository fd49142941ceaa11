import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsEmail, IsIn, IsOptional, IsString, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { Language } from '@relais/contracts';
import type { RecipientChannelsInput } from '../../use-cases/put-recipient-channels';
import { IsE164, IsWebhookSecret } from './validators';

export class WebhookChannelBody implements NonNullable<RecipientChannelsInput['webhook']> {
  @ApiProperty({
    description: "The receiver's URL. Relais POSTs each event there as a CloudEvent (structured JSON), signed per Standard Webhooks.",
    example: 'https://dossiers.ong-exemple.ml/relais/evenements',
    maxLength: 2000,
  })
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false, disallow_auth: true })
  url!: string;

  @ApiPropertyOptional({
    description:
      'The signing secret, `whsec_` then the base64 of 24 to 64 random bytes (Standard Webhooks format). Stored encrypted, never returned. ' +
      'Omit it to keep the secret already registered for this recipient.',
    example: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
    writeOnly: true,
  })
  @IsOptional()
  @IsString()
  @IsWebhookSecret()
  secret?: string;
}

/** The whole channel configuration of a recipient; what is left out is removed (the inbox always stays). */
export class RecipientChannelsBody implements RecipientChannelsInput {
  @ApiPropertyOptional({ type: WebhookChannelBody, description: 'Leave out to remove the webhook.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => WebhookChannelBody)
  webhook?: WebhookChannelBody;

  @ApiPropertyOptional({
    type: [String],
    description: 'Addresses that receive each notification (one message per address). Functional addresses are preferred to personal ones.',
    example: ['permanence@ong-exemple.ml'],
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique((email: unknown) => (typeof email === 'string' ? email.toLowerCase() : email))
  @IsEmail({}, { each: true })
  @MaxLength(254, { each: true })
  emails?: string[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Mobile numbers in international format (E.164) that receive each notification by SMS.',
    example: ['+22376000000'],
    maxItems: 10,
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ArrayUnique()
  @IsE164({ each: true })
  phones?: string[];

  @ApiProperty({ enum: ['fr', 'en'], description: 'Language of e-mails and SMS for this recipient.', example: 'fr' })
  @IsIn(['fr', 'en'])
  language!: Language;
}
