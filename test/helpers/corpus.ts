// A corpus for tests, built as the server builds it but analysing on the calling thread (no models,
// no workers): the index, the open documents and the indexer over a workspace.
import type { Analyzer } from '../../server/src/analysis/analyze';
import { MemoryAnalysisCache, type AnalysisCache } from '../../server/src/corpus/analysisCache';
import { InThreadAnalysis, type ArticleAnalysisService } from '../../server/src/corpus/analysisPool';
import { CorpusIndex, type IndexedArticle } from '../../server/src/corpus/corpusIndex';
import { CorpusIndexer } from '../../server/src/corpus/indexer';
import { OpenDocuments, type OpenDocumentOptions } from '../../server/src/corpus/openDocuments';
import type { ArticleWorkspace } from '../../server/src/corpus/workspace';

export function testCorpus(
  analyzer: Analyzer,
  workspace: ArticleWorkspace,
  cache: AnalysisCache = new MemoryAnalysisCache(),
  options: OpenDocumentOptions & { analysis?: ArticleAnalysisService } = {},
) {
  const index = new CorpusIndex(analyzer);
  const analysis = options.analysis ?? new InThreadAnalysis(analyzer);
  const documents = new OpenDocuments(index, analysis, options);
  const indexer = new CorpusIndexer(index, workspace, cache, analysis, documents);
  return { index, indexer, documents, analysis };
}

/** What an indexed article holds, as plain data: an article kept as its cache entry is compared by what it decodes to. */
export function articleContents(article: IndexedArticle | undefined) {
  return (
    article && {
      uri: article.uri,
      tokenCount: article.tokenCount,
      analysis: article.analysis,
      mentions: article.mentions,
      mentionsByKey: [...article.mentionsByKey],
      speakerMentions: article.speakerMentions,
      lineStarts: [...article.lineStarts],
      textLength: article.textLength,
    }
  );
}
