// PolNeAR articles and their gold direct quotations. A gold quotation is a quoted stretch (between
// paired double quotation marks, or single ones outside any double) whose words lie mostly inside
// one attribution's Content; its speakers are that attribution's Source spans. Every annotator
// of an article counts (their union).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/analysis/types';

export interface GoldQuote extends Span {
  /** The quoted words without their marks. */
  inner: Span;
  sources: Span[];
}

export interface Article {
  name: string;
  text: string;
  quotes: GoldQuote[];
}

interface Attribution {
  content: Span[];
  sources: Span[];
}

/** A quoted stretch counts as a quotation when at least this share of its words is Content. */
const contentCoverage = 0.5;

export function loadArticles(splitDirectory: string): Article[] {
  const annotations = new Map<string, string[]>();
  for (const file of readdirSync(join(splitDirectory, 'attributions')).sort()) {
    const name = file.replace(/_[0-9a-f]+\.ann$/u, '');
    annotations.set(name, [...(annotations.get(name) ?? []), join(splitDirectory, 'attributions', file)]);
  }
  return readdirSync(join(splitDirectory, 'text'))
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -4);
      const text = readFileSync(join(splitDirectory, 'text', file), 'utf8');
      const attributions = (annotations.get(name) ?? []).flatMap((path) => parseAttributions(readFileSync(path, 'utf8')));
      return { name, text, quotes: goldQuotes(text, attributions) };
    });
}

function parseAttributions(ann: string): Attribution[] {
  const spans = new Map<string, Span[]>();
  const relations: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!body) continue;
    if (id.startsWith('T')) {
      const fragments = body.slice(body.indexOf(' ') + 1).split(';');
      spans.set(
        id,
        fragments.map((fragment) => {
          const [start, end] = fragment.trim().split(' ').map(Number);
          return { start, end };
        }),
      );
    } else if (id.startsWith('E')) {
      relations.push(body.trim().split(/\s+/u));
    }
  }
  return relations.map((arguments_) => {
    const role = (name: string) =>
      arguments_.filter((argument) => argument.startsWith(`${name}:`)).flatMap((argument) => spans.get(argument.split(':')[1]) ?? []);
    return { content: role('Content'), sources: role('Source') };
  });
}

function goldQuotes(text: string, attributions: Attribution[]): GoldQuote[] {
  const quotes: GoldQuote[] = [];
  for (const stretch of pairedStretches(text)) {
    const covering = attributions.filter((attribution) => coverage(text, stretch.inner, attribution.content) >= contentCoverage);
    if (covering.length === 0) continue;
    quotes.push({ ...stretch, sources: covering.flatMap((attribution) => attribution.sources) });
  }
  return quotes;
}

function coverage(text: string, inner: Span, content: Span[]): number {
  let covered = 0;
  let letters = 0;
  for (let i = inner.start; i < inner.end; i++) {
    if (/\s/u.test(text[i])) continue;
    letters++;
    if (content.some((span) => span.start <= i && i < span.end)) covered++;
  }
  return letters === 0 ? 0 : covered / letters;
}

// Deliberately simple and separate from the finder under test: “…”, "…" and ''…'' pair within a
// paragraph (a paragraph opening with a mark continues an unclosed one); ‘…’ and '…' count only
// outside a double quotation, with apostrophes (don’t, ’90s) left alone.
function pairedStretches(text: string): { start: number; end: number; inner: Span }[] {
  const stretches: { start: number; end: number; inner: Span }[] = [];
  let open: { position: number; length: number; double: boolean } | null = null;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === '\n' && open) {
      const next = text.slice(i).match(/^\s*/u)?.[0].length ?? 0;
      const continues = open.double && /^(“|"|'')/u.test(text.slice(i + next));
      if (continues) i += next + (text.startsWith("''", i + next) ? 1 : 0);
      else open = null;
      continue;
    }
    const length = text.startsWith("''", i) ? 2 : 1;
    const mark = text.slice(i, i + length);
    const double = mark === '“' || mark === '”' || mark === '"' || mark === "''";
    const single = !double && (mark === '‘' || mark === '’' || mark === "'");
    if (!double && !single) continue;
    const before = text[i - 1] ?? ' ';
    const after = text[i + length] ?? ' ';
    if (single && (/[\p{L}\p{N}]/u.test(before) ? /[\p{L}\p{N}]/u.test(after) : /\d/u.test(after))) continue;
    const closes = mark !== '“' && mark !== '‘' && open !== null && open.double === double && (mark !== "'" || !/[\p{L}\p{N}]/u.test(after));
    if (closes && open) {
      stretches.push({ start: open.position, end: i + length, inner: { start: open.position + open.length, end: i } });
      open = null;
    } else if (!open && mark !== '”' && mark !== '’' && !(single && !/\s|^$|[([—–-]/u.test(before))) {
      open = { position: i, length, double };
    }
    i += length - 1;
  }
  return stretches;
}
