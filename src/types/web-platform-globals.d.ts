/**
 * The web-platform globals the scanning core uses, declared for tsconfig.core.json, which has neither DOM nor Node
 * types: every runtime lurescan supports (Node, browsers, edge workers: the WinterCG minimum common API) has them, so
 * using them keeps the core portable, unlike a Node global. Only the members the core reads.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly hostname: string;
}
