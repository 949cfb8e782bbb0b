/**
 * What a person sees on stderr during a long run: a progress bar on a terminal
 * (documents, docs/s, ETA from the bytes read when the input size is known), and
 * always one summary line at the end.
 */
import { Presets, SingleBar } from 'cli-progress';

export interface Tally {
  done: number;
  failed: number;
  duplicates: number;
  /** Inputs that hold no news document (WARC image records, redirects). */
  skipped: number;
}

export interface Progress {
  /** Whether a bar is shown: when it is not, nothing needs sizing. */
  active: boolean;
  /** Total input size in bytes, when known. */
  setTotalBytes(bytes: number): void;
  addBytes(bytes: number): void;
  update(tally: Tally): void;
  /** Prints a line above the bar without breaking it. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) {
    return {
      active: false,
      setTotalBytes: () => {},
      addBytes: () => {},
      update: () => {},
      log: (line) => void stream.write(line + '\n'),
      stop: () => {},
    };
  }
  const started = Date.now();
  let totalBytes = 0;
  let bytes = 0;
  const bar = new SingleBar(
    {
      stream,
      format: '{bar} {percentage}% | {docs} docs | {rate} docs/s | ETA {remaining} | {failed} failed',
      hideCursor: true,
      clearOnComplete: true,
      fps: 5,
    },
    Presets.shades_classic,
  );
  bar.start(1, 0, { docs: 0, rate: '0', failed: 0, remaining: '…' });
  // From the share of input bytes read so far: the only measure of the whole known up front.
  const payload = (tally: Tally) => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const share = totalBytes > 0 ? Math.min(1, bytes / totalBytes) : 0;
    const remaining = share > 0.01 ? formatDuration((seconds * (1 - share)) / share) : '…';
    return { docs: tally.done, rate: (tally.done / seconds).toFixed(1), failed: tally.failed, remaining };
  };
  let last: Tally = { done: 0, failed: 0, duplicates: 0, skipped: 0 };
  return {
    active: true,
    setTotalBytes: (n) => {
      totalBytes = n;
      bar.setTotal(Math.max(1, n));
    },
    addBytes: (n) => {
      bytes += n;
      bar.update(Math.min(bytes, Math.max(1, totalBytes)), payload(last));
    },
    update: (tally) => {
      last = tally;
      bar.update(Math.min(bytes, Math.max(1, totalBytes)), payload(tally));
    },
    log: (line) => {
      // cli-progress redraws on the next tick; clearing the line first keeps the message whole.
      stream.write('\r\x1b[K' + line + '\n');
    },
    stop: () => {
      bar.stop();
    },
  };
}

/** 75 -> "1m15s", 3700 -> "1h01m". */
export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function summaryLine(tally: Tally, elapsedMs: number): string {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? tally.done / seconds : 0;
  return (
    `dateline: ${tally.done} done, ${tally.failed} failed, ${tally.duplicates} skipped as duplicates, ` +
    (tally.skipped ? `${tally.skipped} skipped as not news, ` : '') +
    `${seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s), peak memory ${peakMemoryMb()} MB`
  );
}

/** Peak resident set size of this process, worker threads included. */
export function peakMemoryMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}
