// `npm run alerts`: matches the paragraphs indexed since the last run against every saved search and sends the
// digests that are due, for a cron job; prints what it sent (by subscription id, never an address).
// Exit code 0 when every digest went, 1 when the mail server refused some (they wait for the next run), 2 on a setup error.
import { loadConfig } from '../../core/config';
import { describeError } from '../../core/errors';
import { createLogger } from '../../core/logger';
import { openStores } from '../../indexer/stores/open';
import { alertOrigin, formatAlertRun, openAlerts, runAlerts } from './run';

async function main(): Promise<number> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const stores = await openStores(config, logger, { deferModel: true });
  const alerts = openAlerts(config);
  try {
    const summary = await runAlerts(alerts, stores, config, logger, alertOrigin(config));
    for (const line of formatAlertRun(summary)) console.log(line);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    alerts.close();
    await stores.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`alerts: ${describeError(error)}`);
    process.exit(2);
  },
);
