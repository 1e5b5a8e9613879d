// Brat standoff annotations (`name.txt` + `name.ann`, lines `T1<TAB>PER 10 20<TAB>text`) as labelled
// documents, tokenized and split into sentences by Newsmark's own tokenizer, as articles are at run time.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../../server/src/analysis/tokens';
import { labelOf } from '../../server/src/analysis/entities/bilouLabels';
import { normaliseEntityType, type LabelledDocument } from './corpus';

interface Annotation {
  start: number;
  end: number;
  type: string;
}

export function readBratDirectory(directory: string): LabelledDocument[] {
  return readdirSync(directory)
    .filter((name) => name.endsWith('.ann') && existsSync(join(directory, name.replace(/\.ann$/, '.txt'))))
    .sort()
    .map((name) => parseBrat(readFileSync(join(directory, name.replace(/\.ann$/, '.txt')), 'utf8'), readFileSync(join(directory, name), 'utf8')));
}

export function parseBrat(text: string, annotations: string): LabelledDocument {
  const entities = parseAnnotations(annotations);
  const { tokens, sentences } = tokenize(text);
  const labels = new Uint8Array(tokens.length);
  for (const entity of entities) {
    let first = true;
    tokens.forEach((token, i) => {
      if (token.start < entity.start || token.end > entity.end || labels[i] !== 0) return;
      labels[i] = labelOf(`${first ? 'B' : 'I'}-${entity.type}`);
      first = false;
    });
  }
  return sentences.map((sentence) => ({
    tokens: tokens.slice(sentence.tokenStart, sentence.tokenEnd).map((token) => token.text),
    labels: labels.slice(sentence.tokenStart, sentence.tokenEnd),
  }));
}

function parseAnnotations(annotations: string): Annotation[] {
  const entities: Annotation[] = [];
  for (const line of annotations.split('\n')) {
    const match = /^T\d+\t(\S+) (\d+) (?:\d+;\d+ )*(\d+)\t/.exec(line);
    const type = match ? normaliseEntityType(match[1]) : null;
    if (match && type) entities.push({ start: Number(match[2]), end: Number(match[3]), type });
  }
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}
