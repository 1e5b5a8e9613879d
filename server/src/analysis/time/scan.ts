// Runs a language's rules over the text and keeps the longest matches that do not overlap. Rules
// run only in windows around trigger words (digits, month names, units, ...), and each only where
// the window holds every class of word it cannot match without (TimeRule.requires): news text is
// mostly free of time expressions, and every rule scanned over a whole article would cost several
// times what the tagger may add to the analysis.
import type { TimeLexicon, TimeRule } from './lexicon';
import { normalizeWords } from './lexicon';
import { execAtWordStart } from './wordstart';
import type { Groups } from './scope';

export interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  ruleIndex: number;
  groups: Groups;
  lexicon: TimeLexicon;
}

// Longer than any expression's reach from its trigger word ("el pasado jueves 25 de noviembre de 2025").
const windowBefore = 40;
const windowAfter = 50;

interface Window {
  start: number;
  end: number;
  /** The trigger classes found in the window. */
  classes: Set<string>;
}

function triggerWindows(text: string, from: number, lexicon: TimeLexicon): Window[] {
  const windows: Window[] = [];
  lexicon.trigger.lastIndex = from;
  for (let hit = nextTrigger(lexicon.trigger, text); hit; hit = nextTrigger(lexicon.trigger, text)) {
    const start = wordStartBefore(text, Math.max(from, hit.index - windowBefore), from);
    const end = wordEndAfter(text, Math.min(text.length, hit.index + hit[0].length + windowAfter));
    const hitClasses = triggerClassesOf(hit[0], lexicon);
    const last = windows[windows.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      for (const name of hitClasses) last.classes.add(name);
    } else {
      windows.push({ start, end, classes: new Set(hitClasses) });
    }
    lexicon.trigger.lastIndex = Math.max(lexicon.trigger.lastIndex, hit.index + 1);
  }
  return windows;
}

// A phrase such as "cada semana" is a trigger of its own class and of its words' ("semana": unit).
export function triggerClassesOf(hit: string, lexicon: TimeLexicon): string[] {
  if (/^\d$/.test(hit)) return ['digit'];
  const phrase = normalizeWords(hit);
  const words = phrase.includes(' ') ? phrase.split(' ') : [];
  return [phrase, ...words].flatMap((word) => lexicon.triggerClasses.get(word) ?? []);
}

function nextTrigger(trigger: RegExp, text: string): RegExpExecArray | null {
  for (let hit = trigger.exec(text); hit; hit = trigger.exec(text)) {
    if (/^\d/.test(hit[0])) return hit;
    if (hit.index === 0 || !/[\p{L}\p{N}_]/u.test(text[hit.index - 1])) return hit;
    trigger.lastIndex = hit.index + 1;
  }
  return null;
}

// Windows begin and end at spaces, so a rule never sees half a word.
function wordStartBefore(text: string, position: number, from: number): number {
  let start = position;
  while (start > from && !/\s/.test(text[start - 1])) start--;
  return start;
}

function wordEndAfter(text: string, position: number): number {
  let end = position;
  while (end < text.length && !/\s/.test(text[end])) end++;
  return end;
}

export function matchRules(text: string, from: number, lexicon: TimeLexicon): Candidate[] {
  const candidates: Candidate[] = [];
  for (const window of triggerWindows(text, from, lexicon)) {
    // Matching in the window's own string keeps a rule from scanning on past the window.
    const slice = text.slice(window.start, window.end);
    lexicon.rules.forEach((rule, ruleIndex) => {
      for (const required of rule.requires) if (!window.classes.has(required)) return;
      rule.pattern.lastIndex = 0;
      for (let match = execAtWordStart(rule.pattern, slice); match; match = execAtWordStart(rule.pattern, slice)) {
        if (match[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        const span = trimSpaces(window.start + match.index, window.start + match.index + match[0].length, text);
        candidates.push({ ...span, rule, ruleIndex, groups: { ...match.groups, whole: text.slice(span.start, span.end) }, lexicon });
      }
    });
  }
  return candidates;
}

// Optional leading words in a pattern may leave a space at an edge.
function trimSpaces(start: number, end: number, text: string): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The longest acceptable matches that do not overlap, in text order; ties go to the earlier rule. */
export function chooseLongest(candidates: Candidate[], textLength: number, acceptable: (candidate: Candidate) => boolean): Candidate[] {
  const byPreference = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.ruleIndex - b.ruleIndex);
  const taken = new Uint8Array(textLength);
  const chosen: Candidate[] = [];
  for (const candidate of byPreference) {
    if (taken.subarray(candidate.start, candidate.end).some((used) => used === 1)) continue;
    if (!acceptable(candidate)) continue;
    taken.fill(1, candidate.start, candidate.end);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
