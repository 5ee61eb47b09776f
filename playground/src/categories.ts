/** A background and a border colour per flag category; text on them stays near-black (contrast above 10:1). */
const CATEGORY_COLOURS: Record<string, { background: string; border: string }> = {
  destination: { background: '#cfe3ff', border: '#1d5fbf' },
  pay: { background: '#fff0a0', border: '#8a6d00' },
  travel: { background: '#cff3c9', border: '#2e7d32' },
  contact: { background: '#f9d0f1', border: '#9c2a8a' },
  requirements: { background: '#e2dbff', border: '#5b3fc4' },
  urgency: { background: '#ffdcbc', border: '#b85300' },
  fees: { background: '#ffc4c4', border: '#b3261e' },
  documents: { background: '#c4efeb', border: '#00796b' },
  claims: { background: '#f1dcc0', border: '#7a4f1d' },
  conditions: { background: '#ffd3e5', border: '#ad1457' },
  employer: { background: '#dde6c4', border: '#5b6e1e' },
  targeting: { background: '#fbd0b0', border: '#a64200' },
  target: { background: '#fbd0b0', border: '#a64200' },
  title: { background: '#e3e3e3', border: '#555555' },
  offer: { background: '#f6f3a8', border: '#6f6a00' },
  'task-scam': { background: '#d3ecff', border: '#005a9c' },
  'illegal-work': { background: '#f3c3d6', border: '#8e1b4c' },
  links: { background: '#d3e2e8', border: '#37606e' },
  evasion: { background: '#e6d3c2', border: '#6d4c33' },
  recruiter: { background: '#d6e9cf', border: '#3f6b2f' },
  emscad: { background: '#ebebeb', border: '#6b6b6b' },
  pattern: { background: '#ffe69a', border: '#7a5c00' },
};

const FALLBACK = { background: '#e8e8f0', border: '#4a4a6a' };

export function categoryColour(category: string): { background: string; border: string } {
  return CATEGORY_COLOURS[category] ?? FALLBACK;
}
