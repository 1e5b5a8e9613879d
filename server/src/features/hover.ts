// Hover cards: an entity across the corpus, a time expression on the calendar, a quote's speaker.
import type { Hover, Position } from 'vscode-languageserver';
import type { Quotation } from '../analysis/types';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { findAt } from '../corpus/corpusIndex';
import type { Derivation, Steps } from '../corpus/derivations';
import { cardFacts } from '../corpus/cardFacts';
import { entityDisplayName, type AttributedQuote } from '../corpus/entities';
import type { EntityId } from '../corpus/entityResolution';
import { describeTimeExpression } from './timeDescription';
import { entityTypeLabels, fileName, quoteExcerpt } from '../display/labels';
import { locationLink } from './links';
import { positionToArticleOffset, spanToRange } from './ranges';

const coMentionLimit = 5;
const quoteLimit = 5;

export function hover(index: CorpusIndex, uri: string, position: Position): Hover | null {
  const article = index.article(uri);
  if (!article) return null;
  const offset = positionToArticleOffset(article, position);
  const mention = index.mentionAt(uri, offset);
  if (mention) {
    const entity = index.entityOf(mention);
    return {
      contents: { kind: 'markdown', value: entityCardOf(index, entity) },
      range: spanToRange(article, mention),
    };
  }
  const timex = findAt(article.analysis.timexes, offset);
  if (timex) return { contents: { kind: 'markdown', value: describeTimeExpression(timex, article.analysis.date) }, range: spanToRange(article, timex) };
  const quote = findAt(article.analysis.quotes, offset);
  if (quote) return { contents: { kind: 'markdown', value: quoteCard(index, article, quote) }, range: spanToRange(article, quote) };
  return null;
}

/** An entity's hover card, kept until the corpus changes: a frequent entity's reads hundreds of articles. */
export function entityCardOf(index: CorpusIndex, entity: EntityId): string {
  return index.derivations.now(entityCardDerivation(index, entity));
}

export const entityCardDerivation = (index: CorpusIndex, entity: EntityId): Derivation<string> => ({
  key: `hover card ${entity}`,
  steps: () => entityCard(index, entity),
});

function* entityCard(index: CorpusIndex, entity: EntityId): Steps<string> {
  const facts = yield* cardFacts(index, entity, coMentionLimit);
  const lines = [`**${escapeMarkdown(facts.name)}** · ${entityTypeLabels[facts.type]}`, ''];
  const otherSpellings = facts.aliases.filter((alias) => alias !== facts.name);
  if (otherSpellings.length > 0) lines.push(`Also: ${otherSpellings.map(escapeMarkdown).join(', ')}`, '');
  lines.push(`${plural(facts.mentions, 'mention')} in ${plural(facts.articles, 'article')}` + dateRange(facts.firstDate, facts.lastDate), '');
  if (facts.coMentioned.length > 0) {
    const names = facts.coMentioned.map(({ entity: other, articles }) => `${escapeMarkdown(entityDisplayName(index, other))} (${articles})`);
    lines.push(`Often with: ${names.join(', ')}`, '');
  }
  const { quotes } = facts;
  if (quotes.length > 0) {
    lines.push(`Quotes (${quotes.length}):`, '');
    for (const { uri, date, quote } of quotesToShow(quotes)) {
      const where = locationLink(index, uri, quote, `${date ?? 'undated'} · ${fileName(uri)}`);
      lines.push(`> ${escapeMarkdown(quoteExcerpt(quote.text))} — ${where}`, '');
    }
  }
  return lines.join('\n').trimEnd();
}

/** Fewer words than this make a fragment ("“bully and demagogue”", "“endorses”"), not a statement. */
const statementWords = 6;

// A reader checks what someone said: the newest statements first, then, if there are not enough, the
// newest fragments. One pass that stops once the card is full of statements.
function quotesToShow(quotes: readonly AttributedQuote[]): AttributedQuote[] {
  const statements: AttributedQuote[] = [];
  const fragments: AttributedQuote[] = [];
  for (const attributed of quotes) {
    if (statements.length === quoteLimit) break;
    // split() with a limit stops at it: a long quotation is not read to its end.
    const statement = attributed.quote.text.trim().split(/\s+/u, statementWords).length === statementWords;
    (statement ? statements : fragments).push(attributed);
  }
  return [...statements, ...fragments].slice(0, quoteLimit);
}

function quoteCard(index: CorpusIndex, article: IndexedArticle, quote: Quotation): string {
  if (!quote.speaker) return '**Quotation** · no speaker named';
  const speaker = quote.speakerMention ?? quote.speaker;
  const link = locationLink(index, article.uri, speaker, escapeMarkdown(quote.speaker.text));
  const linked = quote.speakerMention && index.linkedMention(article.uri, quote.speakerMention);
  const entityName = linked ? entityDisplayName(index, index.entityOf(linked)) : null;
  const refersTo = entityName && entityName !== quote.speaker.text ? ` (${escapeMarkdown(entityName)})` : '';
  return `**Quotation** · said by ${link}${refersTo}`;
}

function dateRange(first: string | null, last: string | null): string {
  if (!first || !last) return '';
  return first === last ? ` · ${first}` : ` · ${first} → ${last}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
