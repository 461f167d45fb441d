// The analytics module names these generated types (src/api/engine/entity-types.ts) from here.
import { named, type GraphObject } from '../../engine/entity-types.js';

export const Person = named('Person');
export type Person = GraphObject;
