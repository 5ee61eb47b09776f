/** The stable codes of lurescan's errors: callers branch on `code`, which survives bundling and minifying. */
export const LURESCAN_ERROR_CODES = ['INVALID_POSTING', 'INVALID_RULES', 'INVALID_MODEL'] as const;
export type LurescanErrorCode = (typeof LURESCAN_ERROR_CODES)[number];

/** The base of every error lurescan throws for bad input: catch this one to catch them all. */
export abstract class LurescanError extends Error {
  abstract readonly code: LurescanErrorCode;
}

/** True for any lurescan error, also one thrown by another copy of the package (where `instanceof` fails). */
export function isLurescanError(value: unknown): value is LurescanError {
  if (value instanceof LurescanError) return true;
  if (!(value instanceof Error) || !('code' in value)) return false;
  const code: unknown = value.code;
  return typeof code === 'string' && (LURESCAN_ERROR_CODES as readonly string[]).includes(code);
}
