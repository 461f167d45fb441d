/** A problem in a seed file, located by file, line and field path: `file:line path: message`. */
export interface Problem {
  file: string;
  line?: number;
  path: (string | number)[];
  message: string;
}

export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out;
}

export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const field = formatPath(p.path);
  return field ? `${where} ${field}: ${p.message}` : `${where}: ${p.message}`;
}

export class SeedValidationError extends Error {
  override name = 'SeedValidationError';
  constructor(readonly problems: Problem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the seed files; nothing was written:\n${problems.map(formatProblem).join('\n')}`);
  }
}
