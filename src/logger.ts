import { pino, type Logger } from 'pino';

export type { Logger };

/** One JSON line per event on stdout (pino), so logs can be shipped as they are. */
export function createLogger(level: string, name = 'botnia-graph'): Logger {
  return pino({ name, level, base: { name } });
}
