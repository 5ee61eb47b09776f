/** How far a parsed rule pack may reach, counted on the value as JavaScript sees it (YAML aliases expanded). */
export interface ValueBounds {
  /** Objects and arrays inside one another. */
  maxDepth: number;
  /** Every value, counted once per place it appears: an alias used 1,000 times counts 1,000 times. */
  maxNodes: number;
  /** Characters of all strings (keys included), counted the same way. */
  maxStringChars: number;
}

/**
 * Why `value` exceeds `bounds`, or null. Iterative, and it stops at the first bound crossed, so a nesting or alias
 * bomb costs at most `maxNodes` steps and never overflows the stack: what a YAML parser's alias limit cannot see
 * (a few aliases, each naming a large node, fan out to gigabytes once the schema walks them) is refused here,
 * before the schema or the compiler walks anything.
 */
export function valueBoundsProblem(value: unknown, bounds: ValueBounds): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (++nodes > bounds.maxNodes) return `more than ${bounds.maxNodes.toLocaleString('en')} values once aliases are expanded`;
    if (typeof current === 'string') {
      chars += current.length;
      if (chars > bounds.maxStringChars) return `more than ${bounds.maxStringChars.toLocaleString('en')} characters of text once aliases are expanded`;
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= bounds.maxDepth) return `nested more than ${bounds.maxDepth} levels deep`;
    if (Array.isArray(current)) {
      for (const item of current as unknown[]) stack.push({ value: item, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(current)) {
      chars += key.length;
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 });
    }
  }
  return null;
}
