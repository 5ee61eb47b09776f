/**
 * A deep ReDoS audit of the rule set's regexes with recheck, in its pure-JS backend unless RECHECK_BACKEND says
 * otherwise (`native` uses the binary of the recheck-linux-x64 package and is about twice as fast). It fuzzes each
 * regex, so it is slow (minutes) and its verdicts can vary between runs: the test suite runs scslre instead, and this
 * is for reviewing new or changed rules. Prints every regex that is not reported safe; exits 1 if any is vulnerable.
 */
import { check } from 'recheck';
import { BUILTIN_RULE_SET } from '../src/rules/builtin/builtin-rule-set';
import { compileRuleSet } from '../src/rules/compile-rule-set';

process.env['RECHECK_BACKEND'] ??= 'pure';
const only = process.argv[2];
// The built-in rules run on V8, which is what this audits.
const ruleSet = compileRuleSet(BUILTIN_RULE_SET.version, BUILTIN_RULE_SET.rules, { safeRegexes: () => true });
const regexes = ruleSet.baseRules
  .filter((compiled) => only === undefined || compiled.rule.id === only)
  .flatMap((compiled) => [
    ...(compiled.phraseRegex ? [{ name: `${compiled.rule.id} phrases`, regex: compiled.phraseRegex }] : []),
    ...(compiled.stemRegex ? [{ name: `${compiled.rule.id} stems`, regex: compiled.stemRegex }] : []),
    ...compiled.patternRegexes.map((regex, index) => ({ name: `${compiled.rule.id} patterns[${index}]`, regex: regex as RegExp })),
  ]);

const started = performance.now();
let vulnerable = 0;
for (const { name, regex } of regexes) {
  const result = await check(regex.source, regex.flags, { timeout: 10_000 });
  if (result.status === 'safe') continue;
  if (result.status === 'vulnerable') {
    vulnerable += 1;
    console.log(`${name}: vulnerable (${result.complexity.type}), attack ${result.attack.pattern}`);
  } else {
    console.log(`${name}: ${result.status}${result.status === 'unknown' ? ` (${result.error.kind})` : ''}`);
  }
}
console.log(`${regexes.length} regexes checked in ${((performance.now() - started) / 1000).toFixed(1)} s (${process.env['RECHECK_BACKEND']} backend); ${vulnerable} vulnerable`);
process.exitCode = vulnerable > 0 ? 1 : 0;
