// `newsmark tag --conll FILE`: CoNLL columns in, the same lines out with the predicted IOB2 tag
// appended (the corpus file's corrections applied); `-DOCSTART-` lines and blank lines pass through unchanged.
import { detectLanguage } from '../analysis/language';
import type { Language } from '../analysis/types';
import { Catalog } from '../corpus/catalog';
import { tagTokenizedDocument, type EntityTagger } from '../models';
import { CatalogLabels } from './catalogLabels';

interface ConllDocument {
  /** Indexes into the file's lines of each sentence's token lines. */
  sentences: number[][];
}

export function tagConll(tagger: EntityTagger, text: string, language?: Language, catalog = new Catalog()): string {
  const corrections = new CatalogLabels(catalog);
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  const tags: string[] = new Array(lines.length).fill('');
  for (const document of splitDocuments(lines)) {
    const words = document.sentences.map((sentence) => sentence.map((line) => firstColumn(lines[line])));
    const tagged = tagTokenizedDocument(tagger, words, language ?? detectLanguage(words.flat().map((word) => ({ start: 0, end: 0, text: word }))));
    const labels = corrections.isEmpty ? tagged : tagged.map((sentence, s) => corrections.apply(words[s], sentence));
    document.sentences.forEach((sentence, s) => sentence.forEach((line, t) => (tags[line] = labels[s][t] ?? 'O')));
  }
  return lines.map((line, i) => (tags[i] ? `${line}${line.includes('\t') ? '\t' : ' '}${tags[i]}` : line)).join('\n') + '\n';
}

function splitDocuments(lines: string[]): ConllDocument[] {
  const documents: ConllDocument[] = [{ sentences: [] }];
  let sentence: number[] = [];
  const endSentence = () => {
    if (sentence.length > 0) documents[documents.length - 1].sentences.push(sentence);
    sentence = [];
  };
  lines.forEach((line, i) => {
    if (line.startsWith('-DOCSTART-')) {
      endSentence();
      documents.push({ sentences: [] });
    } else if (line.trim() === '') {
      endSentence();
    } else {
      sentence.push(i);
    }
  });
  endSentence();
  return documents.filter((document) => document.sentences.length > 0);
}

function firstColumn(line: string): string {
  return line.trim().split(/\s+/)[0];
}
