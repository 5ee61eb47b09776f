import type { FieldText } from '../../posting/field-text';
import { unionFindOf } from '../../campaigns/union-find';
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
  const groups = unionFindOf(postings.length);
  for (const grouping of [byBody, byProfile]) {
    const first = new Map<number, number>();
    grouping.forEach((group, index) => {
      const earlier = first.get(group);
      if (earlier === undefined) first.set(group, index);
      else groups.union(earlier, index);
    });
  }
  return groups.setNumbers();
}
