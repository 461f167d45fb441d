/**
 * The local Neo4j: Neo4j Community 5.26 embedded in neo4j/src/main/java/botnia/neo4j/Launcher.java, resolved from
 * Maven Central by the machine's `mvn` the first time, then started as a child java process on loopback.
 * Used by `npm start` and the test setup when no NEO4J_URI is given.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const LAUNCHER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../neo4j');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const LAUNCHER_CLASS = path.join(TARGET, 'classes/botnia/neo4j/Launcher.class');
/** Written after a successful build: Maven leaves unchanged outputs with their old times. */
const BUILT_STAMP = path.join(TARGET, '.built');
const READY = /^BOTNIA-NEO4J READY (\S+)/;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export type Progress = (line: string) => void;

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function isBuilt(): boolean {
  if (!existsSync(CLASSPATH_FILE) || !existsSync(LAUNCHER_CLASS) || !existsSync(BUILT_STAMP)) return false;
  const built = statSync(BUILT_STAMP).mtimeMs;
  const sources = [path.join(LAUNCHER_DIR, 'pom.xml'), path.join(LAUNCHER_DIR, 'src/main/java/botnia/neo4j/Launcher.java')];
  return sources.every((s) => statSync(s).mtimeMs <= built);
}

/** Resolves Neo4j and APOC from Maven Central and compiles the launcher, unless that was done already. */
export async function buildLauncher(progress: Progress = () => {}): Promise<void> {
  if (isBuilt()) return;
  progress('Resolving Neo4j 5.26 from Maven Central and compiling the launcher (the first run takes a minute or more)…');
  let downloaded = 0;
  let lastReport = Date.now();
  const tail: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const mvn = spawn('mvn', ['-B', '-f', path.join(LAUNCHER_DIR, 'pom.xml'), 'package'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    mvn.on('error', (err) =>
      reject(new LocalNeo4jError(`could not run mvn (${err.message}); install Maven and JDK 17+, or set NEO4J_URI`)),
    );
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/^\[INFO\] Downloaded from/.test(line)) downloaded++;
      if (Date.now() - lastReport > 5000) {
        lastReport = Date.now();
        progress(`  … still resolving: ${downloaded} artifacts downloaded so far`);
      }
    };
    lines(mvn.stdout!, onLine);
    lines(mvn.stderr!, onLine);
    mvn.on('close', resolve);
  });
  if (code !== 0) {
    throw new LocalNeo4jError(`mvn package failed (exit ${code}):\n${tail.join('\n')}`);
  }
  writeFileSync(BUILT_STAMP, new Date().toISOString());
  progress(`Neo4j launcher ready (${downloaded} artifacts downloaded).`);
}

function lines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    buffer += chunk;
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      onLine(buffer.slice(0, nl).replace(/\r$/, ''));
      buffer = buffer.slice(nl + 1);
    }
  });
  stream.on('end', () => {
    if (buffer) onLine(buffer);
  });
}

/** True when something already accepts connections on 127.0.0.1:port. */
export function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** A free TCP port on loopback, for throwaway databases. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface LocalNeo4jOptions {
  port: number;
  dataDir: string;
  startTimeoutMs?: number;
  /** Page cache size passed to Neo4j, e.g. "256m". */
  pageCache?: string;
  /** Extra JVM options, e.g. ["-Xmx1g"]. */
  jvmOptions?: string[];
  progress?: Progress;
}

export class LocalNeo4j {
  private constructor(
    readonly uri: string,
    private readonly child: ChildProcess,
    private readonly exited: Promise<number | null>,
  ) {}

  static async start(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
    const progress = options.progress ?? (() => {});
    await buildLauncher(progress);
    if (await portInUse(options.port)) {
      throw new LocalNeo4jError(
        `port ${options.port} on 127.0.0.1 is already in use: stop what runs there, set NEO4J_LOCAL_PORT to another port, or point NEO4J_URI at that server`,
      );
    }
    mkdirSync(options.dataDir, { recursive: true });
    const classpath = `${path.join(TARGET, 'classes')}${path.delimiter}${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
    const args = [
      '-XX:+UseG1GC',
      '-Xss2m',
      ...(options.jvmOptions ?? ['-Xmx1g']),
      '-cp',
      classpath,
      'botnia.neo4j.Launcher',
      '--data',
      options.dataDir,
      '--port',
      String(options.port),
      '--plugins',
      path.join(TARGET, 'plugins'),
      '--page-cache',
      options.pageCache ?? '256m',
      '--watch-stdin',
    ];
    progress(`Starting Neo4j on bolt://127.0.0.1:${options.port} (data in ${options.dataDir})…`);
    const child = spawn(javaBinary(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const tail: string[] = [];
    const remember = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
    };

    const uri = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new LocalNeo4jError(`Neo4j did not become ready within ${options.startTimeoutMs ?? 180_000} ms:\n${tail.join('\n')}`));
      }, options.startTimeoutMs ?? 180_000);
      child.once('error', (err) => {
        clearTimeout(timer);
        reject(new LocalNeo4jError(`could not start java (${err.message}); install JDK 17+ or set NEO4J_URI`));
      });
      void exited.then((code) => {
        clearTimeout(timer);
        reject(new LocalNeo4jError(`Neo4j exited (code ${code}) before it was ready:\n${tail.filter((l) => !/^\s+at /.test(l)).join('\n')}`));
      });
      lines(child.stdout!, (line) => {
        remember(line);
        const ready = READY.exec(line);
        if (ready) {
          clearTimeout(timer);
          resolve(ready[1]!);
        }
      });
      lines(child.stderr!, remember);
    });
    // Keep draining the pipes so the JVM never blocks on a full buffer.
    child.stdout!.resume();
    child.stderr!.resume();
    return new LocalNeo4j(uri, child, exited);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** SIGTERM (Neo4j checkpoints and closes), then SIGKILL if it takes longer than the grace period. */
  async stop(graceMs = 30_000): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
