/**
 * What the matcher needs of a compiled rule regex: a global search from `lastIndex` that returns the hit's start
 * and text. A built-in rule's `RegExp` is one; a rule pack's regex runs on the linear-time engine behind the same
 * shape (see `linear-regex.ts`).
 */
export interface TextMatcher {
  lastIndex: number;
  exec(text: string): { readonly index: number; readonly 0: string } | null;
}
