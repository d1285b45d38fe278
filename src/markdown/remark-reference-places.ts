/**
 * Where the URL of a link or image written by reference is. `[text][id]`,
 * `[id][]` and `[id]` take their URL from a definition, `[id]: url`, written
 * once elsewhere in the page (or a file it includes); a problem with that URL
 * is for the author to fix there, and is reported there, once, rather than
 * at every use. `file.data.definitionPlaces` gives, by each reference's start
 * offset (unique across a page and the files it includes: sources.ts), the
 * position of its definition, for rehype-resolve-urls.ts.
 */
import type { Definition, ImageReference, LinkReference, Root } from 'mdast';
import type { Plugin } from 'unified';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

declare module 'vfile' {
  interface DataMap {
    definitionPlaces: ReadonlyMap<number, Position>;
  }
}

const remarkReferencePlaces: Plugin<[], Root> = () => (tree, file) => {
  const definitions = new Map<string, Definition>();
  const references: (LinkReference | ImageReference)[] = [];
  visit(tree, (node) => {
    if (node.type === 'linkReference' || node.type === 'imageReference') references.push(node);
    // The first definition of an identifier is the one that counts (CommonMark).
    else if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  });
  const places = new Map<number, Position>();
  for (const reference of references) {
    const definition = definitions.get(reference.identifier)?.position;
    const offset = reference.position?.start.offset;
    if (definition && offset !== undefined) places.set(offset, definition);
  }
  file.data.definitionPlaces = places;
};

export default remarkReferencePlaces;
