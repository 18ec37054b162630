// `npm run index -- <file-or-folder>...`: index minutes into the data folder with progress and a summary.
// Exit code 0 when every file was indexed or unchanged, 1 when some failed, 2 on a setup error.
import { Command } from 'commander';
import { loadConfig } from '../core/config';
import { describeError } from '../core/errors';
import { createLogger } from '../core/logger';
import { indexPaths, type IndexSummary } from './pipeline';
import { createTerminalReporter } from './progress';
import { openStores } from './stores/open';
import { compileRegExpsAtFirstUse } from '../core/regexp-engine';
// The one import of server code here: alerts follow every indexing run (see docs/DESIGN.md, "Follow a topic").
import { alertOrigin, formatAlertRun, openAlerts, runAlerts } from '../server/alerts/run';

export function formatSummary(summary: IndexSummary): string[] {
  const lines = [
    `documents ${summary.documents}: ${summary.indexed} indexed, ${summary.unchanged} unchanged, ` +
      `${summary.removed} removed, ${summary.failed.length} failed`,
    `meetings ${summary.meetings}, items ${summary.items}, paragraphs ${summary.paragraphs}, chunks ${summary.chunks}` +
      ` (${summary.embedded} newly embedded)`,
    `semantic: ${summary.semantic}`,
    `time ${summary.seconds.toFixed(1)} s`,
  ];
  for (const failure of summary.failed) lines.push(`failed: ${failure.file}: ${failure.message} [${failure.code}]`);
  for (const warning of summary.warnings) lines.push(`warning: ${warning.message}`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  compileRegExpsAtFirstUse();
  const program = new Command()
    .name('npm run index --')
    .description('Index minutes (text, Markdown, HTML, Word .docx and .doc, OpenDocument .odt, Rich Text .rtf, PDF) into the data folder (DATA_DIR, default ./data).')
    .argument('[paths...]', 'files or folders to index (folders are searched recursively)', ['corpus'])
    .option('--prune', 'remove indexed documents under the given folders whose files no longer exist', false)
    .showHelpAfterError();
  program.parse(argv);
  const inputs = program.args.length > 0 ? program.args : ['corpus'];
  const { prune } = program.opts<{ prune: boolean }>();

  const config = loadConfig();
  const logger = createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
  const stores = await openStores(config, logger, { deferModel: true });
  try {
    const summary = await indexPaths(inputs, stores, config, createTerminalReporter(process.stderr), { prune });
    for (const line of formatSummary(summary)) console.log(line);
    const alerts = openAlerts(config);
    try {
      for (const line of formatAlertRun(await runAlerts(alerts, stores, config, logger, alertOrigin(config)))) console.log(line);
    } finally {
      alerts.close();
    }
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    await stores.close();
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`index: ${describeError(error)}`);
    process.exit(2);
  },
);
