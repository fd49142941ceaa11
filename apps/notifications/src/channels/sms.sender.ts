import { Inject, Injectable } from '@nestjs/common';
import { concatenationReference, splitSms, toGsm7 } from '../domain/gsm7';
import { SMS_GATEWAY, SmsGateway } from './sms-gateway';

/**
 * Turns a message into GSM-7 SMS for one number: one SMS if it fits 160 septets, otherwise parts
 * of 153 with a shared concatenation reference, each handed to the gateway in order.
 */
@Injectable()
export class SmsSender {
  constructor(@Inject(SMS_GATEWAY) private readonly gateway: SmsGateway) {}

  async send(to: string, text: string, deliveryId: string): Promise<void> {
    const parts = splitSms(toGsm7(text));
    const reference = concatenationReference(deliveryId);
    for (const [index, part] of parts.entries()) {
      await this.gateway.send({
        to,
        text: part,
        reference: parts.length > 1 ? `${deliveryId}:${index + 1}` : deliveryId,
        encoding: 'GSM-7',
        ...(parts.length > 1 ? { concatenation: { reference, part: index + 1, parts: parts.length } } : {}),
      });
    }
  }
}
