import type { RiskLevel } from '../../index';

/** How pretty output marks things: ANSI styles on a terminal, plain text markers elsewhere. */
export interface TerminalStyle {
  readonly ansi: boolean;
  risk(level: RiskLevel, text: string): string;
  /** Marks the words of a posting that raised a flag. */
  highlight(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const RESET = '\u001b[0m';
const RISK_COLOURS: Readonly<Record<RiskLevel, string>> = {
  low: '\u001b[32m',
  medium: '\u001b[33m',
  high: '\u001b[1;31m',
  critical: '\u001b[1;97;41m',
};

/** ANSI only on a terminal, and never when NO_COLOR is set to a non-empty value (https://no-color.org). */
export function wantsAnsi(isTTY: boolean, env: Readonly<Record<string, string | undefined>>): boolean {
  return isTTY && (env['NO_COLOR'] ?? '') === '';
}

export function createTerminalStyle(ansi: boolean): TerminalStyle {
  if (!ansi) {
    return {
      ansi,
      risk: (_level, text) => text,
      highlight: (text) => `[[${text}]]`,
      bold: (text) => text,
      dim: (text) => text,
    };
  }
  return {
    ansi,
    risk: (level, text) => `${RISK_COLOURS[level]}${text}${RESET}`,
    highlight: (text) => `\u001b[1;7m${text}${RESET}`,
    bold: (text) => `\u001b[1m${text}${RESET}`,
    dim: (text) => `\u001b[2m${text}${RESET}`,
  };
}

// C0/C1 controls (ESC starts terminal escape sequences) and bidi overrides, which could reorder what a moderator sees.
const UNSAFE_FOR_TERMINAL = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Makes text from a posting safe to print: whitespace runs become one space and control characters become U+FFFD,
 * so an ad cannot move the cursor, recolour the screen or hide its own words.
 */
export function sanitizeForTerminal(text: string): string {
  return text.replace(/\s+/g, ' ').replace(UNSAFE_FOR_TERMINAL, '\uFFFD');
}

/** `sanitizeForTerminal` line by line, for messages (a usage error quoting a rule pack) whose line breaks matter. */
export function sanitizeLinesForTerminal(text: string): string {
  return text.split('\n').map(sanitizeForTerminal).join('\n');
}
