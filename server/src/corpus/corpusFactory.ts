// The corpus as both the language server and the `newsmark index` command build it: the index, the
// open documents, the analysis cache (on disk when there is a cache directory) and the indexer that
// fills the index from the workspace through the analysis pool.
import type { Analyzer } from '../analysis/analyze';
import { MemoryAnalysisCache, type AnalysisCache } from './analysisCache';
import type { ArticleAnalysisService } from './analysisPool';
import { CorpusIndex } from './corpusIndex';
import { cacheFileFor, FileAnalysisCache } from './fileAnalysisCache';
import { CorpusIndexer } from './indexer';
import { IndexSnapshotFile, snapshotFileFor } from './indexSnapshotFile';
import { OpenDocuments, type OpenDocumentOptions } from './openDocuments';
import type { ArticleSelection, ArticleWorkspace } from './workspace';

export interface CorpusSettings {
  folders: string[];
  selection: ArticleSelection;
  /** Where analyses are kept between runs; in memory only without it. */
  cacheDirectory?: string;
  /** Date an article by its file's path when its text gives no date (the analyzer is given the URI). */
  datesFromFileNames?: boolean;
  /**
   * Keep each article read from disk as its cache entry's bytes once its mentions are counted, and
   * decode it when something reads it: about 100 MB less at 10,000 articles, for a run that answers no
   * request (`newsmark index`). A server decodes them at once, so that the first cards and searches
   * after indexing do not decode hundreds of articles each (it keeps a snapshot's articles as entries
   * all the same, and decodes them after ready: see features/cardWarmer.ts).
   */
  keepArticlesAsEntries?: boolean;
}

export interface CorpusServices {
  /** Analyses articles (a worker pool, or the calling thread in tests). */
  analysis: ArticleAnalysisService;
  /** What `CorpusIndex.setArticle` analyses with; the pipeline itself never calls it. */
  analyzer: Analyzer;
  createWorkspace(folders: string[], selection: ArticleSelection): ArticleWorkspace;
  /** What cached analyses depend on (package, models, rules); asked only when there is a cache directory. */
  analyzerVersion(): string;
  warn(message: string): void;
}

export interface Corpus {
  index: CorpusIndex;
  indexer: CorpusIndexer;
  documents: OpenDocuments;
  cache: AnalysisCache;
  /** The cache file, when analyses are kept on disk. */
  cacheFile: string | undefined;
}

export function createCorpus(settings: CorpusSettings, services: CorpusServices, documentOptions: OpenDocumentOptions = {}): Corpus {
  const index = new CorpusIndex(settings.datesFromFileNames === false ? (text) => services.analyzer(text) : services.analyzer);
  const analysis = settings.datesFromFileNames === false ? withoutFilePaths(services.analysis) : services.analysis;
  const cacheFile = settings.cacheDirectory === undefined ? undefined : cacheFileFor(settings.cacheDirectory, settings.folders);
  const analyzerVersion = cacheFile ? services.analyzerVersion() : '';
  const cache = cacheFile ? new FileAnalysisCache(cacheFile, analyzerVersion, { warn: services.warn }) : new MemoryAnalysisCache();
  const documents = new OpenDocuments(index, analysis, { warn: services.warn, ...documentOptions });
  const workspace = services.createWorkspace(settings.folders, settings.selection);
  const snapshots = cacheFile ? new IndexSnapshotFile(snapshotFileFor(cacheFile), analyzerVersion, services.warn) : undefined;
  const indexer = new CorpusIndexer(index, workspace, cache, analysis, documents, snapshots, settings.keepArticlesAsEntries);
  return { index, indexer, documents, cache, cacheFile };
}

// The analysis as it would be of a text with no file behind it.
function withoutFilePaths(analysis: ArticleAnalysisService): ArticleAnalysisService {
  return {
    concurrency: analysis.concurrency,
    analyse: (text, priority) => analysis.analyse(text, priority),
    close: () => analysis.close(),
  };
}
