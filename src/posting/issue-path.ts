/** A zod issue path as plain JSON: symbol keys (never produced by our schemas, but allowed by zod's type) as text. */
export function toIssuePath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'symbol' ? String(key) : key));
}
