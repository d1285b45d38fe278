/**
 * The loader's remark plugin: reads the page's duties (extract-duties.ts)
 * into `file.data.duties` and gives their rows their permalink ids.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { pageIdFromPath } from '../utils/slugs.ts';
import type { Duty } from './duty.ts';
import { extractDuties } from './extract-duties.ts';

declare module 'vfile' {
  interface DataMap {
    /** The page's duties, in source order. */
    duties: Duty[];
  }
}

const remarkDuties: Plugin<[], Root> = () => (tree, file) => {
  file.data.duties = extractDuties(tree, file, pageIdFromPath(file.path));
};

export default remarkDuties;
