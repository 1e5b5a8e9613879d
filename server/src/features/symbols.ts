// The outline of an article (title, entities by type, dates, quotes) and entity search across the corpus.
import { SymbolKind, type DocumentSymbol, type Position, type WorkspaceSymbol } from 'vscode-languageserver';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { entityIdType } from '../corpus/entityResolution';
import { entityDisplayName, mainMention, searchEntities } from '../corpus/entities';
import { entityTypeLabels, quoteExcerpt } from '../display/labels';
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
  for (const [type, title] of Object.entries(entityGroupTitles) as [EntityType, string][]) {
    const children = entitySymbols(index, article, type, entitySymbolKinds[type]);
    if (children.length > 0) symbols.push(groupSymbol(title, entitySymbolKinds[type], children));
  }
  const dates = analysis.timexes.map((timex) => symbol(article, timex.text, timex.value ?? 'unresolved', SymbolKind.Number, timex, timex));
  if (dates.length > 0) symbols.push(groupSymbol('Dates', SymbolKind.Number, dates));
  const quoteSymbol = (quote: Quotation) =>
    symbol(article, quoteExcerpt(quote.text, 60), quote.speaker ? `— ${quote.speaker.text}` : '', SymbolKind.String, quote, quote);
  const attributed = analysis.quotes.filter((quote) => quote.speaker).map(quoteSymbol);
  if (attributed.length > 0) symbols.push(groupSymbol('Quotes', SymbolKind.String, attributed));
  // Quotes no one is named for are what a fact-checker looks at next: they get a group of their own.
  const unattributed = analysis.quotes.filter((quote) => !quote.speaker).map(quoteSymbol);
  if (unattributed.length > 0) symbols.push(groupSymbol('Quotes without a speaker', SymbolKind.String, unattributed));
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

// A group's range spans its children, so that editors nest them under it.
function groupSymbol(name: string, kind: SymbolKind, children: DocumentSymbol[]): DocumentSymbol {
  const byStart = [...children].sort((a, b) => comparePositions(a.range.start, b.range.start));
  const byEnd = [...children].sort((a, b) => comparePositions(b.range.end, a.range.end));
  const range = { start: byStart[0].range.start, end: byEnd[0].range.end };
  return { name, kind, range, selectionRange: byStart[0].selectionRange, children };
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function symbol(article: IndexedArticle, name: string, detail: string, kind: SymbolKind, range: Span, selection: Span): DocumentSymbol {
  return { name, detail, kind, range: spanToRange(article, range), selectionRange: spanToRange(article, selection) };
}

export function workspaceSymbols(index: CorpusIndex, query: string, limit = 200): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  for (const summary of searchEntities(index, query, limit)) {
    const main = mainMention(index, summary.id);
    const article = main && index.article(main.uri);
    if (!main || !article) continue;
    // An editor filters the symbols by their names: one found by an alias is named by that alias.
    symbols.push({
      name: summary.matchedAlias ?? summary.name,
      kind: entitySymbolKinds[summary.type],
      containerName: summary.matchedAlias ? `${summary.name} · ${entityTypeLabels[summary.type]}` : entityTypeLabels[summary.type],
      location: spanToLocation(article, main.mention),
    });
  }
  return symbols;
}
