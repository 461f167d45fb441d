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
