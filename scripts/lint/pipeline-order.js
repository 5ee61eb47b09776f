// @ts-check
/**
 * ESLint rule `lurescan/pipeline-order`: src/ stacks in pipeline order (issue 11, item 5). A file may import from its
 * own layer or a lower one, never from a higher one. Plain JavaScript so that ESLint loads it without a TypeScript
 * loader.
 */
import { dirname, join, relative } from 'node:path';

/** The layers of src/, lowest first. The longest matching prefix names a file's layer. */
export const PIPELINE_LAYERS = [
  ['src/generated/', 'src/errors/', 'src/version.ts', 'src/types/'],
  ['src/normalise/'],
  ['src/posting/'],
  ['src/extract/'],
  ['src/rules/'],
  ['src/match/'],
  ['src/allowlist/'],
  ['src/classify/'],
  ['src/combine/'],
  ['src/explain/'],
  ['src/scanner-options.ts', 'src/scanner.ts'],
  ['src/campaigns/', 'src/evaluate/'],
  ['src/classify/train/', 'src/rule-tester/'],
  ['src/index.ts', 'src/entry/'],
  ['src/cli/'],
];

/**
 * Upward imports allowed by exception, `importer -> imported` (from the repository root, without extension). Empty:
 * every shared part has moved down to the layer that first needs it. Nothing may be added without a reason beside it.
 */
/** @type {ReadonlySet<string>} */
export const KNOWN_UPWARD_IMPORTS = new Set();

const PREFIXES = PIPELINE_LAYERS.flatMap((prefixes, rank) => prefixes.map((prefix) => ({ prefix, rank }))).sort(
  (a, b) => b.prefix.length - a.prefix.length,
);

/** @param {string} path repository-relative, without extension @returns {number | undefined} */
export function layerOf(path) {
  return PREFIXES.find(({ prefix }) => path.startsWith(prefix) || `${path}.ts` === prefix)?.rank;
}

/** @param {string} path */
const withoutExtension = (path) => path.replace(/\.(?:ts|js|json)$/, '');

/** @type {import('eslint').Rule.RuleModule} */
export const pipelineOrder = {
  meta: {
    type: 'problem',
    docs: { description: 'src/ folders stack in pipeline order: no import from a later stage' },
    messages: {
      upward: '{{importer}} (layer {{from}}) imports {{imported}} (layer {{to}}), a later stage: move the shared part down instead.',
    },
    schema: [],
  },
  create(context) {
    const root = context.cwd;
    const importer = withoutExtension(relative(root, context.filename));
    const from = layerOf(importer);
    if (from === undefined) return {};
    /** @param {import('estree').Node & { source?: import('estree').Literal | null }} node */
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const imported = withoutExtension(relative(root, join(dirname(context.filename), specifier)));
      const to = layerOf(imported);
      if (to === undefined || to <= from || KNOWN_UPWARD_IMPORTS.has(`${importer} -> ${imported}`)) return;
      context.report({ node, messageId: 'upward', data: { importer, imported, from: String(from), to: String(to) } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};
