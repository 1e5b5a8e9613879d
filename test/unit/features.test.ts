import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { MarkupContent, Range } from 'vscode-languageserver';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { hover } from '../../server/src/features/hover';
import { inlayHints } from '../../server/src/features/inlayHints';
import { definition, documentHighlights, references } from '../../server/src/features/navigation';
import { tokenTypes } from '../../server/src/display/tokenTypes';
import type { EntityType, TimexType } from '../../server/src/analysis/types';
import { readTimeValue } from '../../server/src/features/timeDescription';
import { documentSemanticTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols, workspaceSymbols } from '../../server/src/features/symbols';
import { withCursor } from '../helpers/cursor';
import { showSemanticTokens } from '../helpers/semanticTokens';
import { analyzerOf } from '../helpers/namedEntities';

const analyzer = analyzerOf({ 'Elena Marín Ortega': 'PER', Marín: 'PER', 'Comisión Europea': 'ORG', Bruselas: 'LOC', Lima: 'LOC' });

const early = ' date 2025-11-03 Elena Marín Ortega llega a Bruselas\n\nLa ministra Elena Marín Ortega viajó a Bruselas el pasado 21 de octubre.\n';
const late = ' date 2025-12-11 Acuerdo\n\n“Firmaremos el acuerdo con la Comisión Europea”, dijo Marín este jueves en Lima.\n';

function corpusWith(current: string): { index: CorpusIndex; position: { line: number; character: number } } {
  const { text, position } = withCursor(current);
  const index = new CorpusIndex(analyzer);
  index.setArticle('file:///c/early.txt', early);
  index.setArticle('file:///c/late.txt', text);
  return { index, position };
}

const lateWithCursorOn = (word: string) => late.replace(word, `${word.slice(0, 2)}|${word.slice(2)}`);

function markdown(result: ReturnType<typeof hover>): string {
  assert.ok(result, 'expected a hover');
  return (result.contents as MarkupContent).value;
}

/** The card under the cursor (|) of `current`, the names tagged as given and `earlier` indexed before it. */
function cardUnderCursor(names: Record<string, EntityType>, earlier: string, current: string): string {
  const index = new CorpusIndex(analyzerOf(names));
  index.setArticle('file:///c/earlier.txt', earlier);
  const { text, position } = withCursor(current);
  index.setArticle('file:///c/current.txt', text);
  return markdown(hover(index, 'file:///c/current.txt', position));
}

describe('language features over a two-article corpus', () => {
  it('hover on a surname shows the entity card across the corpus', () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    const card = markdown(hover(index, 'file:///c/late.txt', position));
    assert.match(card, /^\*\*Elena Marín Ortega\*\* · person/);
    assert.match(card, /3 mentions in 2 articles · 2025-11-03 → 2025-12-11/);
    assert.match(card, /Also: Marín/);
    assert.match(card, /Often with: .*Bruselas \(1\)/);
    assert.match(card, /Quotes \(1\):[\s\S]*Firmaremos el acuerdo/);
  });

  it('an entity card names beside it other names, not the adjectives and group words of every article', () => {
    const card = cardUnderCursor(
      { 'Ted Cruz': 'PER', Cruz: 'PER', Republican: 'MISC', Republicans: 'MISC', Iowa: 'LOC', Obamacare: 'MISC' },
      ' date 2016-01-02 Cruz\n\nThe Republican senator Ted Cruz spoke in Iowa. Republicans cheered as he attacked Obamacare.\n',
      ' date 2016-01-03 Cruz\n\nTed C|ruz, a Republican, spoke again in Iowa. Republicans listened.\n',
    );
    assert.match(card, /^Often with: Iowa \(2\), Obamacare \(1\)$/m);
  });

  it('an entity card lists a spelling once whatever its spaces and letter case, and is titled with plain ones', () => {
    const card = cardUnderCursor(
      { 'Donald\u00a0Trump': 'PER', 'Donald Trump': 'PER', 'Donald\nTrump': 'PER', Trump: 'PER', 'DONALD TRUMP': 'PER', TRUMP: 'PER' },
      ' date 2016-01-02 Rally\n\nDonald\u00a0Trump spoke. Donald\u00a0Trump left. Trump won.\n\nDONALD TRUMP WINS AGAIN\n\nTRUMP SPEAKS\n',
      ' date 2016-01-03 Rally\n\nDonald Trump spoke again, and Donald\nTrump left. Tr|ump won.\n',
    );
    assert.match(card, /^\*\*Donald Trump\*\* · person$/m);
    assert.match(card, /^Also: Trump$/m);
  });

  it('an entity card shows the newest statements before the newest fragments, five at most', () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    const said = (day: number, words: string) => ` date 2025-12-${day} Día ${day}\n\n“${words}”, dijo Marín.\n`;
    index.setArticle('file:///c/d20.txt', said(20, 'Inaceptable'));
    index.setArticle('file:///c/d19.txt', said(19, 'No firmaremos nada sin las flotas del norte'));
    index.setArticle('file:///c/d18.txt', said(18, 'Un buen día'));
    for (const day of [12, 13, 14, 15]) index.setArticle(`file:///c/d${day}.txt`, said(day, `Volveremos a negociar el día ${day} de enero`));
    const shown = [...markdown(hover(index, 'file:///c/late.txt', position)).matchAll(/^> “([^”]*)”/gmu)].map((quote) => quote[1]);
    assert.deepEqual(shown, [
      'No firmaremos nada sin las flotas del norte',
      'Volveremos a negociar el día 15 de enero',
      'Volveremos a negociar el día 14 de enero',
      'Volveremos a negociar el día 13 de enero',
      'Volveremos a negociar el día 12 de enero',
    ]);
  });

  it('an entity card shown once is shown again until the corpus changes, then read anew', () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    const first = markdown(hover(index, 'file:///c/late.txt', position));
    assert.equal(markdown(hover(index, 'file:///c/late.txt', position)), first);
    index.setArticle('file:///c/third.txt', ' date 2025-12-20 Viaje\n\nElena Marín Ortega volvió a Lima.\n');
    const after = markdown(hover(index, 'file:///c/late.txt', position));
    assert.match(after, /4 mentions in 3 articles/);
    index.removeArticle('file:///c/third.txt');
    assert.equal(markdown(hover(index, 'file:///c/late.txt', position)), first);
  });

  it('hover on a date shows its value, weekday and distance from the article date', () => {
    const { index, position } = corpusWith(lateWithCursorOn('este jueves'));
    const card = markdown(hover(index, 'file:///c/late.txt', position));
    assert.match(card, /2025-12-11/);
    assert.match(card, /Thursday/);
  });

  it('hover on a relative date says how far it is from the article date', () => {
    const { index } = corpusWith(late + '|');
    index.setArticle('file:///c/late.txt', late.replace('este jueves', 'el pasado 21 de noviembre'));
    const position = { line: 2, character: late.split('\n')[2].indexOf('este jueves') + 3 };
    const card = markdown(hover(index, 'file:///c/late.txt', position));
    assert.match(card, /\*\*21 November 2025\*\* · date/);
    assert.match(card, /Friday · `2025-11-21`/);
    assert.match(card, /20 days \(about 3 weeks\) before the article/);
  });

  it('hover on a duration says it is a span, not a date', () => {
    const { index } = corpusWith(late + '|');
    const text = ' date 2025-12-11 Reunión\n\nSe reunieron durante 40 minutos.\n';
    index.setArticle('file:///c/span.txt', text);
    const card = markdown(hover(index, 'file:///c/span.txt', { line: 2, character: text.split('\n')[2].indexOf('40') }));
    assert.match(card, /\*\*40 minutes\*\* · duration/);
    assert.match(card, /`PT40M`/);
    assert.match(card, /A span of time, not a date/);
  });

  it('time values read as a person writes them', () => {
    const read = (value: string, type: TimexType = 'DATE') => readTimeValue(value, type);
    assert.equal(read('P17D', 'DURATION'), '17 days');
    assert.equal(read('PT2H', 'DURATION'), '2 hours');
    assert.equal(read('PT1M30S', 'DURATION'), '1 minute and 30 seconds');
    assert.equal(read('PXY', 'DURATION'), 'some years');
    assert.equal(read('P0.5Y', 'DURATION'), 'half a year');
    assert.equal(read('2025-SU'), 'summer 2025');
    assert.equal(read('14'), 'the 15th century');
    assert.equal(read('20'), 'the 21st century');
    assert.equal(read('199'), 'the 1990s');
    assert.equal(read('XXXX-12-14'), '14 December (year unknown)');
    assert.equal(read('2025-11-21'), '21 November 2025');
    assert.equal(read('2016-09-19TNI'), 'the night of 19 September 2016');
    assert.equal(read('2025-12-11T10:30', 'TIME'), '11 December 2025, 10:30');
    assert.equal(read('2016-Q2'), 'the second quarter of 2016');
    assert.equal(read('2025-W50'), 'week 50 of 2025');
    assert.equal(read('XXXX-WXX-WE'), 'a weekend');
    assert.equal(read('XXXX-WXX-1', 'SET'), 'every Monday');
    assert.equal(read('P3M', 'SET'), 'every 3 months');
    assert.equal(read('P1W', 'SET'), 'every week');
    assert.equal(read('PRESENT_REF'), 'now');
    assert.equal(read('2025-13-XX'), '2025-13-XX');
  });

  it('hover on a date in an undated article says it cannot be placed', () => {
    const { index } = corpusWith(late + '|');
    const text = 'Marín habló ayer con la prensa.\n';
    index.setArticle('file:///c/undated.txt', text);
    const card = markdown(hover(index, 'file:///c/undated.txt', { line: 0, character: text.indexOf('ayer') + 1 }));
    assert.match(card, /\*\*unresolved\*\*/);
    assert.match(card, /has no date/);
  });

  it('hover on a quote names its speaker', () => {
    const { index, position } = corpusWith(lateWithCursorOn('acuerdo con'));
    assert.match(markdown(hover(index, 'file:///c/late.txt', position)), /said by \[Marín\]\(file:\/\/\/c\/late\.txt#L3,\d+\) \(Elena Marín Ortega\)/);
  });

  it('definition on a short mention jumps to the first full name in the earliest article', () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    assert.deepEqual(definition(index, 'file:///c/late.txt', position), {
      uri: 'file:///c/early.txt',
      range: { start: { line: 0, character: 17 }, end: { line: 0, character: 35 } },
    });
  });

  it('references list every mention, with or without the declaration', async () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    const all = await references(index, 'file:///c/late.txt', position, true);
    assert.deepEqual(
      all.map((location) => `${location.uri.slice(-9)}:${location.range.start.line}`),
      ['early.txt:0', 'early.txt:2', '/late.txt:2'],
    );
    assert.equal((await references(index, 'file:///c/late.txt', position, false)).length, 2);
  });

  it('highlights the entity’s mentions in the open article only', () => {
    const { index, position } = corpusWith(lateWithCursorOn('Marín este'));
    assert.equal(documentHighlights(index, 'file:///c/late.txt', position).length, 1);
  });

  it('answers nothing away from any entity', async () => {
    const { index, position } = corpusWith(late.replace('acuerdo con', 'acu|erdo con').replace('“', '').replace('”', ''));
    assert.equal(definition(index, 'file:///c/late.txt', position), null);
    assert.deepEqual(await references(index, 'file:///c/late.txt', position, true), []);
  });

  it('semantic tokens colour names and dates and leave the quote its colour around them', () => {
    const { index } = corpusWith(late + '|');
    const { data } = documentSemanticTokens(index, 'file:///c/late.txt');
    const shown = showSemanticTokens(data, tokenTypes, late);
    assert.deepEqual(shown, [
      'quote:“Firmaremos el acuerdo con la ',
      'organization:Comisión Europea',
      'quote:”',
      'person:Marín',
      'date:este jueves',
      'location:Lima',
    ]);
  });

  it('semantic tokens leave the kinds of names not highlighted to the text or the quote around them', () => {
    const { index } = corpusWith(late + '|');
    const { data } = documentSemanticTokens(index, 'file:///c/late.txt', undefined, new Set(['person', 'location'] as const));
    assert.deepEqual(showSemanticTokens(data, tokenTypes, late), [
      'quote:“Firmaremos el acuerdo con la Comisión Europea”',
      'person:Marín',
      'date:este jueves',
      'location:Lima',
    ]);
  });

  it('outlines the article: title, entities by type, dates and quotes', () => {
    const { index } = corpusWith(late + '|');
    const outline = documentSymbols(index, 'file:///c/late.txt');
    assert.deepEqual(
      outline.map((symbol) => symbol.name),
      ['Acuerdo', 'People', 'Organizations', 'Places', 'Dates', 'Quotes'],
    );
    assert.deepEqual(
      outline[1].children?.map((symbol) => symbol.name),
      ['Elena Marín Ortega'],
    );
    assert.match(outline[5].children?.[0].detail ?? '', /Marín/);
  });

  it('outline groups keep one order in an editor that sorts symbols by position, whatever comes first in the article', () => {
    const { index } = corpusWith(late + '|');
    const text = 'Lima, este jueves. “Firmaremos el acuerdo con la Comisión Europea”, dijo Marín.\n';
    index.setArticle('file:///c/dateline.txt', text);
    const outline = documentSymbols(index, 'file:///c/dateline.txt');
    const byPosition = [...outline].sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        a.range.end.line - b.range.end.line ||
        a.range.end.character - b.range.end.character,
    );
    assert.deepEqual(
      byPosition.map((symbol) => symbol.name),
      ['People', 'Organizations', 'Places', 'Dates', 'Quotes'],
    );
    // VS Code refuses a symbol whose selection lies outside its range.
    const inside = (inner: Range, outer: Range) =>
      (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
      (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));
    for (const group of outline) assert.ok(inside(group.selectionRange, group.range), group.name);
    assert.deepEqual(outline.find((group) => group.name === 'Places')?.selectionRange, { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } });
    assert.deepEqual(
      outline.find((group) => group.name === 'Quotes')?.selectionRange,
      outline.find((group) => group.name === 'Quotes')?.children?.[0].selectionRange,
    );
  });

  it('groups quotes without a speaker apart in the outline', () => {
    const { index } = corpusWith(late + '|');
    index.setArticle('file:///c/anonymous.txt', 'Se oyó en todo el muelle. “No al cierre del puerto de Lima ni a los despidos de los estibadores”.\n');
    const outline = documentSymbols(index, 'file:///c/anonymous.txt');
    assert.ok(
      outline.some((symbol) => symbol.name === 'Quotes without a speaker' && symbol.children?.length === 1),
      outline.map((symbol) => symbol.name).join(', '),
    );
  });

  it('inlay hints show relative dates resolved, and a speaker only where the attribution beside the quote does not name them, each behind its setting', () => {
    const { index } = corpusWith(late + '|');
    const described =
      ' date 2025-12-11 Acuerdo\n\nLa ministra Marín habló este jueves en Lima.\n\n“Firmaremos el acuerdo con la Comisión Europea”, aseguró la ministra.\n';
    index.setArticle('file:///c/described.txt', described);
    const whole = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    const hints = (uri: string, dateHints: boolean, speakerHints: boolean) => inlayHints(index, uri, whole, { dateHints, speakerHints });
    const labels = (uri: string, dateHints: boolean, speakerHints: boolean) => hints(uri, dateHints, speakerHints).map((hint) => hint.label);
    // "…”, dijo Marín": the name stands beside the quote already.
    assert.deepEqual(labels('file:///c/late.txt', true, true), ['= 2025-12-11']);
    // "…”, aseguró la ministra": the hint names her in full, right after the closing mark.
    assert.deepEqual(labels('file:///c/described.txt', true, true), ['= 2025-12-11', '— Elena Marín Ortega']);
    const closingMark = described.indexOf('”') + 1;
    assert.deepEqual(hints('file:///c/described.txt', false, true)[0].position, {
      line: 4,
      character: closingMark - described.lastIndexOf('\n', closingMark) - 1,
    });
    assert.deepEqual(labels('file:///c/described.txt', true, false), ['= 2025-12-11']);
    assert.deepEqual(labels('file:///c/described.txt', false, true), ['— Elena Marín Ortega']);
    assert.deepEqual(labels('file:///c/described.txt', false, false), []);
    // A name further from the quote than its attribution reads as a name of its own sentence.
    const far =
      ' date 2025-12-11 Acuerdo\n\nMarín, que viajó este jueves a Lima para reunirse con la Comisión Europea, lo resumió así: “Firmaremos el acuerdo”.\n';
    index.setArticle('file:///c/far.txt', far);
    const farQuote = index.article('file:///c/far.txt')?.analysis.quotes[0];
    assert.equal(farQuote?.speakerMention?.text, 'Marín');
    assert.deepEqual(labels('file:///c/far.txt', false, true), ['— Elena Marín Ortega']);
  });

  it('finds entities across the workspace by name', async () => {
    const { index } = corpusWith(late + '|');
    const found = await workspaceSymbols(index, 'ortega');
    assert.deepEqual(
      found.map((symbol) => [symbol.name, symbol.containerName, 'uri' in symbol.location ? symbol.location.uri : '']),
      [['Elena Marín Ortega', 'person', 'file:///c/early.txt']],
    );
  });
});
