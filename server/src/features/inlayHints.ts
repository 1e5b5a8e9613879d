// Inlay hints: the resolved value beside a relative time expression ("este jueves" = 2025-12-11)
// and, after a quotation's closing mark, who said it when the attribution beside it does not name
// them ("…", he said — Alexander Lukashenko), each switched off by its own setting.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { Quotation } from '../analysis/types';
import type { CorpusIndex, IndexedArticle } from '../corpus/corpusIndex';
import { entityDisplayName } from '../corpus/entities';
import { offsetToPosition } from '../corpus/lines';
import type { EditorOptions } from '../settings';
import { positionToArticleOffset } from './ranges';

/** How far from its quotation a name in the attribution still reads as part of it ("…", aseguró este martes Marín). */
const besideQuotation = 60;

export function inlayHints(index: CorpusIndex, uri: string, range: Range, options: Pick<EditorOptions, 'dateHints' | 'speakerHints'>): InlayHint[] {
  const article = index.article(uri);
  if (!article) return [];
  const from = positionToArticleOffset(article, range.start);
  const to = positionToArticleOffset(article, range.end);
  const inRange = (offset: number) => offset >= from && offset <= to;
  const hints: InlayHint[] = [];
  if (options.dateHints) {
    for (const timex of article.analysis.timexes) {
      if (!timex.relative || !timex.value || !inRange(timex.end)) continue;
      hints.push({
        position: offsetToPosition(article.lineStarts, timex.end),
        label: `= ${timex.value}`,
        kind: InlayHintKind.Type,
        paddingLeft: true,
        tooltip: `"${timex.text}" resolved against the article date ${article.analysis.date ?? ''}`,
      });
    }
  }
  if (options.speakerHints) {
    for (const quote of article.analysis.quotes) {
      if (!quote.speaker || !quote.speakerMention || !inRange(quote.end) || speakerNamedBeside(article, quote)) continue;
      const linked = index.linkedMention(uri, quote.speakerMention);
      hints.push({
        position: offsetToPosition(article.lineStarts, quote.end),
        label: `— ${linked ? entityDisplayName(index, index.entityOf(linked)) : quote.speakerMention.text}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: `Said by ${quote.speaker.text}`,
      });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}

// "…", dijo Lukashenko: the attribution already names the speaker, and a hint would say it twice. A
// pronoun or a description ("dijo él", "said the senator"), or a name further away ("Marín, que
// viajó este jueves a Lima, lo resumió así: …"), is no such name.
function speakerNamedBeside(article: IndexedArticle, quote: Quotation): boolean {
  const { speaker, speakerMention } = quote;
  if (!speaker || !speakerMention || speakerMention.start < speaker.start || speakerMention.end > speaker.end) return false;
  const name = speakerMention;
  const gap = name.start >= quote.end ? { start: quote.end, end: name.start } : { start: name.end, end: quote.start };
  if (gap.end - gap.start > besideQuotation) return false;
  const lineOf = (offset: number) => offsetToPosition(article.lineStarts, offset).line;
  const quoteBetween = article.analysis.quotes.some((other) => other !== quote && other.start >= gap.start && other.end <= gap.end);
  return lineOf(gap.start) === lineOf(gap.end) && !quoteBetween;
}
