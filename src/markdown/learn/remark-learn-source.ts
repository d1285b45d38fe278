/**
 * Hands remark-parse each file's text as triple-colon-source.ts rewrites it,
 * for pages and for the files they include alike (both go through this
 * processor's parser).
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { rewriteTripleColons } from './triple-colon-source.ts';

const remarkLearnSource: Plugin<[], Root> = function () {
  const parse = this.parser;
  if (!parse) throw new Error('remark-learn-source must come after remark-parse');
  this.parser = (document, file) => parse(rewriteTripleColons(document, file), file);
};

export default remarkLearnSource;
