import type { NonEmptyArray } from 'type-graphql';
import { StatusResolver } from './status/status.resolver.js';

/** Every resolver class of the API, one module per domain. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const resolvers: NonEmptyArray<Function> = [StatusResolver];
