// The CoNLL export: the article's text split into tokens and sentences by the project's tokenizer,
// one token a line with its IOB2 tag (the type of the mention's corpus entity), a blank line after
// each sentence, `-DOCSTART- O` before each article. A token is tagged when it lies inside a mention,
// as the trainer's brat reader labels tokens, so that both exports teach the same spans.
import { tokenize } from '../../analysis/tokens';
import { shownType, type CorpusIndex, type IndexedArticle } from '../corpusIndex';

export const documentStart = '-DOCSTART- O';

export function conllArticle(index: CorpusIndex, article: IndexedArticle, text: string): string {
  const { tokens, sentences } = tokenize(text);
  const tags = new Array<string>(tokens.length).fill('O');
  let token = 0;
  for (const mention of article.mentions) {
    while (token < tokens.length && tokens[token].start < mention.start) token++;
    const type = shownType(index, mention);
    for (let inside = token; inside < tokens.length && tokens[inside].end <= mention.end; inside++) {
      tags[inside] = `${inside === token ? 'B' : 'I'}-${type}`;
    }
  }
  const lines = [documentStart, ''];
  for (const sentence of sentences) {
    for (let at = sentence.tokenStart; at < sentence.tokenEnd; at++) lines.push(`${tokens[at].text} ${tags[at]}`);
    lines.push('');
  }
  return lines.map((line) => `${line}\n`).join('');
}
