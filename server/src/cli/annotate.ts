// `newsmark annotate PATH... [--format json|text]`: every article's entities, dates and quotes,
// linked across the articles given, as JSON or as coloured text with the corpus's entity table.
import type { Analyzer } from '../analysis/analyze';
import { CorpusIndex, type IndexedArticle } from '../corpus/corpusIndex';
import { summarizeEntity, type EntitySummary } from '../corpus/entities';
import type { ArticleFile } from './inputs';
import { renderArticle, renderEntityTable, renderLegend } from './render';

export interface AnnotatedArticle {
  path: string;
  language: string;
  date: string | null;
  title: string | null;
  entities: { start: number; end: number; type: string; text: string; entity: string }[];
  dates: { start: number; end: number; text: string; type: string; value: string | null }[];
  quotes: {
    start: number;
    end: number;
    text: string;
    speaker: { start: number; end: number; text: string } | null;
    speakerEntity: string | null;
  }[];
}

export function indexArticles(analyzer: Analyzer, files: ArticleFile[]): { index: CorpusIndex; articles: IndexedArticle[] } {
  const index = new CorpusIndex(analyzer);
  const articles = files.map((file) => index.setArticle(file.path, file.text));
  return { index, articles };
}

export function annotateAsJson(index: CorpusIndex, articles: IndexedArticle[]): { articles: AnnotatedArticle[] } {
  const names = entityNames(index);
  return {
    articles: articles.map((article) => {
      const { analysis } = article;
      return {
        path: article.uri,
        language: analysis.language,
        date: analysis.date,
        title: analysis.title,
        entities: article.mentions.map((mention) => ({
          start: mention.start,
          end: mention.end,
          type: mention.type,
          text: mention.text,
          entity: names(mention.key),
        })),
        dates: analysis.timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
        quotes: analysis.quotes.map((quote) => {
          const speakerMention = quote.speakerMention && index.linkedMention(article.uri, quote.speakerMention);
          return {
            start: quote.start,
            end: quote.end,
            text: quote.text,
            speaker: quote.speaker && { start: quote.speaker.start, end: quote.speaker.end, text: quote.speaker.text },
            speakerEntity: speakerMention ? names(speakerMention.key) : null,
          };
        }),
      };
    }),
  };
}

export function annotateAsText(index: CorpusIndex, articles: IndexedArticle[], texts: Map<string, string>, color: boolean): string {
  const parts = [renderLegend(color)];
  for (const article of articles) parts.push(renderArticle(article, texts.get(article.uri) ?? '', color));
  parts.push(renderEntityTable(entityTable(index), color));
  return parts.join('\n\n') + '\n';
}

/** Corpus entities, most mentioned first. */
export function entityTable(index: CorpusIndex): EntitySummary[] {
  const entities = new Set<string>();
  for (const key of index.allKeys()) entities.add(index.resolve(key));
  return [...entities].map((entity) => summarizeEntity(index, entity)).sort((a, b) => b.mentions.length - a.mentions.length || (a.name < b.name ? -1 : 1));
}

// Article-level key → the corpus entity's display name, summarised once per entity.
function entityNames(index: CorpusIndex): (key: string) => string {
  const cache = new Map<string, string>();
  return (key) => {
    const entity = index.resolve(key);
    let name = cache.get(entity);
    if (name === undefined) {
      name = summarizeEntity(index, entity).name;
      cache.set(entity, name);
    }
    return name;
  };
}
