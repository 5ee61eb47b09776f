/**
 * The lure report of `npm run eval`: how many real lures reach the risk a good detector gives them, how many honest
 * ads are flagged, by language and by scam family, with the held-out lures (a third of the source pages) apart.
 */
import { RISK_LEVELS, type RiskLevel, type Verdict } from '../../src/index';
import type { LabelledPosting } from './datasets';

/** The languages lures circulate in (the lure issue's list), in the order the table shows them. */
const LANGUAGES = ['en', 'zh', 'ko', 'ja', 'vi', 'th', 'id', 'ms', 'tl', 'km', 'my', 'lo', 'hi'] as const;

/** The honest part of each set the honest-ad targets apply to. */
const HONEST_SETS: Record<string, string> = {
  'difraud-jobs': 'en',
  'orfd-zh': 'zh',
  'indonesia-instagram': 'id',
  'difraud-sms-train': 'en',
  'difraud-sms-validation': 'en',
  'lures-dev2': 'multi',
};

export interface ScoredPosting {
  set: string;
  posting: LabelledPosting;
  verdict: Verdict;
}

const atLeast = (risk: RiskLevel, level: RiskLevel): boolean => RISK_LEVELS.indexOf(risk) >= RISK_LEVELS.indexOf(level);
const pct = (part: number, whole: number): string => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)}%`);
const cell = (part: number, whole: number): string => (whole === 0 ? '-' : `${part}/${whole} (${pct(part, whole)})`);

/**
 * The family a lure quote belongs to, read from the elements the data set lists (dev.jsonl holds only
 * scam-compound recruiting): a lure that names a destination abroad or paid travel is scam-compound recruiting, one
 * with task mechanics a task scam, one with an illegal-work hint crime or name lending, the rest fake recruiters.
 */
export function lureFamily(posting: LabelledPosting, set: string): string {
  const elements = new Set(posting.lure?.elements ?? []);
  if (set === 'lures' || elements.has('abroad_destination') || elements.has('travel_paid')) return 'scam-compound';
  if (elements.has('task_or_like_scam')) return 'task-scam';
  if (elements.has('illegal_work_hint')) return 'crime or name lending';
  return 'fake recruiter';
}

/** The least risk counted as caught: the record's `expect`, or medium for a lure that has none. */
const expected = (posting: LabelledPosting): RiskLevel => posting.lure?.expect ?? 'medium';

export function formatLureReport(scored: readonly ScoredPosting[]): string {
  const out: string[] = [];
  const lures = scored.filter((s) => s.posting.lure !== undefined && s.posting.positive);
  const parts: [string, ScoredPosting[]][] = [
    ['all', lures],
    ['built on', lures.filter((s) => !s.posting.lure?.heldOut)],
    ['held out', lures.filter((s) => s.posting.lure?.heldOut)],
  ];
  out.push('\n## Lures (lures/dev.jsonl + lures/dev2.jsonl): targets high >= 90%, medium >= 85%, any flag >= 95%');
  out.push(`  ${'part'.padEnd(10)} ${'expect high -> high'.padEnd(22)} ${'expect medium -> medium'.padEnd(24)} ${'any flag'.padEnd(18)}`);
  for (const [name, list] of parts) {
    const high = list.filter((s) => s.posting.lure?.expect === 'high');
    const medium = list.filter((s) => s.posting.lure?.expect === 'medium');
    out.push(
      `  ${name.padEnd(10)} ${cell(high.filter((s) => atLeast(s.verdict.risk, 'high')).length, high.length).padEnd(22)} ${cell(
        medium.filter((s) => atLeast(s.verdict.risk, 'medium')).length,
        medium.length,
      ).padEnd(24)} ${cell(list.filter((s) => s.verdict.flags.length > 0).length, list.length).padEnd(18)}`,
    );
  }

  out.push('\n## Honest ads: targets high-or-critical <= 0.5%, medium <= 10% in every set');
  for (const [set] of Object.entries(HONEST_SETS)) {
    const honest = scored.filter((s) => s.set === set && !s.posting.positive);
    if (honest.length === 0) continue;
    const high = honest.filter((s) => atLeast(s.verdict.risk, 'high')).length;
    const medium = honest.filter((s) => s.verdict.risk === 'medium').length;
    out.push(`  ${set.padEnd(24)} ${String(honest.length).padStart(5)} honest   high+ ${cell(high, honest.length).padEnd(16)} medium ${cell(medium, honest.length)}`);
  }

  out.push('\n## By language: lures caught (at their expected risk) and flagged; honest ads at medium or above and at high');
  out.push(`  ${'lang'.padEnd(5)} ${'lures caught'.padEnd(18)} ${'any flag'.padEnd(18)} ${'honest >= medium'.padEnd(22)} honest >= high`);
  for (const language of LANGUAGES) {
    const inLanguage = lures.filter((s) => s.posting.lure?.language === language);
    const honest = scored.filter((s) => !s.posting.positive && honestLanguage(s) === language);
    out.push(
      `  ${language.padEnd(5)} ${cell(inLanguage.filter((s) => atLeast(s.verdict.risk, expected(s.posting))).length, inLanguage.length).padEnd(18)} ${cell(
        inLanguage.filter((s) => s.verdict.flags.length > 0).length,
        inLanguage.length,
      ).padEnd(18)} ${cell(honest.filter((s) => atLeast(s.verdict.risk, 'medium')).length, honest.length).padEnd(22)} ${cell(
        honest.filter((s) => atLeast(s.verdict.risk, 'high')).length,
        honest.length,
      )}`,
    );
  }

  out.push('\n## By scam family: lures caught at their expected risk, and the kind the verdict gave');
  const families = [...new Set(lures.map((s) => lureFamily(s.posting, s.set)))].sort();
  for (const family of families) {
    const inFamily = lures.filter((s) => lureFamily(s.posting, s.set) === family);
    const kinds = new Map<string, number>();
    for (const s of inFamily) {
      const kind = s.verdict.lure?.kind ?? 'none';
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const kindText = [...kinds].map(([kind, count]) => `${kind} ${count}`).join(', ');
    out.push(
      `  ${family.padEnd(24)} ${cell(inFamily.filter((s) => atLeast(s.verdict.risk, expected(s.posting))).length, inFamily.length).padEnd(18)} verdict kind: ${kindText}`,
    );
  }
  return out.join('\n');
}

/** Per-lure lines for the part built on only: the held-out lures are reported in aggregate, never one by one. */
export function formatLureLines(scored: readonly ScoredPosting[]): string {
  return scored
    .filter((s) => s.posting.lure !== undefined && !s.posting.lure.heldOut)
    .map((s) => {
      const want = s.posting.positive ? expected(s.posting) : 'honest';
      const ok = s.posting.positive ? atLeast(s.verdict.risk, want as RiskLevel) : !atLeast(s.verdict.risk, 'medium');
      return `  ${ok ? ' ' : '!'} ${s.posting.id.padEnd(11)} want ${want.padEnd(7)} got ${s.verdict.risk.padEnd(8)} ${s.verdict.flags.map((f) => f.id).join(', ')}`;
    })
    .join('\n');
}

function honestLanguage(s: ScoredPosting): string | undefined {
  const language = HONEST_SETS[s.set];
  if (language === undefined) return undefined;
  return language === 'multi' ? s.posting.lure?.language : language;
}
