// An article as the export writes it: its index entry and its path in the export, relative, with `/`.
import type { IndexedArticle } from '../corpusIndex';

export interface ExportedArticle {
  article: IndexedArticle;
  path: string;
}
