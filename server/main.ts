// `npm start`: serve the API and the page on HOST:PORT; SIGTERM/SIGINT finish in-flight requests, then close the indexes.
import { loadConfig } from '../core/config';
import { describeError } from '../core/errors';
import { createLogger } from '../core/logger';
import { createTerminalReporter } from '../indexer/progress';
import { startServer } from './start';
import { compileRegExpsAtFirstUse } from '../core/regexp-engine';

async function main(): Promise<void> {
  compileRegExpsAtFirstUse();
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger, createTerminalReporter(process.stderr));
  console.error(`minutes-search: open ${server.url}`);
  const shutdown = (signal: string) => {
    logger.info({ event: 'shutdown', signal }, 'finishing in-flight requests');
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ event: 'shutdown_failed', reason: describeError(error) }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`minutes-search: ${describeError(error)}`);
  process.exit(1);
});
