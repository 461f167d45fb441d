/**
 * graphology's algorithm packages are CommonJS (`module.exports = fn`) with `export default` typings. Node hands
 * an ESM importer the function itself, TypeScript (NodeNext) types the import as the module with a `default`, and
 * Vite's interop may give either: this returns the function in every case.
 */
export function cjsDefault<T>(mod: { default: T } | T): T {
  return typeof mod === 'function' ? (mod as T) : (mod as { default: T }).default;
}
