// Brat standoff annotations (`name.txt` + `name.ann`, lines `T1<TAB>PER 10 20<TAB>text`) as labelled
// documents, tokenized and split into sentences by Newsmark's own tokenizer, as articles are at run time.
// Only entity annotations are read (PER, ORG, LOC, MISC and their synonyms); time expressions,
// quotations, notes and relations, which Newsmark's own brat export also writes, are passed over.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenize } from '../../server/src/analysis/tokens';
import { labelOf } from '../../server/src/analysis/entities/bilouLabels';
import { normaliseEntityType, type LabelledDocument } from './corpus';

interface Annotation {
  start: number;
  end: number;
  type: string;
}

/** Every `.ann` with its `.txt` in the folder and the folders under it, in path order. */
export function readBratDirectory(directory: string): LabelledDocument[] {
  return annotationFiles(directory)
    .filter((file) => existsSync(file.replace(/\.ann$/, '.txt')))
    .sort((a, b) => (relative(directory, a) < relative(directory, b) ? -1 : 1))
    .map((file) => parseBrat(readFileSync(file.replace(/\.ann$/, '.txt'), 'utf8'), readFileSync(file, 'utf8')));
}

function annotationFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return annotationFiles(path);
    return entry.isFile() && entry.name.endsWith('.ann') ? [path] : [];
  });
}

export function parseBrat(text: string, annotations: string): LabelledDocument {
  const entities = parseAnnotations(annotations, utf16Offsets(text));
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

function parseAnnotations(annotations: string, toUtf16: (codePoint: number) => number): Annotation[] {
  const entities: Annotation[] = [];
  for (const line of annotations.split('\n')) {
    const match = /^T\d+\t(\S+) (\d+) (?:\d+;\d+ )*(\d+)\t/.exec(line);
    const type = match ? normaliseEntityType(match[1]) : null;
    if (match && type) entities.push({ start: toUtf16(Number(match[2])), end: toUtf16(Number(match[3])), type });
  }
  return entities.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** brat counts code points; JavaScript strings count UTF-16 units, two for a character beyond the BMP. */
function utf16Offsets(text: string): (codePoint: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (codePoint) => codePoint;
  const units: number[] = [];
  for (let at = 0; at < text.length; at += (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1) units.push(at);
  units.push(text.length);
  return (codePoint) => units[Math.min(codePoint, units.length - 1)];
}
