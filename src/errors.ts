/**
 * Typed errors with stable codes. The API turns them into GraphQL errors with `extensions.code`; the CLIs print
 * their message. Anything else that escapes is an INTERNAL_SERVER_ERROR with no details shown to clients.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  /** A name that more than one entity goes by. */
  Ambiguous: 'AMBIGUOUS_NAME',
  DatabaseUnavailable: 'DATABASE_UNAVAILABLE',
  QueryTimeout: 'QUERY_TIMEOUT',
  DatabaseError: 'DATABASE_ERROR',
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown; details?: Record<string, unknown> },
  ) {
    super(message, options);
    this.details = options?.details;
  }
  /** Machine-readable particulars, sent in `extensions` beside the code (the candidates of an ambiguous name). */
  readonly details?: Record<string, unknown>;
}

/** A count argument (`first`, `limit`): a whole number from 0 to `max`, else BAD_USER_INPUT saying so of `what`. */
export function countUpTo(value: number, max: number, what: string): number {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new AppError(ErrorCode.BadUserInput, `${what} must be between 0 and ${max}.`);
  return value;
}
