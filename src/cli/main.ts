/**
 * The `dateline` command line. Exit codes: 0 every document succeeded, 1 some
 * failed, 2 usage errors.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { analysisJsonSchema } from '../model/index.js';
import { DEFAULT_WINDOW } from '../link/index.js';
import { analyzeCommand, DEFAULT_JOBS } from './analyze.js';
import { exportGdelt } from './export.js';
import { OUTPUT_FORMATS, type OutputFormat } from './output.js';
import { CLAIM_FORMATS, claimsCommand, UsageError, type ClaimsOptions } from './claims.js';
import { ingestCommand, type IngestCommandOptions } from './ingest.js';
import { addStoreOptions, type StoreFlags } from './store-options.js';
import { linkCommand, workerCommand, type WorkerOptions } from './worker.js';
import { DEFAULT_HOST, DEFAULT_PORT, parsePort, serveCommand, type ServeCommandOptions } from './serve.js';

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
    .option('--stories', 'group reports of the same event and write one story object per group after the documents (which then wait for the end of the input: a story can date what one report leaves open)', false)
    .option(
      '--story-window <n>',
      `documents kept comparable for --stories; a story with no report among the last n is closed, so memory stays flat (default: ${DEFAULT_WINDOW})`,
      positiveInt('--story-window'),
      DEFAULT_WINDOW,
    )
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
    .action(async (paths: string[], opts: { format: OutputFormat; stories: boolean; storyWindow: number; jobs: number; strict: boolean; progress: boolean; maxBytes: number }) => {
      process.exitCode = await analyzeCommand(paths, {
        format: opts.format,
        stories: opts.stories,
        storyWindow: opts.storyWindow,
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

  addStoreOptions(
    program
      .command('serve')
      .description(
        'Serve the stored documents: a JSON API under /api (described at /openapi.json) and the web UI at /.\n' +
          'Binds to 127.0.0.1 unless --host says otherwise; Ctrl-C stops it.',
      ),
  )
    .option('-p, --port <port>', 'port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--host <address>', 'address to bind to; anything but loopback exposes the store to the network', DEFAULT_HOST)
    .option('--no-cache', 'answer every request from the store, without the cache of recent answers')
    .option('--workers <n>', 'processes answering requests (default: the number of cores with --database-url, 1 with the embedded store)', positiveInt('--workers'))
    .action(async (opts: ServeCommandOptions) => {
      process.exitCode = await serveCommand(opts);
    });

  addStoreOptions(
    program
      .command('ingest')
      .description(
        'Analyse news files and store the documents and everything extracted from them in PostgreSQL: ' +
          'an embedded database in --data DIR (default ./dateline-data), or the server at --database-url / DATABASE_URL.\n' +
          'One transaction per document; inputs already stored are skipped, so an interrupted ingest resumes when run again.',
      )
      .argument('<path...>', 'files, folders, or - for standard input'),
  )
    .option('-j, --jobs <n>', `worker threads (default: ${DEFAULT_JOBS}, the number of cores)`, positiveInt('--jobs'), DEFAULT_JOBS)
    .option('--queue', 'only queue the inputs for `dateline worker` processes', false)
    .option('--no-stories', 'do not rebuild stories after storing (see `dateline link`)')
    .option('--no-progress', 'no progress bar on stderr')
    .option('--max-bytes <MiB>', 'largest single HTML or text document to read, in MiB', positiveInt('--max-bytes'), 20)
    .option('--strict', 'stop at the first document that fails', false)
    .action(async (paths: string[], opts: IngestCommandOptions) => {
      process.exitCode = await ingestCommand(paths, { ...opts, maxBytes: opts.maxBytes * MIB });
    });

  addStoreOptions(
    program
      .command('worker')
      .description(
        'Analyse and store documents queued by `dateline ingest --queue`. Run as many workers as you like against one ' +
          'PostgreSQL server: each document is taken by one worker, and a worker that dies mid-batch loses nothing.',
      ),
  )
    .option('--batch <n>', 'documents taken per transaction', positiveInt('--batch'), 16)
    .option('--once', 'stop when the queue is empty instead of waiting for more', false)
    .option('-j, --jobs <n>', 'analysis threads', positiveInt('--jobs'), 1)
    .option('--poll <seconds>', 'seconds between looks at an empty queue', positiveInt('--poll'), 2)
    .action(async (opts: WorkerOptions) => {
      process.exitCode = await workerCommand(opts);
    });

  addStoreOptions(program.command('link').description('Rebuild the stories from every stored document (after workers have run)')).action(
    async (opts: StoreFlags) => {
      process.exitCode = await linkCommand(opts);
    },
  );

  addStoreOptions(
    program
      .command('claims')
      .description(
        "A figure's history across the stored documents (deaths, injuries, arrests, displaced people...), newest first, " +
          'with qualifier, as-of date, attribution, outlet and the sentence it came from.\n' +
          'Example: dateline claims --kind killed --where "Gaza Strip"',
      ),
  )
    .option('--kind <kind>', 'killed, wounded, abducted, displaced, arrested, missing or other')
    .option('--where <place>', 'a place: canonical id, name or alias')
    .option('--from <date>', 'as-of (or publication) date on or after: YYYY-MM-DD, YYYY-MM or YYYY')
    .option('--to <date>', 'as-of (or publication) date on or before')
    .addOption(new Option('-f, --format <format>', 'table for a person, jsonl for machines').choices(CLAIM_FORMATS).default('table'))
    .action(async (opts: ClaimsOptions) => {
      try {
        process.exitCode = await claimsCommand(opts);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        process.stderr.write(`dateline: claims: ${error.message}\n`);
        process.exitCode = 2;
      }
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
