/** The options every store command shares: where the data lives. */
import { Option, type Command } from 'commander';
import { DEFAULT_DATA_DIR, type StoreOptions } from '../store/index.js';

export interface StoreFlags {
  data?: string;
  databaseUrl?: string;
}

export function addStoreOptions(command: Command): Command {
  return command
    .option('--data <dir>', `folder of the embedded database (default: ./${DEFAULT_DATA_DIR}); ignored with --database-url`)
    .addOption(
      new Option('--database-url <url>', 'a PostgreSQL server instead of the embedded database: postgres://user@host:port/db').env('DATABASE_URL'),
    );
}

export function storeOptions(flags: StoreFlags): StoreOptions {
  return flags.databaseUrl ? { url: flags.databaseUrl } : { data: flags.data ?? DEFAULT_DATA_DIR };
}
