// Sends alert emails through SMTP (nodemailer, configured by SMTP_URL and ALERTS_FROM); null when SMTP is not set,
// and email alerts are then off (the feed still works).
import nodemailer from 'nodemailer';
import type { AlertSettings } from '../../core/config';
import { describeError, ERROR_CODES, ServiceError } from '../../core/errors';
import type { OutgoingMail } from './emails';

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** What health and the page say when email alerts are off. */
export const ALERTS_OFF_NOTICE = 'Email alerts are off on this server (SMTP_URL is not set); feeds still work.';

export function createMailer(settings: Pick<AlertSettings, 'smtpUrl' | 'from'>): Mailer | null {
  if (!settings.smtpUrl) return null;
  const transport = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
      } catch (error) {
        // The SMTP server's reply may quote the address: it is kept as the cause, for the log, out of the message.
        throw new ServiceError(ERROR_CODES.BACKEND_UNAVAILABLE, 'the mail server did not accept the email', { reason: describeError(error) }, { cause: error });
      }
    },
    close: () => transport.close(),
  };
}
