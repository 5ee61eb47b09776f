import type { LurescanModel } from './classifier-model';

/**
 * 64-bit FNV-1a over the model's canonical JSON (keys sorted, `hash` left out), as 16 hex digits. Not a security
 * hash: it tells which weights produced a verdict, with no dependency on Node's crypto in the core.
 */
export function modelHash(model: Omit<LurescanModel, 'hash'> | LurescanModel): string {
  const { hash: _ignored, ...rest } = model as LurescanModel;
  const text = canonicalJson(rest);
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (let i = 0; i < text.length; i++) {
    low ^= text.charCodeAt(i);
    // Multiply the 64-bit value (high, low) by the FNV prime 0x100000001b3, keeping 64 bits.
    const lowTimes = low * 0x1b3;
    const carry = Math.floor(lowTimes / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowTimes >>> 0;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** JSON with object keys in sorted order, so equal models hash equally whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
