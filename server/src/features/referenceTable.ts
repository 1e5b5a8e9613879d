// An entity's references as a table kept until the corpus changes: each mention's article URI and its
// start and end as lines and characters, in the order Shift+F12 lists them. A frequent name's answer
// (9,000 mentions at 10,000 articles) is then made from the table, with no article lookup and no line
// search a mention; the table takes 24 bytes a mention where the answer's objects take about 160, so
// the card warmer can keep the largest entities' tables.
import type { Location } from 'vscode-languageserver';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import type { Derivation, Steps } from '../corpus/derivations';
import { mainMentionOf, sortedMentions } from '../corpus/entities';
import type { EntityId } from '../corpus/entityResolution';
import { offsetToPosition } from '../corpus/lines';

export interface ReferenceTable {
  /** Each row's article. */
  uris: string[];
  /** Each row's start line, start character, end line and end character. */
  positions: Uint32Array;
  /** The row of the entity's main mention (the declaration), or -1. */
  declarationRow: number;
}

// Rows computed between two steps: a millisecond or so of work.
const rowsPerStep = 4096;

export const referenceTableOf = (index: CorpusIndex, entity: EntityId): Derivation<ReferenceTable> => ({
  key: `reference table ${entity}`,
  steps: () => tabulate(index, entity),
});

function* tabulate(index: CorpusIndex, entity: EntityId): Steps<ReferenceTable> {
  const main = yield* index.derivations.awaiting(mainMentionOf(index, entity));
  const mentions = yield* index.derivations.awaiting(sortedMentions(index, entity));
  const uris: string[] = [];
  const positions = new Uint32Array(mentions.length * 4);
  let declarationRow = -1;
  // Mentions come article by article: each article is looked up once.
  let article: IndexedArticle | undefined;
  for (const { uri, mention } of mentions) {
    if (article?.uri !== uri) article = index.article(uri);
    if (!article) continue;
    const row = uris.length;
    if (main && uri === main.uri && mention.start === main.mention.start) declarationRow = row;
    const start = offsetToPosition(article.lineStarts, mention.start);
    const end = offsetToPosition(article.lineStarts, mention.end);
    positions[row * 4] = start.line;
    positions[row * 4 + 1] = start.character;
    positions[row * 4 + 2] = end.line;
    positions[row * 4 + 3] = end.character;
    uris.push(uri);
    if (uris.length % rowsPerStep === 0) yield;
  }
  return { uris, positions: positions.subarray(0, uris.length * 4), declarationRow };
}

/** The table's rows as locations, the declaration's left out unless asked for, from `first` up to `end`. */
export function tableLocations(table: ReferenceTable, includeDeclaration: boolean, first: number, end: number, into: Location[]): void {
  const { uris, positions } = table;
  for (let row = first; row < end; row++) {
    if (row === table.declarationRow && !includeDeclaration) continue;
    const at = row * 4;
    into.push({
      uri: uris[row],
      range: { start: { line: positions[at], character: positions[at + 1] }, end: { line: positions[at + 2], character: positions[at + 3] } },
    });
  }
}
