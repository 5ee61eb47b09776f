import type { FieldText } from '../../extract/field-text';
import { nearCopyGroups } from './near-copy-groups';
import { employerProfileText, templateText } from './template-text';

/**
 * Campaign groups for splitting: two postings are together when their bodies are near-copies or when they share
 * a near-copy employer profile (closed transitively). Grouping by body alone let one fake employer's ads, each with a
 * new job description under the same profile, sit on both sides of a split and vouch for each other. Numbered in
 * order of first appearance.
 */
export function templateGroups(postings: readonly (readonly FieldText[])[]): Int32Array {
  const byBody = nearCopyGroups(postings.map(templateText));
  // An empty profile is a group of its own in `nearCopyGroups`, so postings without one are never joined by it.
  const byProfile = nearCopyGroups(postings.map(employerProfileText));
  const parent = Int32Array.from(postings, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index] as number] as number;
    return index;
  };
  for (const grouping of [byBody, byProfile]) {
    const first = new Map<number, number>();
    grouping.forEach((group, index) => {
      const earlier = first.get(group);
      if (earlier === undefined) first.set(group, index);
      else {
        const [a, b] = [find(earlier), find(index)];
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    });
  }
  const numbers = new Map<number, number>();
  return Int32Array.from(postings, (_, index) => {
    const root = find(index);
    let number = numbers.get(root);
    if (number === undefined) numbers.set(root, (number = numbers.size));
    return number;
  });
}
