import { type FieldText } from '../posting/field-text';
import { evidenceAt } from '../extract/evidence-at';
import type { Evidence } from '../posting/evidence';
import type { Facts } from '../extract/facts';
import { stemFolded, type StemmedText } from '../normalise/stemmed-text';
import type { ParsedPosting } from '../posting/parse-posting';
import type { CompiledBaseRule, CompiledRuleSet } from '../rules/compiled-rule';
import type { FirstCharAlternation } from '../rules/first-char-alternation';
import { holdsLiteralAt } from '../rules/required-literal';
import type { TextMatcher } from '../rules/text-matcher';
import { evaluateFactCondition } from './evaluate-fact-condition';
import type { FiredRule } from './fired-rule';
import { isNegated } from './negation';
import { isWholeWordHit } from '../rules/phrase-pattern';

/** Hits per rule are capped so a posting that repeats a phrase a thousand times stays cheap and readable. */
const MAX_EVIDENCE_PER_RULE = 20;

/**
 * Runs every base rule over the posting's folded fields (and their stems) and over the extracted facts. Fact
 * conditions see the evidence of the rules that fired before them (compileRuleSet puts rules that need it last).
 */
export function matchBaseRules(ruleSet: CompiledRuleSet, parsed: ParsedPosting, facts: Facts): FiredRule[] {
  const rules = ruleSet.baseRules;
  // Each field is stemmed and looked up in the phrase indexes once per posting, however many rules read it.
  const scans = parsed.fields.map((fieldText) => scanField(ruleSet, fieldText));

  const fired: FiredRule[] = [];
  const hits: Evidence[] = [];
  // Index loops and no closure per regex: `entries()` pairs and a gate check's closure, for each of some 370 rule
  // regexes, were most of what a verdict allocated.
  for (let owner = 0; owner < rules.length; owner++) {
    const compiled = rules[owner] as CompiledBaseRule;
    const evidence: Evidence[] = [];
    for (let fieldIndex = 0; fieldIndex < parsed.fields.length; fieldIndex++) {
      const fieldText = parsed.fields[fieldIndex] as FieldText;
      if (compiled.fields !== null && !compiled.fields.has(fieldText.field)) continue;
      const scan = scans[fieldIndex] as FieldScan;
      const folded = fieldText.text.folded;
      if (compiled.phraseAt !== null) {
        const starts = scan.phraseStarts.get(owner);
        if (starts !== undefined) {
          collectHitsAt(compiled.phraseAt, starts, folded, isWholeWordHit, identity, fieldText, compiled.negatable, evidence);
        }
      } else if (compiled.phraseRegex !== null) {
        collectHits(compiled.phraseRegex, folded, isWholeWordHit, identity, fieldText, compiled.negatable, evidence);
      }
      const { patternRegexes, patternGates } = compiled;
      for (let index = 0; index < patternRegexes.length; index++) {
        const gate = patternGates[index] ?? null;
        if (gate !== null && !allOpen(gate, scan.gatesOpen)) continue;
        collectHits(patternRegexes[index] as TextMatcher, folded, anyHit, identity, fieldText, compiled.negatable, evidence);
      }
      if (compiled.stemAt !== null && scan.stemmed !== null) {
        const starts = scan.stemStarts.get(owner);
        if (starts !== undefined) {
          const { stems, toFolded } = scan.stemmed;
          collectHitsAt(compiled.stemAt, starts, stems, isWholeStemHit, toFolded, fieldText, compiled.negatable, evidence);
        }
      }
    }
    let holds = evidence.length > 0;
    for (const condition of compiled.facts) {
      const found = evaluateFactCondition(condition, facts, parsed, hits);
      if (found === null) continue;
      const inFields = found.filter((item) => compiled.fields === null || compiled.fields.has(item.field));
      // A condition without spans (a missing field, metadata) holds as such; one with spans needs a span in a read field.
      if (found.length === 0 || inFields.length > 0) holds = true;
      evidence.push(...inFields);
    }
    if (holds) {
      const kept = dedupeEvidence(evidence).slice(0, MAX_EVIDENCE_PER_RULE);
      fired.push({ rule: compiled.rule, kind: 'rule', evidence: kept });
      hits.push(...kept);
    }
  }
  return fired;
}

/** Whether every gate of `gate` is open. */
function allOpen(gate: readonly number[], gatesOpen: Uint8Array): boolean {
  for (let clause = 0; clause < gate.length; clause++) if (gatesOpen[gate[clause] as number] !== 1) return false;
  return true;
}

/** What the phrase indexes found in one field: per base rule, the offsets where one of its phrases may start. */
interface FieldScan {
  phraseStarts: Map<number, number[]>;
  /** Per gate number, 1 when the field holds one of the gate's literals with its word boundaries. */
  gatesOpen: Uint8Array;
  stemmed: StemmedText | null;
  stemStarts: Map<number, number[]>;
}

const NO_STARTS = new Map<number, number[]>();

function scanField(ruleSet: CompiledRuleSet, fieldText: FieldText): FieldScan {
  const folded = fieldText.text.folded;
  const phraseStarts = ruleSet.phraseIndex.candidates(folded);
  const gatesOpen = openGates(ruleSet, folded, phraseStarts);
  if (ruleSet.stemIndex.isEmpty) return { phraseStarts, gatesOpen, stemmed: null, stemStarts: NO_STARTS };
  const stemmed = stemFolded(fieldText.text);
  return { phraseStarts, gatesOpen, stemmed, stemStarts: ruleSet.stemIndex.candidates(stemmed.words) };
}

/**
 * The gates whose literals `folded` holds. The index finds where a literal may start (it skips spaces and hyphens,
 * so it finds a superset); each start is then checked for the literal itself and its word boundaries.
 */
function openGates(ruleSet: CompiledRuleSet, folded: string, phraseStarts: ReadonlyMap<number, readonly number[]>): Uint8Array {
  const open = new Uint8Array(ruleSet.gateCount);
  const check = (number: number, starts: readonly number[]): void => {
    const literal = ruleSet.gateLiterals[number];
    if (literal === undefined || open[literal.gate] === 1) return;
    for (const start of starts) {
      if (holdsLiteralAt(folded, start, literal.text, literal.boundaries)) {
        open[literal.gate] = 1;
        return;
      }
    }
  };
  for (const [owner, starts] of phraseStarts) if (owner >= ruleSet.gateOwnerBase) check(owner - ruleSet.gateOwnerBase, starts);
  for (const [owner, starts] of ruleSet.literalIndex.candidates(folded)) check(owner, starts);
  ruleSet.literalAutomaton.scan(folded, (number, start) => {
    const literal = ruleSet.gateLiterals[number];
    if (literal !== undefined && open[literal.gate] === 0 && holdsLiteralAt(folded, start, literal.text, literal.boundaries)) open[literal.gate] = 1;
  });
  return open;
}

type ToFolded = (start: number, end: number) => { start: number; end: number };
type AcceptHit = (haystack: string, start: number, end: number) => boolean;

const identity: ToFolded = (start, end) => ({ start, end });
const anyHit: AcceptHit = () => true;
// Stems are separated by single spaces, so a whole-stem hit has a space or an end of the string on both sides.
const isWholeStemHit: AcceptHit = (stems, start, end) =>
  (start === 0 || stems.charCodeAt(start - 1) === 32) && (end === stems.length || stems.charCodeAt(end) === 32);

function collectHits(
  regex: TextMatcher,
  haystack: string,
  accept: AcceptHit,
  toFolded: ToFolded,
  fieldText: FieldText,
  negatable: boolean,
  into: Evidence[],
): void {
  regex.lastIndex = 0;
  let match: ReturnType<TextMatcher['exec']>;
  while ((match = regex.exec(haystack)) !== null) {
    // An empty match would never advance: step over it.
    if (match[0].length === 0) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    if (!accept(haystack, match.index, match.index + match[0].length)) {
      // Move one character on; the same start is not retried with a shorter phrase (stems cover most such cases).
      regex.lastIndex = match.index + 1;
      continue;
    }
    const span = toFolded(match.index, match.index + match[0].length);
    if (negatable && isNegated(fieldText.text.folded, span.start, span.end)) continue;
    into.push(evidenceAt(fieldText, span.start, span.end));
    if (into.length >= MAX_EVIDENCE_PER_RULE) break;
  }
  regex.lastIndex = 0;
}

/**
 * Like `collectHits`, but the alternation is tried sticky, only at `starts`, the ascending offsets where the phrase
 * index says a hit may begin, and only with the alternatives that start with the character there. The hits are
 * those the whole alternation, made global, would find: the index lists every
 * offset where it could match, and an offset before the end of the last hit is skipped as the global scan skips it.
 */
function collectHitsAt(
  alternation: FirstCharAlternation,
  starts: readonly number[],
  haystack: string,
  accept: AcceptHit,
  toFolded: ToFolded,
  fieldText: FieldText,
  negatable: boolean,
  into: Evidence[],
): void {
  let from = 0;
  for (const start of starts) {
    if (start < from) continue;
    const sticky = alternation.at(haystack.charCodeAt(start));
    if (sticky === undefined) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(haystack);
    sticky.lastIndex = 0;
    if (match === null) continue;
    const end = start + match[0].length;
    // An empty hit or one that is not a whole word moves the global scan one character on, past this start.
    if (end === start || !accept(haystack, start, end)) {
      from = start + 1;
      continue;
    }
    from = end;
    const span = toFolded(start, end);
    if (negatable && isNegated(fieldText.text.folded, span.start, span.end)) continue;
    into.push(evidenceAt(fieldText, span.start, span.end));
    if (into.length >= MAX_EVIDENCE_PER_RULE) break;
  }
}

/** Removes repeated spans (the same text found by a phrase and its stem, or by two fact conditions). */
export function dedupeEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const unique: Evidence[] = [];
  for (const item of evidence) {
    const key = `${item.field}:${item.start}:${item.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(item);
  }
  return unique.sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field < b.field ? -1 : 1));
}
