import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

/** A regex of the library, named by where it comes from. */
export interface NamedRegex {
  name: string;
  regex: RegExp;
}

/** Every regex literal written in the TypeScript files under `dir`, named `file:line`. */
export function regexLiteralsIn(dir: string): NamedRegex[] {
  const found: NamedRegex[] = [];
  for (const file of typeScriptFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
        found.push({ name: `${file}:${line + 1}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every regex built with `new RegExp` while `run` loads and exercises modules: the extractors build most of theirs
 * from word lists at import time, where no source scan can see them. `RegExp` is wrapped only while `run` runs.
 */
export async function regexesConstructedBy(run: () => Promise<void>): Promise<NamedRegex[]> {
  const original = globalThis.RegExp;
  const found: NamedRegex[] = [];
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const regex = Reflect.construct(target, args, newTarget) as RegExp;
      const caller = new Error().stack?.split('\n')[2]?.trim() ?? 'unknown';
      found.push({ name: `new RegExp ${caller}`, regex });
      return regex;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
