/**
 * The `dateline` command line. Exit codes: 0 every document succeeded, 1 some
 * failed, 2 usage errors.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analysisJsonSchema } from '../model/index.js';
import { analyzeCommand, DEFAULT_JOBS } from './analyze.js';
import { exportGdelt } from './export.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';

const MIB = 1024 * 1024;

function positiveInt(name: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${name} must be a whole number of at least 1`);
    return n;
  };
}

export function buildProgram(): Command {
  const program = new Command('dateline')
    .description('News event intelligence: clean, dated, source-attributed articles from piles of news files.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text.startsWith('error:') ? `dateline: ${text}` : text) })
    .showHelpAfterError('(run `dateline --help` for usage)');

  program
    .command('analyze')
    .alias('analyse')
    .description(
      'Analyse news files and write one JSON object per document to stdout, in input order.\n' +
        'PATH is a file, a folder (read recursively) or - for standard input. Formats are detected by content:\n' +
        'plain text, HTML, RSS/Atom feeds, JSON Lines, WARC; each may be gzip-compressed.',
    )
    .argument('<path...>', 'files, folders, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('jsonl'))
    .option('--stories', 'group reports of the same event and write one story object per group after the documents', false)
    .option('-j, --jobs <n>', `worker threads (default: ${DEFAULT_JOBS}, the number of cores)`, positiveInt('--jobs'), DEFAULT_JOBS)
    .option('--strict', 'stop at the first document that fails', false)
    .option('--keep-going', 'go on after a failed document (the default)')
    .option('--no-progress', 'no progress bar on stderr')
    .option(
      '--max-bytes <MiB>',
      'largest single HTML or text document to read, in MiB',
      positiveInt('--max-bytes'),
      20,
    )
    .action(async (paths: string[], opts: { format: OutputFormat; stories: boolean; jobs: number; strict: boolean; progress: boolean; maxBytes: number }) => {
      process.exitCode = await analyzeCommand(paths, {
        format: opts.format,
        stories: opts.stories,
        jobs: opts.jobs,
        strict: opts.strict,
        progress: opts.progress,
        maxBytes: opts.maxBytes * MIB,
      });
    });

  program
    .command('export')
    .description(
      'Convert analysis output (the JSON Lines of `dateline analyze`) to another layout.\n' +
        'gdelt: the GDELT 2.0 Events table, one tab-separated row per coded event, with CAMEO codes and Goldstein values.\n' +
        'Example: dateline analyze samples | dateline export --format gdelt > events.tsv',
    )
    .argument('[file...]', 'analysis JSON Lines files; standard input when none is given')
    .addOption(new Option('-f, --format <format>', 'output layout').choices(['gdelt']).makeOptionMandatory())
    .option('--header', 'write a first row with the GDELT column names', false)
    .action(async (files: string[], opts: { header: boolean }) => {
      process.exitCode = await exportGdelt(files, { header: opts.header });
    });

  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of one analysed document, as `analyze` writes it')
    .action(() => {
      process.stdout.write(JSON.stringify(analysisJsonSchema(), null, 2) + '\n');
    });

  return program;
}

async function main(): Promise<void> {
  // A closed pipe (`dateline analyze ... | head`) is a normal way to stop reading.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      process.exitCode = ok ? 0 : 2;
      return;
    }
    process.stderr.write(`dateline: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}

await main();
