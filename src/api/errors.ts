import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';
import { LIMIT_CODES } from './limits.js';

/**
 * Every error leaves the API with a stable `extensions.code` and never a stack trace: typed AppErrors keep their
 * message; GraphQL's own validation errors pass as they are; anything unexpected is logged and masked.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions: { ...original.details, code: original.code } };
    }
    const limit = LIMIT_CODES.find(([pattern]) => pattern.test(formatted.message));
    if (limit) {
      return { message: formatted.message.replace(/^Syntax Error: /, ''), locations: formatted.locations, extensions: { code: limit[1] } };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError || (typeof code === 'string' && code !== ErrorCode.Internal)) {
      const { stacktrace: _drop, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code: code ?? ErrorCode.Internal } };
    }
    logger.error({ err: original }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.Internal },
    };
  };
}
