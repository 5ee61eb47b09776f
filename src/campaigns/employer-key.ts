/** Legal-form words that do not tell employers apart: "Acme Ltd" and "ACME Limited" are one employer. */
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'ltd', 'limited', 'llc', 'llp', 'co', 'company', 'corp', 'corporation', 'plc', 'pvt', 'pte', 'gmbh', 'sa', 'srl', 'bv', 'pt', 'tbk', 'the']);

/** A company name folded for comparison, or undefined when nothing is left (blank, or only a legal form). */
export function employerKey(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !LEGAL_FORMS.has(word));
  return words.length > 0 ? words.join(' ') : undefined;
}
