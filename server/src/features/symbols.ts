// The outline of an article (title, entities by type, dates, quotes) and entity search across the corpus.
import { CancellationToken, SymbolKind, type DocumentSymbol, type Position, type Range, type WorkspaceSymbol } from 'vscode-languageserver';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { entityIdType } from '../corpus/entityResolution';
import { entityDisplayName, mainMention } from '../corpus/entities';
import { searchEntities } from '../corpus/entitySearch';
import { entityTypeLabels, quoteExcerpt } from '../display/labels';
import { offsetToPosition } from '../corpus/lines';
import { forEachUnlessCancelled, requestCancelled } from './cancellation';
import { spanToLocation, spanToRange } from './ranges';
import type { EntityType, Quotation, Span } from '../analysis/types';

export const entitySymbolKinds: Record<EntityType, SymbolKind> = {
  PER: SymbolKind.Object,
  ORG: SymbolKind.Module,
  LOC: SymbolKind.Namespace,
  MISC: SymbolKind.Property,
};

const entityGroupTitles: Record<EntityType, string> = { PER: 'People', ORG: 'Organizations', LOC: 'Places', MISC: 'Other names' };

export function documentSymbols(index: CorpusIndex, uri: string): DocumentSymbol[] {
  const article = index.article(uri);
  if (!article) return [];
  const { analysis } = article;
  const symbols: DocumentSymbol[] = [];
  if (analysis.header)
    symbols.push(
      symbol(article, analysis.header.title.text || '(untitled)', analysis.date ?? '', SymbolKind.File, analysis.header.line, analysis.header.title),
    );
  const groups: [string, SymbolKind, DocumentSymbol[]][] = [];
  for (const [type, title] of Object.entries(entityGroupTitles) as [EntityType, string][]) {
    groups.push([title, entitySymbolKinds[type], entitySymbols(index, article, type, entitySymbolKinds[type])]);
  }
  const dates = analysis.timexes.map((timex) => symbol(article, timex.text, timex.value ?? 'unresolved', SymbolKind.Number, timex, timex));
  groups.push(['Dates', SymbolKind.Number, dates]);
  const quoteSymbol = (quote: Quotation) =>
    symbol(article, quoteExcerpt(quote.text, 60), quote.speaker ? `— ${quote.speaker.text}` : '', SymbolKind.String, quote, quote);
  groups.push(['Quotes', SymbolKind.String, analysis.quotes.filter((quote) => quote.speaker).map(quoteSymbol)]);
  // Quotes no one is named for are what a fact-checker looks at next: they get a group of their own.
  groups.push(['Quotes without a speaker', SymbolKind.String, analysis.quotes.filter((quote) => !quote.speaker).map(quoteSymbol)]);
  const articleEnd = offsetToPosition(article.lineStarts, article.textLength);
  groups.forEach(([name, kind, children], rank) => {
    if (children.length > 0) symbols.push(groupSymbol(name, kind, children, rank, articleEnd));
  });
  return symbols;
}

// One symbol per entity of the article, at its first mention, most mentioned first.
function entitySymbols(index: CorpusIndex, article: IndexedArticle, type: EntityType, kind: SymbolKind): DocumentSymbol[] {
  const byEntity = new Map<string, { first: Span; count: number }>();
  for (const mention of article.mentions) {
    const entity = index.entityOf(mention);
    if (entityIdType(entity) !== type) continue;
    const seen = byEntity.get(entity);
    if (seen) seen.count++;
    else byEntity.set(entity, { first: mention, count: 1 });
  }
  return [...byEntity]
    .sort((a, b) => b[1].count - a[1].count || a[1].first.start - b[1].first.start)
    .map(([entity, { first, count }]) => symbol(article, entityDisplayName(index, entity), `${count}×`, kind, first, first));
}

// Editors order an outline by where its symbols start (VS Code by default), which would put the
// places first in an article whose dateline names a city. A group is a view of the whole article,
// so its range does span it all, but starts at its rank on the first line (after the title, which
// starts at its first character): every article lists its groups in the same order. Choosing the
// group selects its first child, when that lies inside the group's range.
function groupSymbol(name: string, kind: SymbolKind, children: DocumentSymbol[], rank: number, articleEnd: Position): DocumentSymbol {
  const range: Range = { start: { line: 0, character: rank + 1 }, end: articleEnd };
  const first = [...children].sort((a, b) => comparePositions(a.range.start, b.range.start))[0];
  const selectionRange = comparePositions(first.selectionRange.start, range.start) >= 0 ? first.selectionRange : { start: range.start, end: range.start };
  return { name, kind, range, selectionRange, children };
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function symbol(article: IndexedArticle, name: string, detail: string, kind: SymbolKind, range: Span, selection: Span): DocumentSymbol {
  return { name, detail, kind, range: spanToRange(article, range), selectionRange: spanToRange(article, selection) };
}

/** Each match's main mention reads every article naming it: the walk stops as soon as the request is cancelled. */
export async function workspaceSymbols(
  index: CorpusIndex,
  query: string,
  token: CancellationToken = CancellationToken.None,
  limit = 200,
): Promise<WorkspaceSymbol[]> {
  const symbols: WorkspaceSymbol[] = [];
  const matches = searchEntities(index, query, limit);
  if (token.isCancellationRequested) throw requestCancelled();
  const slice = 16;
  await forEachUnlessCancelled(
    matches,
    token,
    (summary) => {
      const main = mainMention(index, summary.id);
      const article = main && index.article(main.uri);
      if (!main || !article) return;
      // An editor filters the symbols by their names: one found by an alias is named by that alias.
      symbols.push({
        name: summary.matchedAlias ?? summary.name,
        kind: entitySymbolKinds[summary.type],
        containerName: summary.matchedAlias ? `${summary.name} · ${entityTypeLabels[summary.type]}` : entityTypeLabels[summary.type],
        location: spanToLocation(article, main.mention),
      });
    },
    slice,
  );
  return symbols;
}
