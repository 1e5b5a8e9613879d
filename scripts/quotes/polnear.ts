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
  const covering = (inner: Span) => attributions.filter((attribution) => coverage(text, inner, attribution.content) >= contentCoverage);
  const add = (stretch: Stretch, by: Attribution[]) => {
    if (by.length > 0) quotes.push({ start: stretch.start, end: stretch.end, inner: stretch.inner, sources: by.flatMap((attribution) => attribution.sources) });
  };
  for (const stretch of pairedStretches(text)) {
    const whole = covering(stretch.inner);
    if (whole.length > 0 || stretch.paragraphs.length === 1) {
      add(stretch, whole);
      continue;
    }
    // A stretch over paragraphs that no one attribution holds (a transcript, "WALLACE: …⏎⏎"PENCE: …") is one
    // quotation for each run of paragraphs the same attributions hold.
    let run: Stretch | null = null;
    let runBy: Attribution[] = [];
    for (const paragraph of stretch.paragraphs) {
      const by = covering(paragraph.inner);
      if (run && by.length > 0 && by.length === runBy.length && by.every((attribution, index) => attribution === runBy[index])) {
        run = { start: run.start, end: paragraph.end, inner: { start: run.inner.start, end: paragraph.inner.end } };
        continue;
      }
      if (run) add(run, runBy);
      run = paragraph;
      runBy = by;
    }
    if (run) add(run, runBy);
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

interface Stretch extends Span {
  inner: Span;
}

interface OpenStretch {
  position: number;
  length: number;
  double: boolean;
  style: string;
  /** The style of a quotation nested inside this one, while it is open. */
  nested: string | null;
  paragraphs: Stretch[];
  paragraphStart: number;
  innerStart: number;
}

/** “ and ” are one style; " and '' are each their own. */
function styleOf(mark: string): string {
  return mark === '“' || mark === '”' ? 'curly' : mark;
}

// Deliberately simple and separate from the finder under test: “…”, "…" and ''…'' pair within a
// paragraph (a paragraph opening with the mark left open continues it, each paragraph a piece); inside
// one, a mark of another style opening a word nests until its own style closes it ("PENCE: … “Shark
// Tank.” …"), and a “ typed the wrong way round after a word closes ("“It's unusual,“ said"); ‘…’ and
// '…' count only outside a double quotation, with apostrophes (don’t, ’90s) left alone.
function pairedStretches(text: string): (Stretch & { paragraphs: Stretch[] })[] {
  const stretches: (Stretch & { paragraphs: Stretch[] })[] = [];
  let open: OpenStretch | null = null;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (character === '\n' && open) {
      const next = text.slice(i).match(/^\s*/u)?.[0].length ?? 0;
      const opener = text.startsWith("''", i + next) ? "''" : text[i + next];
      if (open.double && ['“', '"', "''"].includes(opener) && styleOf(opener) === open.style) {
        open.paragraphs.push({ start: open.paragraphStart, end: i, inner: { start: open.innerStart, end: i } });
        open.paragraphStart = i + next;
        open.innerStart = i + next + opener.length;
        open.nested = null;
        i += next + opener.length - 1;
        continue;
      }
      // Another mark opening the next paragraph starts a quotation of its own.
      open = null;
      i += next - 1;
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
    if (open?.double && double) {
      const style = styleOf(mark);
      if (open.nested !== null ? style === open.nested : style !== open.style && mark !== '”' && /\s|[([—–-]/u.test(before) && !/\s/u.test(after)) {
        open.nested = open.nested === null ? style : null;
        i += length - 1;
        continue;
      }
      const wrongWayRound = mark === '“' && open.style === 'curly' && !/\s/u.test(before) && /[\s\p{P}]/u.test(after);
      if (mark === '“' && !wrongWayRound) continue;
    }
    const closes = mark !== '‘' && open !== null && open.double === double && (mark !== "'" || !/[\p{L}\p{N}]/u.test(after));
    if (closes && open) {
      open.paragraphs.push({ start: open.paragraphStart, end: i + length, inner: { start: open.innerStart, end: i } });
      stretches.push({ start: open.position, end: i + length, inner: { start: open.position + open.length, end: i }, paragraphs: open.paragraphs });
      open = null;
    } else if (!open && mark !== '”' && mark !== '’' && !(single && !/\s|^$|[([—–-]/u.test(before))) {
      open = { position: i, length, double, style: styleOf(mark), nested: null, paragraphs: [], paragraphStart: i, innerStart: i + length };
    }
    i += length - 1;
  }
  return stretches;
}
