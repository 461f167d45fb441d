/** Child processes of the benchmark: servers (each in its own process) and the importer. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO_DIR = path.resolve(BENCH_DIR, '..');

export interface Child {
  name: string;
  proc: ChildProcess;
  /** stdout/stderr tail, for error messages */
  tail: string[];
  stop(): Promise<void>;
}

/** Calls onLine for each line of a stream (node's readline, which also takes \r\n). */
function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', onLine);
}

/** Runs a TypeScript file of bench/ under node + tsx, with extra node flags (heap size, --cpu-prof). */
export function spawnTs(
  name: string,
  file: string,
  args: string[],
  opts: { env?: Record<string, string>; nodeFlags?: string[]; onLine?: (line: string, stream: 'out' | 'err') => void } = {},
): Child {
  const proc = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', 'tsx', path.join(BENCH_DIR, file), ...args], {
    cwd: REPO_DIR,
    env: { ...process.env, ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  const remember = (stream: 'out' | 'err') => (line: string) => {
    tail.push(line);
    if (tail.length > 60) tail.shift();
    opts.onLine?.(line, stream);
  };
  lines(proc.stdout!, remember('out'));
  lines(proc.stderr!, remember('err'));
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return {
    name,
    proc,
    tail,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export interface RunningServer {
  child: Child;
  port: number;
  /** port of the measured-pass stats (0 when the server does not record) */
  statsPort: number;
}

/** Starts a server child and resolves once it prints `READY <port> [<stats port>]`. */
export function startServer(name: string, file: string, env: Record<string, string>, nodeFlags: string[] = []): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let done = false;
    const child = spawnTs(name, file, [], {
      env,
      nodeFlags,
      onLine: (line) => {
        const m = /^READY (\d+)(?: (\d+))?/.exec(line);
        if (m && !done) {
          done = true;
          resolve({ child, port: Number(m[1]), statsPort: Number(m[2] ?? 0) });
        }
      },
    });
    child.proc.once('exit', (code) => {
      if (!done) {
        done = true;
        reject(new Error(`${name} exited (${code}) before it was ready:\n${child.tail.join('\n')}`));
      }
    });
    setTimeout(() => {
      if (!done) {
        done = true;
        void child.stop();
        reject(new Error(`${name} was not ready within 120 s:\n${child.tail.join('\n')}`));
      }
    }, 120_000);
  });
}

/** Runs a TypeScript file to completion and returns its last stdout line (the JSON result). */
export function runTs(
  name: string,
  file: string,
  args: string[],
  opts: { nodeFlags?: string[]; onStderr?: (line: string) => void } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    let last = '';
    const child = spawnTs(name, file, args, {
      nodeFlags: opts.nodeFlags,
      onLine: (line, stream) => {
        if (stream === 'out' && line.trim()) last = line;
        if (stream === 'err') opts.onStderr?.(line);
      },
    });
    child.proc.once('exit', (code) => {
      if (code === 0) resolve(last);
      else reject(new Error(`${name} failed (exit ${code}):\n${child.tail.join('\n')}`));
    });
  });
}
