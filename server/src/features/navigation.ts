// Go to definition, find all references and document highlights: all follow the entity under the cursor.
import { CancellationToken, type DocumentHighlight, type Location, type Position } from 'vscode-languageserver';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { mainMention } from '../corpus/entities';
import type { EntityId } from '../corpus/entityResolution';
import { giveWay } from './cancellation';
import { positionToArticleOffset, spanToLocation, spanToRange } from './ranges';
import { referenceTableOf, tableLocations } from './referenceTable';

// Locations made between two turns of the event loop, in which a cancellation is read: a fraction of a millisecond.
const locationsPerSlice = 2048;

function entityAt(index: CorpusIndex, uri: string, position: Position): EntityId | undefined {
  const article = index.article(uri);
  if (!article) return undefined;
  const mention = index.mentionAt(uri, positionToArticleOffset(article, position));
  return mention && index.entityOf(mention);
}

/** The entity's main mention: the first full-name mention in the earliest article. */
export function definition(index: CorpusIndex, uri: string, position: Position): Location | null {
  const entity = entityAt(index, uri, position);
  const main = entity && mainMention(index, entity);
  const article = main && index.article(main.uri);
  return main && article ? spanToLocation(article, main.mention) : null;
}

/** Every mention of the entity; an entity with thousands of mentions stops as soon as the request is cancelled. */
export async function references(
  index: CorpusIndex,
  uri: string,
  position: Position,
  includeDeclaration: boolean,
  token: CancellationToken = CancellationToken.None,
): Promise<Location[]> {
  const entity = entityAt(index, uri, position);
  if (!entity) return [];
  // Made at once, as the mention list it reads was: a request that gave way between the steps would
  // start them again after every article the indexer inserts meanwhile.
  const table = index.derivations.now(referenceTableOf(index, entity));
  const locations: Location[] = [];
  const rows = table.uris.length;
  // A large answer gives way before its first slice too: its table is made in a blink now, and a
  // cancellation sent right after the request would otherwise come too late.
  for (let first = 0; first < rows; first += locationsPerSlice) {
    if (first > 0 || rows > locationsPerSlice) await giveWay(token);
    tableLocations(table, includeDeclaration, first, Math.min(rows, first + locationsPerSlice), locations);
  }
  return locations;
}

export function documentHighlights(index: CorpusIndex, uri: string, position: Position): DocumentHighlight[] {
  const entity = entityAt(index, uri, position);
  const article = index.article(uri);
  if (!entity || !article) return [];
  return article.mentions.filter((mention) => index.entityOf(mention) === entity).map((mention) => ({ range: spanToRange(article, mention) }));
}
