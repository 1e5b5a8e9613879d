// Terminal rendering: an article coloured the way VS Code's default dark theme colours it, and
// the corpus's entity table.
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import type { EntitySummary } from '../corpus/entities';
import { flattenSpans } from '../display/flattenSpans';
import { entityTypeLabels } from '../display/labels';
import { tokenStyle } from '../display/palette';
import type { TokenType } from '../display/tokenTypes';

function paint(text: string, type: TokenType, color: boolean): string {
  if (!color) return text;
  const style = tokenStyle('dark', type);
  const [red, green, blue] = [1, 3, 5].map((at) => parseInt(style.foreground.slice(at, at + 2), 16));
  return `\x1b[${style.italic ? '3;' : ''}38;2;${red};${green};${blue}m${text}\x1b[0m`;
}

function bold(text: string, color: boolean): string {
  return color ? `\x1b[1m${text}\x1b[0m` : text;
}

export function renderLegend(color: boolean): string {
  const samples: [TokenType, string][] = [
    ['person', 'person'],
    ['organization', 'organization'],
    ['location', 'place'],
    ['misc', 'other name'],
    ['date', 'time expression'],
    ['quote', '“quotation”'],
    ['term', '"term"'],
  ];
  return `Legend: ${samples.map(([type, label]) => paint(label, type, color)).join('  ')}`;
}

export function renderArticle(index: CorpusIndex, article: IndexedArticle, text: string, color: boolean): string {
  const { analysis } = article;
  const facts = [
    analysis.language,
    analysis.date ?? 'undated',
    `${analysis.entities.length} entities`,
    `${analysis.timexes.length} time expressions`,
    `${analysis.quotes.length} quotes`,
  ];
  const heading = bold(`── ${article.uri} (${facts.join(', ')})`, color);
  let body = '';
  let cursor = 0;
  for (const span of flattenSpans(index, article)) {
    body += text.slice(cursor, span.start) + paint(text.slice(span.start, span.end), span.type, color);
    cursor = span.end;
  }
  body += text.slice(cursor);
  const quotes = analysis.quotes.map(
    (quote) =>
      `  ${paint('“…”', 'quote', color)} ${quote.speaker ? `said by ${quote.speaker.text}` : 'no speaker'}: ${quote.text.slice(0, 70).replace(/\s+/g, ' ')}${quote.text.length > 70 ? '…' : ''}`,
  );
  return [heading, body.replace(/\n{3,}/g, '\n\n').trim(), ...(quotes.length > 0 ? ['', bold('Quotes:', color), ...quotes] : [])].join('\n');
}

export function renderEntityTable(entities: EntitySummary[], color: boolean, limit = 40): string {
  const rows = entities.slice(0, limit).map((entity) => [
    entity.name,
    entityTypeLabels[entity.type],
    String(entity.mentions.length),
    String(entity.articleCount),
    entity.aliases
      .filter((alias) => alias !== entity.name)
      .slice(0, 4)
      .join(', '),
  ]);
  const header = ['Entity', 'Type', 'Mentions', 'Articles', 'Also written'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 2 || column === 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])))
      .join('  ')
      .trimEnd();
  const typeOf: Record<string, TokenType> = { person: 'person', organization: 'organization', place: 'location', other: 'misc' };
  const body = rows.map((row) => {
    const plain = line(row);
    return paint(row[0], typeOf[row[1]], color) + plain.slice(row[0].length);
  });
  const more = entities.length > limit ? [`… and ${entities.length - limit} more`] : [];
  return [bold(`Corpus entities (${entities.length})`, color), bold(line(header), color), ...body, ...more].join('\n');
}
