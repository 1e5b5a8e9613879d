// The CSV export: entities.csv (one entity a row, with its counts and dates) and mentions.csv (one
// mention a row), RFC 4180: comma-separated, CRLF line ends, fields with a comma, a quote or a line
// break in double quotes with their quotes doubled.
import type { CorpusIndex } from '../corpusIndex';
import { entityDisplayName } from '../entities';
import type { EntityCounts } from '../entityOverview';
import type { EntityId } from '../entityResolution';
import { entityIdType } from '../entityResolution';
import type { ExportedArticle } from './exportedArticle';

export const entityColumns = ['name', 'type', 'aliases', 'mentions', 'articles', 'first_date', 'last_date'];
export const mentionColumns = ['article', 'start', 'end', 'text', 'type', 'entity'];

/** Aliases share one field, apart by this. */
export const aliasSeparator = '; ';

export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: (string | number | null)[]): string {
  return values.map(csvField).join(',');
}

/** An entity as a row of entities.csv: its other spellings are its aliases. */
export function entityCsvRow(entity: EntityCounts): string {
  const aliases = entity.aliases.filter((alias) => alias !== entity.name).join(aliasSeparator);
  return csvRow([entity.name, entity.type, aliases, entity.mentions, entity.articles, entity.firstDate, entity.lastDate]);
}

export function entitiesCsv(table: readonly EntityCounts[]): string {
  return [csvRow(entityColumns), ...table.map(entityCsvRow)].map((line) => `${line}\r\n`).join('');
}

/** Offsets are UTF-16 code units into the article's text, as in the JSON export; the entity is its name. */
export function* mentionCsvLines(index: CorpusIndex, articles: Iterable<ExportedArticle>): Generator<string> {
  yield `${csvRow(mentionColumns)}\r\n`;
  const nameOf = (entity: EntityId) => entityDisplayName(index, entity);
  for (const { article, path } of articles) {
    const rows = article.mentions.map((mention) => {
      const entity = index.entityOf(mention);
      return `${csvRow([path, mention.start, mention.end, mention.text, entityIdType(entity), nameOf(entity)])}\r\n`;
    });
    yield rows.join('');
  }
}
