import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Language } from '@relais/contracts';
import { SERVICE_CONFIG } from '@relais/platform';
import { createTransport, Transporter } from 'nodemailer';
import SMTPTransport from 'nodemailer/lib/smtp-transport';
import { DeliveryError } from '../domain/delivery-error';
import { RenderedEmail } from '../domain/render';
import { NotificationsConfig } from '../notifications.config';

export interface EmailRequest {
  to: string;
  email: RenderedEmail;
  language: Language;
  deliveryId: string;
  /** Distinguishes the addresses of one delivery in the Message-ID. */
  targetDigest: string;
}

/**
 * Sends one plain-text message per address through SMTP (SMTP_URL), so that no recipient sees
 * another's address and a retry reaches only the addresses not yet served. A 5xx answer is
 * permanent (unknown mailbox, refused sender); connection failures and 4xx are retried.
 */
@Injectable()
export class EmailSender implements OnApplicationShutdown {
  private readonly transport: Transporter<SMTPTransport.SentMessageInfo>;

  constructor(@Inject(SERVICE_CONFIG) private readonly config: NotificationsConfig) {
    this.transport = createTransport({
      url: config.SMTP_URL,
      connectionTimeout: config.SMTP_TIMEOUT_MS,
      greetingTimeout: config.SMTP_TIMEOUT_MS,
      socketTimeout: config.SMTP_TIMEOUT_MS,
      logger: false,
    });
  }

  async send(request: EmailRequest): Promise<void> {
    try {
      await this.transport.sendMail({
        from: this.config.SMTP_FROM,
        to: request.to,
        subject: request.email.subject,
        text: request.email.text,
        messageId: `<${request.deliveryId}.${request.targetDigest.slice(0, 12)}@relais>`,
        headers: { 'Content-Language': request.language, 'X-Relais-Delivery-Id': request.deliveryId, 'Auto-Submitted': 'auto-generated' },
      });
    } catch (error) {
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      if (typeof responseCode === 'number') throw new DeliveryError(`SMTP ${responseCode}${code ? ` ${code}` : ''}`, responseCode >= 500);
      throw new DeliveryError(`SMTP ${code ?? 'error'}`);
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
