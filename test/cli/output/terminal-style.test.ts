import { describe, expect, it } from 'vitest';
import { createTerminalStyle, sanitizeForTerminal, wantsAnsi } from '../../../src/cli/output/terminal-style';

describe('wantsAnsi', () => {
  it('uses ANSI only on a terminal without a non-empty NO_COLOR', () => {
    expect(wantsAnsi(true, {})).toBe(true);
    expect(wantsAnsi(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsAnsi(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsAnsi(false, {})).toBe(false);
  });
});

describe('createTerminalStyle', () => {
  it('marks highlights with brackets and leaves everything else plain without ANSI', () => {
    const plain = createTerminalStyle(false);
    expect([plain.risk('critical', 'CRITICAL'), plain.highlight('visa'), plain.bold('b'), plain.dim('d')]).toEqual(['CRITICAL', '[[visa]]', 'b', 'd']);
  });
});

describe('sanitizeForTerminal', () => {
  it('collapses whitespace and replaces control and bidi override characters', () => {
    expect(sanitizeForTerminal('a\tb\n\nc \u001b[31mred\u0000 \u202Eevil\u2066')).toBe('a b c \uFFFD[31mred\uFFFD \uFFFDevil\uFFFD');
    expect(sanitizeForTerminal('包吃住 🔥 việc nhẹ')).toBe('包吃住 🔥 việc nhẹ');
  });
});
