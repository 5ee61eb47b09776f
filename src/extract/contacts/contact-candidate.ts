import type { ContactChannel } from '../facts';

/** A contact found by one finder, spanning [start, end) of the FOLDED text; mapped to evidence at the end. */
export interface ContactCandidate {
  channel: ContactChannel;
  value: string;
  country?: string;
  /** For a url: the host a browser opens (WHATWG URL parser). */
  host?: string;
  start: number;
  end: number;
}

/** A span of folded text that one finder has claimed, so that others do not read inside it. */
export interface FoldedSpan {
  start: number;
  end: number;
}
