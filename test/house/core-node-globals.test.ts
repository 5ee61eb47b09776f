import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The scanning core must run in a browser: no file reachable from the library entries may name a Node global or
 * import a Node built-in. tsconfig.core.json checks the same with the type checker (no Node types); this test walks
 * the real import graph, so it holds whatever the tsconfig lists.
 */
const LIBRARY_ENTRIES = ['src/index.ts', 'src/entry/rules.ts', 'src/entry/rule-examples.ts', 'src/entry/train.ts', 'src/entry/evaluate.ts'];
const NODE_GLOBALS = new Set([
  'process',
  'Buffer',
  'require',
  'module',
  'exports',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
  'clearImmediate',
]);
const NODE_BUILTIN =
  /^(?:node:|(?:fs|path|os|child_process|worker_threads|url|crypto|stream|util|module|buffer|events|readline|zlib|http|https|net)(?:\/|$))/;

/** Free uses of a Node global: identifiers that are not a property name, a declaration's own name, or a type. */
function nodeGlobalsIn(source: string, fileName = 'file.ts'): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.ES2022, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      const specifier = node.moduleSpecifier;
      if (specifier && ts.isStringLiteral(specifier) && NODE_BUILTIN.test(specifier.text)) found.push(specifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteral(argument) && NODE_BUILTIN.test(argument.text)) found.push(argument.text);
    }
    if (ts.isIdentifier(node) && NODE_GLOBALS.has(node.text) && isFreeUse(node)) found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isFreeUse(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (
    (ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent)) &&
    parent.name === node
  )
    return false;
  if (
    (ts.isVariableDeclaration(parent) || ts.isParameter(parent) || ts.isFunctionDeclaration(parent) || ts.isBindingElement(parent)) &&
    parent.name === node
  )
    return false;
  if (ts.isTypeReferenceNode(parent) || ts.isQualifiedName(parent) || ts.isImportSpecifier(parent) || ts.isExportSpecifier(parent)) return false;
  return true;
}

let coreFiles: string[];

beforeAll(async () => {
  const result = await build({
    entryPoints: LIBRARY_ENTRIES,
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    platform: 'neutral',
    logLevel: 'silent',
  });
  coreFiles = Object.keys(result.metafile.inputs).filter((path) => path.startsWith('src/') && /\.tsx?$/.test(path));
}, 60_000);

describe('the scanning core', () => {
  it('is reached from the library entries', () => {
    expect(coreFiles).toEqual(expect.arrayContaining(['src/scanner.ts', 'src/rule-tester/test-rules.ts', 'src/classify/train/train-model.ts']));
    expect(coreFiles.some((path) => path.startsWith('src/cli/'))).toBe(false);
  });

  it('names no Node global and imports no Node built-in', () => {
    const uses = coreFiles.flatMap((path) => nodeGlobalsIn(readFileSync(path, 'utf8'), path).map((name) => `${path}: ${name}`));
    expect(uses).toEqual([]);
  });
});

describe('nodeGlobalsIn', () => {
  it('finds free uses of Node globals and Node built-in imports', () => {
    const source = [
      "import { readFileSync } from 'node:fs';",
      "import path from 'path';",
      'const home = process.env.HOME;',
      "const bytes = Buffer.from('x');",
      "const lib = require('x');",
      "const later = import('node:os');",
    ].join('\n');
    expect(nodeGlobalsIn(source)).toEqual(['node:fs', 'path', 'process', 'Buffer', 'require', 'node:os']);
  });

  it('ignores the same names as properties, declarations, comments and strings (a shadowed use still counts: it errs strict)', () => {
    const source = [
      '// process the ad',
      "const label = 'Buffer';",
      'const job = { process: 1, module: 2 };',
      'const steps = job.process + job.module;',
      'function run(process: number): number { return process; }',
    ].join('\n');
    expect(nodeGlobalsIn(source)).toEqual(['process']);
  });
});
