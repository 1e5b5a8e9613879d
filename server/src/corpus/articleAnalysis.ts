// What the index keeps of one article, computed from its text: the analysis without tokens and
// sentences, its mentions linked within the article, its line starts. An analysis worker computes
// this and sends it as the cache stores it (JSON bytes), so that the main thread only decodes it,
// inserts it and keeps the bytes for the cache.
import type { Analyzer } from '../analysis/analyze';
import { decodeCachedAnalysis, encodeCachedAnalysis, type CachedAnalysis } from './analysisCodec';
import { linkArticleMentions } from './articleLinks';
import { computeLineStarts } from './lines';

/** As `CorpusIndex.setArticle` analyses an article (the file path, when given, may date it). */
export function analyseForIndex(analyze: Analyzer, text: string, filePath?: string): CachedAnalysis {
  const { tokens, sentences: _sentences, ...kept } = analyze(text, filePath);
  const analysis = { ...kept, tokenCount: tokens.length };
  return { analysis, mentions: linkArticleMentions(analysis.entities), lineStarts: computeLineStarts(text), textLength: text.length };
}

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

/** The analysis as cache bytes, in a buffer of its own (so that it can be transferred between threads). */
export function encodeArticleAnalysis(analyze: Analyzer, text: string, filePath?: string): Uint8Array {
  return utf8.encode(JSON.stringify(encodeCachedAnalysis(analyseForIndex(analyze, text, filePath))));
}

/** Throws on bytes that are not a valid analysis (see cachedAnalysisCheck.ts). */
export function decodeArticleAnalysis(bytes: Uint8Array): CachedAnalysis {
  return decodeCachedAnalysis(JSON.parse(utf8Decoder.decode(bytes)));
}
