// Types for pipeline-order.js, which stays JavaScript so that ESLint loads it without a TypeScript loader.
import type { Rule } from 'eslint';

export declare const PIPELINE_LAYERS: readonly (readonly string[])[];
export declare const KNOWN_UPWARD_IMPORTS: ReadonlySet<string>;
export declare function layerOf(path: string): number | undefined;
export declare const pipelineOrder: Rule.RuleModule;
