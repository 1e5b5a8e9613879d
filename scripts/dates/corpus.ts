// Reads the shared temporal data into one shape: an article's text, its creation date and the
// gold time expressions with offsets into that text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TimexType } from '../../server/src/analysis/types';
import { dataPath } from '../dataRoot';

export interface GoldTimex {
  start: number;
  end: number;
  type: TimexType;
  value: string;
}

export interface DatedArticle {
  id: string;
  language: 'es' | 'en';
  text: string;
  creationDate: string | null;
  timexes: GoldTimex[];
}

export const datesDir = dataPath('dates');

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | null {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

/** A TimeML file: the TEXT element with its tags removed, and the TIMEX3 elements inside it. */
export function readTimeMl(path: string, id: string): DatedArticle {
  const xml = readFileSync(path, 'utf8');
  const creation = /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(xml);
  const creationValue = creation ? attribute(creation[0], 'value') : null;
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; type: TimexType; value: string } | null = null;
  for (const piece of body.split(/(<[^>]+>)/)) {
    if (piece.startsWith('<')) {
      if (piece.startsWith('<TIMEX3')) open = { start: text.length, type: attribute(piece, 'type') as TimexType, value: attribute(piece, 'value') ?? '' };
      else if (piece.startsWith('</TIMEX3') && open) {
        timexes.push({ ...open, end: text.length });
        open = null;
      }
      continue;
    }
    text += piece.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]);
  }
  return { id, language: 'en', text, creationDate: creationValue?.slice(0, 10) ?? null, timexes };
}

export function readTempEvalEnglish(): DatedArticle[] {
  const root = join(datesDir, 'tempeval3-tbaq');
  return ['TimeBank', 'AQUAINT'].flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.tml'))
      .sort()
      .map((name) => readTimeMl(join(root, folder, name), `${folder}/${name}`)),
  );
}

/** The Spanish token TSV: tokens joined by spaces, sentences by line ends; BIO tags give spans. */
export function readTimeBankSpanish(): DatedArticle[] {
  const lines = readFileSync(join(datesDir, 'timebank-es/train.tsv'), 'utf8').split('\n');
  const articles: DatedArticle[] = [];
  let current: DatedArticle | null = null;
  let sentenceOpen = false;
  let open: GoldTimex | null = null;
  const closeTimex = () => {
    if (open && current) current.timexes.push(open);
    open = null;
  };
  for (const line of lines) {
    const dct = /^\*!-DCTVALUE="([^"]*)"-!\*/.exec(line);
    if (dct) {
      closeTimex();
      current = { id: `es-${articles.length + 1}`, language: 'es', text: '', creationDate: dct[1], timexes: [] };
      articles.push(current);
      sentenceOpen = false;
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      closeTimex();
      sentenceOpen = false;
      continue;
    }
    const [token, tag, value] = line.split('\t');
    if (current.text.length > 0) current.text += sentenceOpen ? ' ' : '\n';
    sentenceOpen = true;
    const start = current.text.length;
    current.text += token;
    if (tag.startsWith('I-') && open) {
      open.end = current.text.length;
    } else {
      closeTimex();
      if (tag.startsWith('B-') || tag.startsWith('I-')) open = { start, end: current.text.length, type: tag.slice(2) as TimexType, value };
    }
  }
  closeTimex();
  return articles;
}
