/** Types for postgres-server.mjs, which the bench runs as plain JavaScript. */
export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** A fresh, empty database on this server; returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Whether a database of this name exists (a kept server's folder may hold one). */
  hasDatabase(name: string): Promise<boolean>;
  /** The URL of a database on this server, existing or not. */
  databaseUrl(name: string): string;
  stop(): Promise<void>;
}

export const postgresMissingNote: string;
export function postgresBinDir(): string | null;
export function startPostgres(options?: { settings?: string[]; dir?: string }): Promise<PostgresServer>;
