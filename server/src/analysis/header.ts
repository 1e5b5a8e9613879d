// The corpus header line (" date 2025-12-11 <title>") and, without one, the dateline near the top
// ("LONDON 1996-08-30", "Madrid, 23 may (EFE)") or the file's path ("politico_2016-01-27_slug.txt",
// "2016/01/27/slug.txt") that gives the article's date. The path is an input like the text: the
// caller passes it, or not.
import type { ArticleDateSource, ArticleHeader } from './types';
import headerRules from './resources/header.json';
import esCalendar from './resources/es/calendar.json';
import enCalendar from './resources/en/calendar.json';

const headerLine = new RegExp(headerRules.headerLine, 'u');
const titleBoilerplate = headerRules.titleBoilerplate.map((pattern) => new RegExp(pattern, 'u'));
const datelines = headerRules.datelines.map((pattern) => new RegExp(pattern, 'mu'));
const fileNameDates = headerRules.fileNameDates.map((pattern) => new RegExp(pattern, 'u'));
const monthNumbers = new Map<string, number>([...Object.entries(esCalendar.months), ...Object.entries(enCalendar.months)]);

export function parseHeader(text: string): ArticleHeader | null {
  const lineEnd = firstLineEnd(text);
  const line = text.slice(0, lineEnd);
  const match = headerLine.exec(line);
  if (!match?.groups) return null;
  const date = isValidIsoDate(match.groups.date) ? match.groups.date : null;
  let title = match.groups.title;
  for (const pattern of titleBoilerplate) title = title.replace(pattern, '');
  const titleStart = line.indexOf(match.groups.title, line.indexOf(match.groups.date) + match.groups.date.length);
  return {
    line: { start: 0, end: lineEnd },
    title: { start: titleStart, end: titleStart + title.length, text: title },
    date,
  };
}

export interface ArticleDate {
  date: string | null;
  source: ArticleDateSource | null;
}

/**
 * The header's date, else a dateline's near the top with its year, else the date in the file's path
 * (when the caller gives one), else a dateline's without a year (`XXXX-MM-DD`).
 */
export function findArticleDate(text: string, header: ArticleHeader | null, filePath?: string): ArticleDate {
  if (header?.date) return { date: header.date, source: 'header' };
  const dateline = findDateline(text, header);
  if (dateline && !dateline.startsWith('XXXX')) return { date: dateline, source: 'dateline' };
  const fromPath = filePath ? dateInPath(filePath) : null;
  if (fromPath) return { date: fromPath, source: 'fileName' };
  return dateline ? { date: dateline, source: 'dateline' } : { date: null, source: null };
}

function findDateline(text: string, header: ArticleHeader | null): string | null {
  const bodyStart = header ? header.line.end : 0;
  const top = text.slice(bodyStart, bodyStart + headerRules.datelineSearchChars);
  for (const pattern of datelines) {
    const groups = pattern.exec(top)?.groups;
    const date = groups && datelineDate(groups);
    if (date) return date;
  }
  return null;
}

/** `politico_2016-01-27_slug.txt` or `2016/01/27/slug.txt` (any folders before) → 2016-01-27. */
export function dateInPath(filePath: string): string | null {
  for (const pattern of fileNameDates) {
    const groups = pattern.exec(filePath)?.groups;
    const date = groups && `${groups.year}-${groups.month}-${groups.day}`;
    if (date && isValidIsoDate(date)) return date;
  }
  return null;
}

function datelineDate(groups: Record<string, string | undefined>): string | null {
  if (groups.iso) return isValidIsoDate(groups.iso) ? groups.iso : null;
  const month = monthNumbers.get((groups.month ?? '').toLowerCase());
  const day = Number(groups.day);
  if (!month || !(day >= 1 && day <= 31)) return null;
  const year = groups.year ?? 'XXXX';
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return year === 'XXXX' || isValidIsoDate(date) ? date : null;
}

export function isValidIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function firstLineEnd(text: string): number {
  const newline = text.indexOf('\n');
  const end = newline < 0 ? text.length : newline;
  return end > 0 && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
