import { phrasePattern } from '../match/phrase-pattern';
import { escapeRegex } from '../normalise/folded-regex';
import { stemPhrase } from '../normalise/stemmed-text';
import type { CompiledBaseRule, CompiledPattern, CompiledRuleSet } from './compiled-rule';
import { regexSafetyProblem } from './regex-safety';
import { RuleSetError, type RuleIssue } from './rule-set-error';
import type { Rule, RuleCondition } from './rule-schema';

/**
 * Compiles validated rules into matchers once per scanner, so that scoring allocates no regexes. Checks what the
 * schema cannot: unique ids, patterns that name existing rules, no cycles among patterns, regexes that compile and
 * cannot backtrack catastrophically.
 */
export function compileRuleSet(version: string, rules: readonly Rule[]): CompiledRuleSet {
  const issues: RuleIssue[] = [];
  const byId = new Map<string, Rule>();
  for (const [index, rule] of rules.entries()) {
    if (byId.has(rule.id)) issues.push({ ruleId: rule.id, path: ['id'], message: `duplicate rule id (rule #${index + 1})` });
    byId.set(rule.id, rule);
  }

  const baseRules: CompiledBaseRule[] = [];
  const patternRules: Rule[] = [];
  for (const rule of rules) {
    if (rule.when !== undefined) {
      for (const id of referencedIds(rule.when)) {
        if (!byId.has(id)) issues.push({ ruleId: rule.id, path: ['when'], message: `names unknown rule "${id}"` });
      }
      patternRules.push(rule);
    } else if (rule.match !== undefined) {
      const compiled = compileBaseRule(rule, issues);
      if (compiled) baseRules.push(compiled);
    }
  }

  const patterns = orderPatterns(patternRules, issues);
  if (issues.length > 0) throw new RuleSetError(issues);
  return { version, rules, baseRules, patterns };
}

function compileBaseRule(rule: Rule, issues: RuleIssue[]): CompiledBaseRule | null {
  const match = rule.match;
  if (match === undefined) return null;
  const patternRegexes: RegExp[] = [];
  const phrases = Object.values(match.phrases ?? {}).flat();
  // Longest first, so that alternation prefers "free flight ticket" over "free flight".
  const phraseSources = [...new Set(phrases.map(phrasePattern))].sort((a, b) => b.length - a.length);
  const phraseRegex = phraseSources.length > 0 ? new RegExp(phraseSources.join('|'), 'gu') : null;
  const stemmed = [...new Set((match.phrases?.en ?? []).map(stemPhrase).filter((stem) => stem !== null))];
  const stemRegex =
    stemmed.length > 0
      ? new RegExp(stemmed.map(escapeRegex).sort((a, b) => b.length - a.length).join('|'), 'gu')
      : null;
  for (const [index, pattern] of (match.patterns ?? []).entries()) {
    const flags = `gu${pattern.flags ?? ''}`;
    const path = ['match', 'patterns', index, 'regex'];
    const unsafe = regexSafetyProblem(pattern.regex, flags);
    if (unsafe !== null) {
      issues.push({ ruleId: rule.id, path, message: `regex /${pattern.regex}/ refused: ${unsafe}` });
      continue;
    }
    try {
      patternRegexes.push(new RegExp(pattern.regex, flags));
    } catch (error) {
      issues.push({ ruleId: rule.id, path, message: (error as Error).message });
    }
  }
  return {
    kind: 'rule',
    rule,
    phraseRegex,
    patternRegexes,
    stemRegex,
    facts: match.facts ?? [],
    negatable: match.negatable ?? false,
    fields: match.fields ? new Set(match.fields) : null,
  };
}

/** Every id a condition names; with `positiveOnly`, leaves out the ids under `not`. */
export function referencedIds(condition: RuleCondition, positiveOnly = false): string[] {
  const collect = (part: RuleCondition): string[] => referencedIds(part, positiveOnly);
  if (typeof condition === 'string') return [condition];
  if ('all' in condition) return condition.all.flatMap(collect);
  if ('any' in condition) return condition.any.flatMap(collect);
  if ('not' in condition) return positiveOnly ? [] : collect(condition.not);
  return condition.of.flatMap(collect);
}

function orderPatterns(patternRules: readonly Rule[], issues: RuleIssue[]): CompiledPattern[] {
  const byId = new Map(patternRules.map((rule) => [rule.id, rule]));
  const ordered: CompiledPattern[] = [];
  const state = new Map<string, 'visiting' | 'done'>();

  const visit = (rule: Rule, trail: string[]): void => {
    const seen = state.get(rule.id);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      issues.push({ ruleId: rule.id, path: ['when'], message: `patterns form a cycle: ${[...trail, rule.id].join(' -> ')}` });
      return;
    }
    state.set(rule.id, 'visiting');
    const when = rule.when as RuleCondition;
    for (const id of referencedIds(when)) {
      const dependency = byId.get(id);
      if (dependency) visit(dependency, [...trail, rule.id]);
    }
    state.set(rule.id, 'done');
    ordered.push({ kind: 'pattern', rule, when, evidenceFrom: [...new Set(referencedIds(when, true))] });
  };

  for (const rule of patternRules) visit(rule, []);
  return ordered;
}
