import compact from '../../generated/model.generated.json';
import { prepareCompactClassifier, type CompactModel } from '../compact-model';
import type { PreparedClassifier } from '../score-classifier';
import type { LurescanModel } from '../classifier-model';

/**
 * The built-in model (model.json, as `lurescan train` writes it) in its compact form, written at build time by
 * scripts/compile-engine-image.ts; validated there, so nothing checks it at run time.
 */
const BUILTIN = compact as CompactModel;

/** What a scanner reads of the built-in model besides the classifier's weights. */
export const BUILTIN_MODEL: Pick<LurescanModel, 'hash' | 'combiner'> = { hash: BUILTIN.hash, combiner: BUILTIN.combiner };

/** The built-in classifier, ready to score (each scanner gets its own: scoring writes to it). */
export function prepareBuiltinClassifier(): PreparedClassifier {
  return prepareCompactClassifier(BUILTIN.classifier);
}
