// `newsmark annotate PATH... [--format json|text]`: every article's entities, dates and quotes,
// linked across the articles given, as JSON or as coloured text with the corpus's entity table.
import type { Analyzer } from '../analysis/analyze';
import { annotatedArticle, type AnnotatedArticle } from '../corpus/articleJson';
import { Catalog } from '../corpus/catalog';
import { CorpusIndex, type IndexedArticle } from '../corpus/corpusIndex';
import { entityTable } from '../corpus/entities';
import type { ArticleFile } from './inputs';
import { renderArticle, renderEntityTable, renderLegend } from './render';

export function indexArticles(analyzer: Analyzer, files: ArticleFile[], catalog = new Catalog()): { index: CorpusIndex; articles: IndexedArticle[] } {
  const index = new CorpusIndex(analyzer);
  index.setCatalog(catalog);
  const articles = files.map((file) => index.setArticle(file.path, file.text));
  return { index, articles };
}

export function annotateAsJson(index: CorpusIndex, articles: IndexedArticle[]): { articles: AnnotatedArticle[] } {
  return { articles: articles.map((article) => annotatedArticle(index, article)) };
}

export function annotateAsText(index: CorpusIndex, articles: IndexedArticle[], texts: Map<string, string>, color: boolean): string {
  const parts = [renderLegend(color)];
  for (const article of articles) parts.push(renderArticle(index, article, texts.get(article.uri) ?? '', color));
  parts.push(renderEntityTable(entityTable(index), color));
  return parts.join('\n\n') + '\n';
}
