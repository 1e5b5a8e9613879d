// The requests behind the editor's Entities view and "Export Corpus…": the corpus's entities by type,
// an entity's articles and quotations, its timeline, and the export. Articles' texts, which the index
// does not keep, come through the session's workspace.
import { fileURLToPath } from 'node:url';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { mainMention, quotesBy, summarizeEntity } from '../corpus/entities';
import { countsOf, entityArticles, entityGroups, entityTimeline, type EntityCounts } from '../corpus/entityOverview';
import { entityCsvRow } from '../corpus/export/csv';
import { exportedArticles, writeCorpusExport } from '../corpus/export/writeExport';
import type { ArticleWorkspace } from '../corpus/workspace';
import type { EntityDetails, EntityList, EntityListItem, EntityListParams, EntityTimeline, ExportCorpusParams, ExportCorpusResult } from '../protocol';
import { spanToLocation, spanToRange } from './ranges';

const defaultLimitPerType = 1000;
/** Spellings a row carries: enough to see why a filter matched, not every typo of a frequent name. */
const aliasLimit = 10;

export function entityList(index: CorpusIndex, { filter, limitPerType = defaultLimitPerType }: EntityListParams): EntityList {
  return {
    groups: entityGroups(index, filter).map(({ type, entities }) => ({
      type,
      entities: entities.slice(0, Math.max(0, limitPerType)).map(listItem),
      total: entities.length,
    })),
  };
}

export function entityDetails(index: CorpusIndex, entity: string): EntityDetails | null {
  const summary = summarizeEntity(index, entity);
  if (summary.mentions.length === 0) return null;
  const main = mainMention(index, entity);
  const mainArticle = main && index.article(main.uri);
  const speaks = summary.type === 'PER' || summary.type === 'ORG';
  const counts = countsOf(summary);
  return {
    entity: listItem(counts),
    mainMention: main && mainArticle ? spanToLocation(mainArticle, main.mention) : null,
    articles: entityArticles(index, entity).map(({ article, mentions }) => ({
      ...articleHeading(article),
      mentions: mentions.map((mention) => ({ range: spanToRange(article, mention), text: mention.text })),
    })),
    quotes: speaks
      ? quotesBy(index, entity).flatMap(({ uri, date, quote }) => {
          const article = index.article(uri);
          return article ? [{ uri, date, range: spanToRange(article, quote), text: quote.text, speaker: quote.speaker?.text ?? null }] : [];
        })
      : null,
    csvRow: entityCsvRow(counts),
  };
}

export async function entityTimelineOf(index: CorpusIndex, entity: string, workspace: ArticleWorkspace): Promise<EntityTimeline | null> {
  const months = await entityTimeline(index, entity, (uri) => textOf(workspace, uri));
  if (months.length === 0) return null;
  return {
    months: months.map(({ month, articles, dates }) => ({
      month,
      articles: articles.map(({ article, mentions }) => ({ ...articleHeading(article), location: spanToLocation(article, mentions[0]) })),
      dates: dates.map(({ article, timex }) => ({ location: spanToLocation(article, timex), text: timex.text, type: timex.type, value: timex.value })),
    })),
  };
}

/** Every indexed article of the workspace (not an open document from elsewhere), written to the folder. */
export async function exportCorpus(index: CorpusIndex, { format, folder }: ExportCorpusParams, workspace: ArticleWorkspace): Promise<ExportCorpusResult> {
  const chosen = [...index.allArticles()].filter((article) => workspace.isArticle(article.uri));
  const articles = exportedArticles(chosen.map((article) => ({ article, file: fileURLToPath(article.uri) })));
  const result = await writeCorpusExport(index, format, articles, (article) => textOf(workspace, article.uri), folder);
  return { articles: result.articles, files: result.files.length, skipped: result.skipped.map(({ path }) => path) };
}

function listItem(entity: EntityCounts): EntityListItem {
  return { ...entity, aliases: entity.aliases.slice(0, aliasLimit) };
}

function articleHeading(article: IndexedArticle): { uri: string; date: string | null; title: string | null } {
  return { uri: article.uri, date: article.analysis.date, title: article.analysis.title };
}

async function textOf(workspace: ArticleWorkspace, uri: string): Promise<string | undefined> {
  const read = await workspace.readArticle(uri);
  return read.kind === 'text' ? read.text : undefined;
}
