// An annotated article as the CLI's JSON gives it (README, "Command line"): every entity mention with
// its entity's type and name, every time expression, every quotation with its speaker's entity.
import type { CorpusIndex, IndexedArticle } from './corpusIndex';
import { entityDisplayName, speakerEntityOf } from './entities';
import { entityIdType, type EntityId } from './entityResolution';

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

/** `names` remembers entity names across articles: a corpus's entities recur in article after article. */
export function annotatedArticle(index: CorpusIndex, article: IndexedArticle): AnnotatedArticle {
  const nameOf = (entity: EntityId) => entityDisplayName(index, entity);
  const { analysis } = article;
  return {
    path: article.uri,
    language: analysis.language,
    date: analysis.date,
    title: analysis.title,
    entities: article.mentions.map((mention) => {
      const entity = index.entityOf(mention);
      return { start: mention.start, end: mention.end, type: entityIdType(entity), text: mention.text, entity: nameOf(entity) };
    }),
    dates: analysis.timexes.map(({ start, end, text, type, value }) => ({ start, end, text, type, value })),
    quotes: analysis.quotes.map((quote, at) => {
      const speaker = speakerEntityOf(index, article, at);
      return {
        start: quote.start,
        end: quote.end,
        text: quote.text,
        speaker: quote.speaker && { start: quote.speaker.start, end: quote.speaker.end, text: quote.speaker.text },
        speakerEntity: speaker ? nameOf(speaker) : null,
      };
    }),
  };
}
