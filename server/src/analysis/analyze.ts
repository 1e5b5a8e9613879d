// One article's text in, its whole analysis out. The CLI, the language server and the corpus
// index all call this and nothing else. The file's path, when the caller gives it, may date an
// article whose text does not.
import type { AnalysisInput, ArticleAnalysis, ArticleHeader } from './types';
import { findArticleDate, parseHeader } from './header';
import { detectLanguage } from './language';
import { tokenize, type TokenizedText } from './tokens';
import type { EntityRecognizer } from './entities';
import { findTimeExpressions } from './time';
import { findQuotations } from './quotes';

export type Analyzer = (text: string, filePath?: string) => ArticleAnalysis;

/** The entity recognizer carries trained models, loaded once by the caller; everything else is pure. */
export function createAnalyzer(entityRecognizer: EntityRecognizer): Analyzer {
  return (text, filePath) => analyzeArticle(text, entityRecognizer, filePath);
}

function analyzeArticle(text: string, entityRecognizer: EntityRecognizer, filePath: string | undefined): ArticleAnalysis {
  const header = parseHeader(text);
  const { tokens, sentences } = tokenizeArticle(text, header);
  const language = detectLanguage(tokens);
  const { date, source } = findArticleDate(text, header, filePath);
  const input: AnalysisInput = { text, language, tokens, sentences, articleDate: date };
  const entities = entityRecognizer.recognize(input);
  const { quotes, terms } = findQuotations(input, entities);
  return {
    language,
    header,
    title: header?.title.text ?? null,
    date,
    dateSource: source,
    tokens,
    sentences,
    entities,
    timexes: findTimeExpressions(input),
    quotes,
    terms,
  };
}

// The header's " date YYYY-MM-DD" prefix and its site boilerplate are not article text.
function tokenizeArticle(text: string, header: ArticleHeader | null): TokenizedText {
  if (!header) return tokenize(text);
  const title = tokenize(text, header.title.start, header.title.end);
  const body = tokenize(text, header.line.end);
  const offset = title.tokens.length;
  // Indexed loops, not spreads: spreading iterates, and an iteration compiled for one kind of array
  // (a title's empty list, a body's list of objects) was thrown away at the first of another.
  const sentences = title.sentences.slice();
  for (let s = 0; s < body.sentences.length; s++) {
    const sentence = body.sentences[s];
    sentences.push({ ...sentence, tokenStart: sentence.tokenStart + offset, tokenEnd: sentence.tokenEnd + offset });
  }
  return { tokens: title.tokens.concat(body.tokens), sentences };
}
