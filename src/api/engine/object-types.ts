/**
 * GraphQL object types made from field tables (src/graph/properties.ts, the model's edge types, and the engine's own
 * small types), so that no type is a hand-written copy of another: type-graphql's decorators applied as functions.
 */
import { ArgsType, Field, Float, Int, ObjectType, type ClassType } from 'type-graphql';
import type { Fields } from '../../graph/properties.js';
import { enumOrNull } from './enums.js';

/** Classes of object types and interfaces, by name, for the types a table names (filled before the schema is built). */
/** A class of any kind, abstract ones (the interfaces) too. */
export type AnyClass = abstract new (...args: never) => object;
export type TypeRegistry = Record<string, AnyClass>;

/** Every object type and interface of the API that a field table may name. */
export const TYPES: TypeRegistry = {};

const SCALARS: Record<string, unknown> = { String, Int, Float, Boolean };

/** `[T]`, `T?`: the named type, resolved when the schema is built (a table may name a type made after it). */
function parse(spec: string, types: TypeRegistry): { type: () => unknown; nullable: boolean } {
  const nullable = spec.endsWith('?');
  const bare = nullable ? spec.slice(0, -1) : spec;
  const list = bare.startsWith('[');
  const name = list ? bare.slice(1, -1) : bare;
  const named = (): unknown => {
    const found = SCALARS[name] ?? enumOrNull(name) ?? types[name];
    if (!found) throw new Error(`a field table names ${name}, which is no scalar, enumeration or type of the API`);
    return found;
  };
  return { type: list ? () => [named()] : named, nullable };
}

/** Declares the table's fields on a class. */
export function declareFields(cls: ClassType, fields: Fields, types: TypeRegistry = TYPES): void {
  for (const [name, [spec, description]] of Object.entries(fields)) {
    const { type, nullable } = parse(spec, types);
    Field(type as () => ClassType, { nullable, description })(cls.prototype, name);
  }
}

export interface ObjectSpec {
  description: string;
  fields: Fields;
  /** The class it extends (an interface's, whose fields it inherits) and the interfaces it implements. */
  base?: AnyClass;
  implements?: AnyClass[];
}

/** An object type named `name` with the table's fields; registered in `types` under that name. */
export function objectType(name: string, spec: ObjectSpec, types: TypeRegistry = TYPES): ClassType {
  const Base = (spec.base ?? class {}) as ClassType;
  const cls = Object.defineProperty(class extends Base {}, 'name', { value: name });
  declareFields(cls, spec.fields, types);
  // simpleResolvers: the fields read the object's property with graphql's default resolver. type-graphql's own wraps
  // each in its middleware chain (there are no middlewares), a cost per field of every object of an answer.
  ObjectType(name, { description: spec.description, implements: spec.implements as ClassType[] | undefined, simpleResolvers: true })(cls);
  types[name] = cls;
  return cls;
}

/** The arguments of a field, from a table (each argument may be left out: a table's `?` is implied). */
export function argsType(name: string, fields: Fields): ClassType {
  const cls = Object.defineProperty(class {}, 'name', { value: name });
  declareFields(cls, fields);
  ArgsType()(cls);
  return cls;
}
