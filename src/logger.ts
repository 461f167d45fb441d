import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * pino: JSON lines (ready for log shipping) when stdout is not a terminal; readable lines through pino-pretty when
 * a person watches `npm start` in one.
 */
export function createLogger(level: string, name = 'botnia-graph'): Logger {
  const pretty = process.stdout.isTTY && level !== 'silent';
  return pino({
    name,
    level,
    base: { name },
    transport: pretty ? { target: 'pino-pretty', options: { ignore: 'pid,hostname,name', translateTime: 'HH:MM:ss' } } : undefined,
  });
}
