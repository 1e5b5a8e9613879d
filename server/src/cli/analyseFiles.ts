// The articles named to `newsmark annotate` or `export`, analysed in the worker pool and indexed in the order
// they were given, so that entities link across them as in the editor.
import type { Analyzer } from '../analysis/analyze';
import type { ArticleAnalysisService } from '../corpus/analysisPool';
import { decodeArticleAnalysis } from '../corpus/articleAnalysis';
import { Catalog } from '../corpus/catalog';
import { CorpusIndex, type IndexedArticle } from '../corpus/corpusIndex';
import type { ArticleFile } from './inputs';

export interface AnalysisServices {
  analysis: ArticleAnalysisService;
  analyzer: Analyzer;
}

export async function analyseFiles(
  services: AnalysisServices,
  files: ArticleFile[],
  catalog = new Catalog(),
): Promise<{ index: CorpusIndex; articles: IndexedArticle[] }> {
  const index = new CorpusIndex(services.analyzer);
  index.setCatalog(catalog);
  const analysed = await Promise.all(files.map((file) => services.analysis.analyse(file.text, 'background', file.path)));
  const articles = files.map((file, at) => {
    const { analysis, lineStarts, textLength, mentions } = decodeArticleAnalysis(analysed[at]);
    return index.setAnalyzedArticle(file.path, analysis, lineStarts, textLength, mentions, file.text);
  });
  return { index, articles };
}
