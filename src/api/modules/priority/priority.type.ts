// The analytics module names these generated types (src/api/engine/entity-types.ts) from here.
import { named, type GraphObject } from '../../engine/entity-types.js';

export const Priority = named('Priority');
export type Priority = GraphObject;
