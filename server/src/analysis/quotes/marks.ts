// Quoted stretches: paired quotation marks (nested, straight or curly, continued over paragraphs)
// and dialogue-dash speech. A mark left open never reaches past its paragraph.
import type { Span } from '../types';
import { isLetterOrDigit } from '../characters';
import { maximumSignature, transcriptLabelAt } from './signature';
import { paragraphSpans, trimEnd } from './paragraphs';

export interface MarkConventions {
  /** [opening, closing]; the same string twice for a straight mark. */
  pairs: string[][];
  dialogueDashes: string[];
}

export interface QuotedStretch extends Span {
  /** The quoted words, without the marks. */
  inner: Span;
  kind: 'marks' | 'dialogue';
}

type Role = 'open' | 'close' | 'either';

interface OpenMark {
  position: number;
  mark: string;
}

interface FoundMark {
  mark: string;
  role: Role;
}

// "Según notificó el Kremlin: «…" — an opening mark right after a colon.
function introducedByColon(text: string, position: number): boolean {
  let at = position - 1;
  while (at >= 0 && (text[at] === ' ' || text[at] === '\t')) at--;
  return text[at] === ':';
}

// Marks of one family may close each other: sloppy text mixes “ with ", and ‘ with '.
function family(mark: string): 'guillemet' | 'single' | 'double' {
  if (mark === '«' || mark === '»') return 'guillemet';
  return mark === '‘' || mark === '’' || mark === "'" ? 'single' : 'double';
}

export function findQuotedStretches(text: string, conventions: MarkConventions): QuotedStretch[] {
  const scanner = new MarkScanner(text, conventions);
  const stretches: QuotedStretch[] = [];
  let carried: OpenMark | null = null;
  let signatureLine = -1;
  const paragraphs = paragraphSpans(text);
  paragraphs.forEach((paragraph, index) => {
    const next = paragraphs[index + 1];
    if (index === signatureLine) return;
    if (!carried && scanner.startsDialogue(paragraph)) {
      stretches.push(...dialogueStretches(text, paragraph, conventions.dialogueDashes));
      return;
    }
    const result = scanner.scanParagraph(paragraph, carried);
    stretches.push(...result.stretches);
    carried = null;
    if (!result.unclosed) return;
    // A transcript quoted over paragraphs, each opening a mark, is one quotation a turn: "\"PENCE: …".
    const continued = next ? scanner.continuationMark(next, result.unclosed.mark) : null;
    const continuation = continued !== null && !transcriptLabelAt(text, continued + result.unclosed.mark.length) ? continued : null;
    const signatureClose = next && continuation === null ? scanner.signatureLineClose(next, result.unclosed.mark) : 0;
    if (continuation !== null) {
      carried = result.unclosed;
      scanner.skipAt = continuation;
    } else if (next && signatureClose > 0) {
      // A pull quote whose closing mark follows its attribution line: "“We will win.⏎— Jim Clyburn”".
      const end = trimEnd(text, next.end);
      const innerStart = result.unclosed.position + result.unclosed.mark.length;
      stretches.push({
        start: result.unclosed.position,
        end,
        inner: { start: innerStart, end: end - signatureClose },
        kind: 'marks',
      });
      signatureLine = index + 1;
    } else if (result.unclosed.position === paragraph.start || result.continued || introducedByColon(text, result.unclosed.position)) {
      // A quotation opening its paragraph, or introduced by a colon, whose closing mark was forgotten ends with the paragraph.
      const end = trimEnd(text, paragraph.end);
      const innerStart = result.unclosed.position + result.unclosed.mark.length;
      if (end > innerStart) stretches.push({ start: result.unclosed.position, end, inner: { start: innerStart, end }, kind: 'marks' });
    }
  });
  return stretches.sort((a, b) => a.start - b.start);
}

interface MarkTables {
  /** Longest first. */
  marks: string[];
  /** The characters a mark can start with, and a pattern finding the next of them. */
  markStarts: Set<string>;
  nextMarkStart: RegExp;
  openers: Set<string>;
  closers: Set<string>;
}

// Built once per language's conventions, not once per article: the pattern's compilation showed in profiles.
const tablesByConventions = new WeakMap<MarkConventions, MarkTables>();

function tablesOf(conventions: MarkConventions): MarkTables {
  const cached = tablesByConventions.get(conventions);
  if (cached) return cached;
  const marks = [...new Set(conventions.pairs.flat())].sort((a, b) => b.length - a.length);
  const markStarts = new Set(marks.map((mark) => mark[0]));
  const tables = {
    marks,
    markStarts,
    nextMarkStart: new RegExp(`[${[...markStarts].map((character) => `\\u{${character.codePointAt(0)?.toString(16)}}`).join('')}]`, 'gu'),
    openers: new Set(conventions.pairs.map((pair) => pair[0])),
    closers: new Set(conventions.pairs.map((pair) => pair[1])),
  };
  tablesByConventions.set(conventions, tables);
  return tables;
}

class MarkScanner {
  private readonly marks: string[];
  /** The characters a mark can start with: every other character is passed over at once. */
  private readonly markStarts: Set<string>;
  private readonly nextMarkStart: RegExp;
  private readonly openers: Set<string>;
  private readonly closers: Set<string>;
  /** The continuation mark opening the next paragraph, already accounted for. */
  skipAt = -1;
  /** Markup tags (`<tweet id="…" author="@…">`), whose attribute quotes are no quotation marks. */
  private readonly tags: Span[];
  private nextTag = 0;
  /** The next mark's first character found by the last search, which started at `searchedFrom`: a paragraph
   * with no mark would otherwise search on to the next mark for every paragraph before it, quadratic in a
   * text of many short lines. */
  private foundMarkStart = -1;
  private searchedFrom = -1;

  constructor(
    private readonly text: string,
    private readonly conventions: MarkConventions,
  ) {
    const tables = tablesOf(conventions);
    this.marks = tables.marks;
    this.markStarts = tables.markStarts;
    this.nextMarkStart = tables.nextMarkStart;
    this.openers = tables.openers;
    this.closers = tables.closers;
    this.tags = markupTags(text);
  }

  /** The end of the markup tag holding `position`, or -1. Positions are asked in increasing order. */
  private tagEndAt(position: number): number {
    while (this.nextTag < this.tags.length && this.tags[this.nextTag].end <= position) this.nextTag++;
    const tag = this.tags[this.nextTag];
    return tag && tag.start <= position ? tag.end : -1;
  }

  startsDialogue(paragraph: Span): boolean {
    const first = this.text[paragraph.start];
    const second = this.text[paragraph.start + 1] ?? ' ';
    // "—No lo sé" is speech; "— 20 %", "—“Title,” by …" (a list item) are not.
    return this.conventions.dialogueDashes.includes(first) && /[\p{L}¿¡]/u.test(second);
  }

  /** The length of the closing mark ending a short line that signs a quotation opened by `mark` ("— Rep. Jim Clyburn”"), else 0. */
  signatureLineClose(paragraph: Span, mark: string): number {
    const end = trimEnd(this.text, paragraph.end);
    if (end - paragraph.start > maximumSignature || !/^[—–―-]/u.test(this.text[paragraph.start])) return 0;
    const last = this.marks.find((candidate) => this.text.startsWith(candidate, end - candidate.length));
    return last !== undefined && this.closers.has(last) && family(last) === family(mark) ? last.length : 0;
  }

  /** Where the next paragraph's continuation mark is, if it continues a quotation opened by `mark`. */
  continuationMark(paragraph: Span, mark: string): number | null {
    const found = this.markAt(paragraph.start);
    if (!found) return null;
    // The very mark that opened it: a paragraph opening with “ after one opened by a straight " (a block
    // quote of paragraphs each opening with ", which quote speech in curly marks) starts a quotation of its own.
    const continues = found.mark === mark && found.role !== 'close';
    // Spanish continues a «quotation» with » at each new paragraph.
    const spanishContinues = mark === '«' && found.mark === '»';
    return continues || spanishContinues ? paragraph.start : null;
  }

  scanParagraph(paragraph: Span, carried: OpenMark | null): { stretches: QuotedStretch[]; unclosed: OpenMark | null; continued: boolean } {
    const stretches: QuotedStretch[] = [];
    const stack: OpenMark[] = carried ? [carried] : [];
    let position = paragraph.start;
    while (position < paragraph.end) {
      position = this.nextMarkStartFrom(position);
      if (position >= paragraph.end) break;
      const tagEnd = this.tagEndAt(position);
      if (tagEnd >= 0) {
        position = tagEnd;
        continue;
      }
      const found = this.markAt(position);
      if (!found || position === this.skipAt) {
        position += found ? found.mark.length : 1;
        continue;
      }
      const matched = found.role === 'open' ? -1 : this.matchingOpen(stack, found.mark);
      if (matched >= 0) {
        const opened = stack[matched];
        stack.length = matched;
        const end = position + found.mark.length;
        if (matched === 0)
          stretches.push({ start: opened.position, end, inner: { start: opened.position + opened.mark.length, end: position }, kind: 'marks' });
      } else if (found.role !== 'close') {
        // The same opening mark again (“… “…) means the first was never closed: it gives way.
        const reopened = stack.findIndex((open) => open.mark === found.mark);
        if (reopened >= 0) stack.length = reopened;
        stack.push({ position, mark: found.mark });
      }
      position += found.mark.length;
    }
    return { stretches, unclosed: stack[0] ?? null, continued: carried !== null };
  }

  private nextMarkStartFrom(position: number): number {
    if (position < this.searchedFrom || position > this.foundMarkStart) {
      // test(), not exec(): no match array made for every mark; a mark's first character is one code unit.
      this.nextMarkStart.lastIndex = position;
      this.searchedFrom = position;
      this.foundMarkStart = this.nextMarkStart.test(this.text) ? this.nextMarkStart.lastIndex - 1 : this.text.length;
    }
    return this.foundMarkStart;
  }

  private matchingOpen(stack: OpenMark[], closing: string): number {
    for (let i = stack.length - 1; i >= 0; i--) {
      if (family(stack[i].mark) === family(closing)) return i;
    }
    return -1;
  }

  private markAt(position: number): FoundMark | null {
    if (!this.markStarts.has(this.text[position])) return null;
    const mark = this.markStartingAt(position);
    if (!mark) return null;
    const role = this.roleOf(mark, position);
    return role ? { mark, role } : null;
  }

  /** The longest mark at `position`: a loop, not find() with a closure, as it runs for every mark of the text. */
  private markStartingAt(position: number): string | undefined {
    for (const candidate of this.marks) if (this.text.startsWith(candidate, position)) return candidate;
    return undefined;
  }

  private roleOf(mark: string, position: number): Role | null {
    const before = position > 0 ? this.text[position - 1] : ' ';
    const after = this.text[position + mark.length] ?? ' ';
    const letterBefore = isLetterOrDigit(before);
    const letterAfter = isLetterOrDigit(after);
    const single = family(mark) === 'single';
    // Apostrophes: don’t, O’Malley, ’90s, rock ’n’ roll.
    if (single && letterBefore && letterAfter) return null;
    if (single && /\d/u.test(after) && !letterBefore) return null;
    const opens = this.openers.has(mark);
    const closes = this.closers.has(mark);
    const leftFlanking = /[\s([{—–―\-/“‘«"']/u.test(before) || position === 0;
    const rightFlanking = /[\s.,;:!?)\]}…—–―\-”’»"']/u.test(after);
    // A curly mark typed the wrong way round ("…here,“ said Clyburn") closes what is open.
    if (opens && !closes) return rightFlanking && !leftFlanking && !single ? 'either' : 'open';
    if (closes && !opens) return 'close';
    if (leftFlanking && !rightFlanking) return 'open';
    if (rightFlanking && !leftFlanking) return 'close';
    return single ? null : 'either';
  }
}

// `<tweet id="747986907162877952" author="@realDonaldTrump">`, `</tweet>`: a tag opens with `<` and a
// letter or `/` and closes with `>` within `maximumTag` characters, with no `<` between; one pass.
const maximumTag = 500;

function markupTags(text: string): Span[] {
  const tags: Span[] = [];
  for (let open = text.indexOf('<'); open >= 0 && open < text.length - 1; open = text.indexOf('<', open + 1)) {
    const next = text.charCodeAt(open + 1);
    if (next !== 47 /* / */ && !((next | 32) >= 97 && (next | 32) <= 122)) continue;
    for (let at = open + 1; at < text.length && at <= open + maximumTag; at++) {
      const character = text[at];
      if (character === '<') break;
      if (character === '>') {
        tags.push({ start: open, end: at + 1 });
        open = at;
        break;
      }
    }
  }
  return tags;
}

// "—No lo sé —dijo Juan—. Pero vendré." holds two stretches of speech around the narrator's aside.
function dialogueStretches(text: string, paragraph: Span, dashes: string[]): QuotedStretch[] {
  const stretches: QuotedStretch[] = [];
  const isDash = (position: number) => dashes.includes(text[position]);
  let speechStart = paragraph.start;
  let innerStart = paragraph.start + 1;
  while (speechStart < paragraph.end) {
    let aside = innerStart;
    while (aside < paragraph.end && !(isDash(aside) && /\s/u.test(text[aside - 1]) && !/\s/u.test(text[aside + 1] ?? ' '))) aside++;
    const end = trimEnd(text, aside);
    if (end > innerStart) stretches.push({ start: speechStart, end, inner: { start: innerStart, end }, kind: 'dialogue' });
    if (aside >= paragraph.end) break;
    let asideEnd = aside + 1;
    while (asideEnd < paragraph.end && !isDash(asideEnd)) asideEnd++;
    let resume = asideEnd + 1;
    while (resume < paragraph.end && /[\s.,;:]/u.test(text[resume])) resume++;
    speechStart = resume;
    innerStart = resume;
  }
  return stretches;
}
