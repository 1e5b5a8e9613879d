// Inlay hints: the resolved value beside a relative time expression ("este jueves" = 2025-12-11)
// and the speaker after a quotation, each switched off by its own setting.
import { InlayHintKind, type InlayHint, type Range } from 'vscode-languageserver';
import type { CorpusIndex } from '../corpus/corpusIndex';
import { entityDisplayName } from '../corpus/entities';
import { offsetToPosition } from '../corpus/lines';
import type { EditorOptions } from '../settings';
import { positionToArticleOffset } from './ranges';

export function inlayHints(index: CorpusIndex, uri: string, range: Range, options: EditorOptions): InlayHint[] {
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
      if (!quote.speaker || !inRange(quote.end)) continue;
      const linked = quote.speakerMention && index.linkedMention(uri, quote.speakerMention);
      const name = linked ? entityDisplayName(index, index.entityOf(linked)) : quote.speaker.text;
      hints.push({
        position: offsetToPosition(article.lineStarts, quote.end),
        label: `— ${name}`,
        kind: InlayHintKind.Parameter,
        paddingLeft: true,
        tooltip: `Said by ${quote.speaker.text}`,
      });
    }
  }
  return hints.sort((a, b) => a.position.line - b.position.line || a.position.character - b.position.character);
}
