/** The key of a rule regex in the table of literals its matches require (pattern-literals.generated.json). */
export function patternKey(source: string, flags: string): string {
  return `${flags}/${source}`;
}
