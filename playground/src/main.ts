import { createScanner, TEXT_FIELDS, type Flag, type JobPosting, type PostingInput, type ScannerRule, type Scanner, type TextField, type Verdict } from '../../src/index';
import { categoryColour } from './categories';
import { contributions, leadFlag, postingFields, segmentField } from './highlight';
import { AUTO, flagText, languageChoices, uiLanguage, WORDS, type Language } from './i18n';
import { SAMPLES } from './samples';

/** The structured fields the form offers, with their labels; `text` is the plain-text mode. */
const FORM_FIELDS: readonly { field: TextField; label: string; multiline: boolean }[] = [
  { field: 'title', label: 'Job title', multiline: false },
  { field: 'companyName', label: 'Company name', multiline: false },
  { field: 'location', label: 'Location', multiline: false },
  { field: 'salary', label: 'Salary', multiline: false },
  { field: 'employmentType', label: 'Employment type', multiline: false },
  { field: 'description', label: 'Description', multiline: true },
  { field: 'requirements', label: 'Requirements', multiline: true },
  { field: 'benefits', label: 'Benefits', multiline: true },
  { field: 'companyProfile', label: 'Company profile', multiline: true },
  { field: 'contact', label: 'Contact', multiline: false },
  { field: 'url', label: 'URL', multiline: false },
];

const FIELD_LABELS: Record<TextField, string> = {
  ...(Object.fromEntries(FORM_FIELDS.map(({ field, label }) => [field, label])) as Record<TextField, string>),
  text: 'Ad text',
};

const DEBOUNCE_MS = 250;

type Child = Node | string | null | undefined | false;

function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`#${id} missing from the page`);
  return element as T;
}

const form = {
  sample: byId<HTMLSelectElement>('sample'),
  language: byId<HTMLSelectElement>('language'),
  modeText: byId<HTMLInputElement>('mode-text'),
  modeFields: byId<HTMLInputElement>('mode-fields'),
  textPanel: byId<HTMLDivElement>('text-panel'),
  fieldsPanel: byId<HTMLDivElement>('fields-panel'),
  text: byId<HTMLTextAreaElement>('posting-text'),
  clear: byId<HTMLButtonElement>('clear'),
};
const out = {
  status: byId('status'),
  summary: byId('summary'),
  lure: byId('lure'),
  highlighted: byId('highlighted'),
  flags: byId('flags'),
  chart: byId('chart'),
  facts: byId('facts'),
  versions: byId('versions'),
};

const inputs = new Map<TextField, HTMLInputElement | HTMLTextAreaElement>();

function buildForm(): void {
  for (const { field, label, multiline } of FORM_FIELDS) {
    const id = `field-${field}`;
    const control = multiline ? h('textarea', { id, name: field, rows: '3' }) : h('input', { id, name: field, type: 'text' });
    inputs.set(field, control as HTMLInputElement | HTMLTextAreaElement);
    form.fieldsPanel.append(h('div', { class: 'field' }, h('label', { for: id }, label), control));
  }
  for (const sample of SAMPLES) form.sample.append(h('option', { value: sample.id, lang: sample.language }, sample.label));
}

/** Offers the languages the rules (and the playground) have flag texts in, once the scanner is built. */
function buildLanguageChoices(rules: readonly ScannerRule[]): void {
  for (const { code, name } of languageChoices(rules)) form.language.append(h('option', { value: code, ...(code === AUTO ? {} : { lang: code }) }, name));
}

function mode(): 'text' | 'fields' {
  return form.modeFields.checked ? 'fields' : 'text';
}

function setMode(next: 'text' | 'fields'): void {
  form.modeText.checked = next === 'text';
  form.modeFields.checked = next === 'fields';
  form.textPanel.hidden = next !== 'text';
  form.fieldsPanel.hidden = next !== 'fields';
}

/** What is scored: the text as a raw ad, or the filled-in fields as a structured posting; null when empty. */
function currentPosting(): PostingInput | null {
  if (mode() === 'text') return form.text.value.trim() === '' ? null : form.text.value;
  const posting: JobPosting = {};
  for (const [field, control] of inputs) if (control.value.trim() !== '') posting[field] = control.value;
  return Object.keys(posting).length === 0 ? null : posting;
}

function loadSample(id: string): void {
  const sample = SAMPLES.find((candidate) => candidate.id === id);
  if (sample === undefined) return;
  if (typeof sample.posting === 'string') {
    setMode('text');
    form.text.value = sample.posting;
  } else {
    setMode('fields');
    for (const [field, control] of inputs) control.value = sample.posting[field] ?? '';
  }
  rescore();
}

let scanner: Scanner | undefined;
let rulesById = new Map<string, ScannerRule>();
let lastVerdict: { posting: PostingInput; verdict: Verdict } | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

function scheduleScore(): void {
  clearTimeout(timer);
  out.status.textContent = 'Scoring…';
  timer = setTimeout(rescore, DEBOUNCE_MS);
}

function rescore(): void {
  clearTimeout(timer);
  scanner ??= createScanner();
  const posting = currentPosting();
  if (posting === null) {
    lastVerdict = null;
    render();
    return;
  }
  const result = scanner.safeScore(posting);
  lastVerdict = result.success ? { posting, verdict: result.verdict } : null;
  render(result.success ? undefined : result.error.message);
}

/** The language chosen for flag texts: `auto` (the verdict's own) or a language code. */
function chosenLanguage(): string {
  return form.language.value === '' ? AUTO : form.language.value;
}

/** The language of the page's own words: the chosen one where it has them, else English. */
function language(): Language {
  const chosen = chosenLanguage();
  return uiLanguage(chosen === AUTO ? (lastVerdict?.verdict.language ?? 'en') : chosen);
}

function render(error?: string): void {
  for (const element of Object.values(out)) if (element !== out.versions) element.replaceChildren();
  document.body.dataset['state'] = lastVerdict === null ? 'empty' : 'scored';
  if (lastVerdict === null) {
    out.status.textContent = error ?? 'Paste or type an ad, or choose a sample, to see its verdict.';
    return;
  }
  const { posting, verdict } = lastVerdict;
  const words = WORDS[language()];
  out.status.textContent = '';
  out.summary.dataset['risk'] = verdict.risk;
  out.summary.append(
    h('p', { class: `risk risk-${verdict.risk}`, id: 'risk', 'data-risk': verdict.risk }, words.risk[verdict.risk]),
    h('p', { class: 'action', id: 'action', 'data-action': verdict.action }, 'Action: ', h('strong', {}, words.action[verdict.action])),
    h(
      'p',
      { class: 'score', id: 'score' },
      'Score ',
      h('strong', {}, formatPercent(verdict.score)),
      ` (estimated probability of a lure; ${verdict.flags.length} flag${verdict.flags.length === 1 ? '' : 's'})`,
    ),
  );
  renderLure(verdict);
  renderHighlighted(posting, verdict);
  renderFlags(verdict);
  renderChart(verdict);
  renderFacts(verdict);
  out.versions.textContent = `engine ${verdict.versions.engine} · rules ${verdict.versions.ruleSet}${verdict.versions.model ? ` · model ${verdict.versions.model.slice(0, 12)}` : ''}`;
}

/** A score as a percentage, with enough digits near 0 and 100% that it does not read as certain. */
function formatPercent(score: number): string {
  const percent = score * 100;
  return `${percent >= 99.95 || percent < 0.05 ? percent.toPrecision(5) : percent.toFixed(1)}%`;
}

function renderLure(verdict: Verdict): void {
  const words = WORDS[language()];
  const { lure } = verdict;
  out.lure.dataset['kind'] = lure.kind ?? 'none';
  out.lure.append(h('p', { class: `kind kind-${lure.kind ?? 'none'}`, id: 'lure-kind' }, lure.kind === null ? words.kind.none : words.kind[lure.kind]));
  if (lure.elements.length > 0) {
    out.lure.append(
      h('p', {}, `Lure elements: ${lure.count} counted${lure.families.length > 0 ? `; scam families: ${lure.families.join(', ')}` : ''}`),
      h(
        'ul',
        { class: 'elements', id: 'lure-elements' },
        ...lure.elements.map((hit) =>
          h(
            'li',
            { 'data-element': hit.element, class: hit.counted ? 'counted' : 'listed' },
            h('strong', {}, words.elements[hit.element]),
            ` (${hit.counted ? words.counted : words.notCounted})`,
          ),
        ),
      ),
    );
  }
}

function renderHighlighted(posting: PostingInput, verdict: Verdict): void {
  const record: Record<string, unknown> = typeof posting === 'string' ? { text: posting } : posting;
  const titles = (flags: readonly Flag[]): string => flags.map((flag) => displayFlag(flag, targetLanguage(verdict)).title).join('; ');
  for (const { field, text } of postingFields(record, TEXT_FIELDS)) {
    const body = h('div', { class: 'posting-text', 'data-field': field });
    for (const segment of segmentField(text, field, verdict.flags)) {
      const lead = leadFlag(segment.flags);
      if (lead === undefined) {
        body.append(segment.text);
        continue;
      }
      const colour = categoryColour(lead.category);
      body.append(
        h(
          'mark',
          {
            'data-field': field,
            'data-start': String(segment.start),
            'data-end': String(segment.end),
            'data-category': lead.category,
            'data-flags': segment.flags.map((flag) => flag.id).join(' '),
            title: titles(segment.flags),
            style: `--mark-bg:${colour.background};--mark-border:${colour.border}`,
          },
          segment.text,
        ),
      );
    }
    out.highlighted.append(typeof posting === 'string' ? body : h('div', { class: 'field-block' }, h('p', { class: 'field-name' }, FIELD_LABELS[field]), body));
  }
}

/**
 * A flag's title and summary in `target` (the rule's translation, else English), and the
 * rule's whole explanation (English).
 */
function displayFlag(flag: Flag, target: string): { title: string; summary: string; language: string; explanation: string | undefined } {
  const rule = rulesById.get(flag.id);
  const text = rule === undefined ? { title: flag.title, summary: flag.summary, language: flag.language } : flagText(rule, target);
  return { ...text, explanation: rule?.explanation };
}

/** The language flags are shown in: the chosen one, or for `auto` the verdict's (the ad's) language. */
function targetLanguage(verdict: Verdict): string {
  const chosen = chosenLanguage();
  return chosen === AUTO ? verdict.language : chosen;
}

function renderFlags(verdict: Verdict): void {
  const words = WORDS[language()];
  if (verdict.flags.length === 0) {
    out.flags.append(h('li', { class: 'none' }, 'No red flags.'));
    return;
  }
  const wanted = targetLanguage(verdict);
  for (const flag of verdict.flags) {
    const shown = displayFlag(flag, wanted);
    const colour = categoryColour(flag.category);
    const lang = shown.language;
    const quotes = [...new Set(flag.evidence.map((evidence) => evidence.text))];
    out.flags.append(
      h(
        'li',
        { class: 'flag', 'data-flag': flag.id, 'data-category': flag.category, style: `--mark-bg:${colour.background};--mark-border:${colour.border}` },
        h(
          'p',
          { class: 'flag-head' },
          h('span', { class: 'swatch', 'aria-hidden': 'true' }),
          h('strong', { class: 'flag-title', lang }, shown.title),
          ' ',
          h('span', { class: `severity severity-${flag.severity}` }, flag.severity),
          ' ',
          h('span', { class: 'category' }, flag.category),
          ' ',
          h('span', { class: 'contribution' }, `${flag.contribution >= 0 ? '+' : ''}${flag.contribution.toFixed(2)} log-odds`),
        ),
        h('p', { class: 'explanation', lang }, shown.summary),
        shown.explanation !== undefined && h('details', {}, h('summary', {}, 'Why it matters, what to check'), h('p', { lang: 'en' }, shown.explanation)),
        shown.language !== wanted && wanted !== 'en' && h('p', { class: 'note' }, words.inEnglish),
        quotes.length > 0 && h('p', { class: 'quotes' }, 'Evidence: ', ...quotes.flatMap((quote, index) => [index > 0 ? ' · ' : '', h('q', {}, quote)])),
        h('p', { class: 'flag-id' }, h('code', {}, flag.id)),
      ),
    );
  }
}

function renderChart(verdict: Verdict): void {
  const target = targetLanguage(verdict);
  const rows = contributions(verdict, (flag) => displayFlag(flag, target).title);
  const total = rows.reduce((sum, row) => sum + row.value, 0);
  const scale = Math.max(...rows.map((row) => Math.abs(row.value)), 1e-9);
  out.chart.append(
    h('caption', {}, `bias + flags + classifier${verdict.floor ? ' + floor' : ''}${verdict.cap ? ' + cap' : ''} = ${total.toFixed(2)} log-odds = score ${formatPercent(verdict.score)}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Part'), h('th', { scope: 'col' }, 'Log-odds'), h('th', { scope: 'col', class: 'bar-col' }, h('span', { class: 'visually-hidden' }, 'Bar')))),
  );
  const body = h('tbody');
  for (const row of rows) {
    const width = (Math.abs(row.value) / scale) * 50;
    const colour = row.category === undefined ? undefined : categoryColour(row.category);
    const bar = h('span', {
      class: `bar ${row.value >= 0 ? 'up' : 'down'} bar-${row.kind}`,
      style: `width:${width.toFixed(2)}%;${row.value >= 0 ? 'left:50%' : `right:50%`}${colour ? `;--bar:${colour.border}` : ''}`,
    });
    body.append(
      h(
        'tr',
        { 'data-kind': row.kind, 'data-value': String(row.value) },
        h('th', { scope: 'row' }, row.kind === 'flag' ? row.label : row.label),
        h('td', { class: 'num' }, `${row.value >= 0 ? '+' : '−'}${Math.abs(row.value).toFixed(2)}`),
        h('td', { class: 'bar-cell', 'aria-hidden': 'true' }, h('span', { class: 'axis' }), bar),
      ),
    );
  }
  body.append(h('tr', { class: 'total', 'data-kind': 'total', 'data-value': String(total) }, h('th', { scope: 'row' }, 'Total'), h('td', { class: 'num' }, total.toFixed(2)), h('td')));
  out.chart.append(body);
}

const money = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 0 });
const range = (min: number, max: number): string => (min === max ? money(min) : `${money(min)}–${money(max)}`);

function renderFacts(verdict: Verdict): void {
  const { pay, contacts, places, ages } = verdict.extracted;
  const section = (title: string, id: string, items: (string | Node)[]): void => {
    out.facts.append(h('dt', {}, title), h('dd', { id }, items.length === 0 ? 'none found' : h('ul', {}, ...items.map((item) => h('li', {}, item)))));
  };
  section(
    'Pay',
    'facts-pay',
    pay.map(
      (fact) =>
        `“${fact.evidence.text}”: ${range(fact.min, fact.max)} ${fact.currency ?? '(currency unknown)'}${fact.period === 'unknown' ? '' : ` a ${fact.period}`}` +
        (fact.monthlyUsd === null ? '' : ` ≈ US$${range(fact.monthlyUsd.min, fact.monthlyUsd.max)} a month`),
    ),
  );
  section('Contacts', 'facts-contacts', contacts.map((fact) => `${fact.channel}: ${fact.value}${fact.country ? ` (${fact.country})` : ''}`));
  section('Places', 'facts-places', places.map((fact) => `${fact.name} (${fact.country})${fact.hub ? ' — known scam-compound hub' : ''}`));
  section('Ages', 'facts-ages', ages.map((fact) => `“${fact.evidence.text}”: ${fact.min ?? '?'}–${fact.max ?? '?'}`));
}

function start(): void {
  buildForm();
  setMode('text');
  form.text.addEventListener('input', scheduleScore);
  for (const control of inputs.values()) control.addEventListener('input', scheduleScore);
  form.modeText.addEventListener('change', () => {
    setMode('text');
    rescore();
  });
  form.modeFields.addEventListener('change', () => {
    setMode('fields');
    rescore();
  });
  form.sample.addEventListener('change', () => loadSample(form.sample.value));
  form.language.addEventListener('change', () => render());
  form.clear.addEventListener('click', () => {
    form.text.value = '';
    for (const control of inputs.values()) control.value = '';
    form.sample.value = '';
    rescore();
    (mode() === 'text' ? form.text : inputs.get('title'))?.focus();
  });
  out.status.textContent = 'Loading the rules…';
  // Let the page paint before the scanner is built (a fraction of a second).
  setTimeout(() => {
    scanner = createScanner();
    rulesById = new Map(scanner.rules.map((rule) => [rule.id, rule]));
    buildLanguageChoices(scanner.rules);
    document.body.dataset['ready'] = 'true';
    rescore();
  }, 0);
}

start();
