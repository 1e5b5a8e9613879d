// The seed article (../shared/samples/seed-article.txt, a real article of the kind users open): its
// quotations, their speakers and speaker entities, checked here since tests do not read ../shared.
import { existsSync, readFileSync } from 'node:fs';
import type { Analyzer } from '../../server/src/analysis/analyze';
import { linkArticleMentions } from '../../server/src/corpus/articleLinks';
import { normalizeName } from '../../server/src/corpus/nameForms';

interface ExpectedQuote {
  opening: string;
  speaker: string | null;
  entity: string | null;
}

const expected: ExpectedQuote[] = [
  { opening: '“Acordamos que, tras resolver', speaker: 'Lukashenko', entity: 'Alexander Lukashenko' },
  { opening: '"Vladímir Putin expresó su solidaridad', speaker: 'el Kremlin', entity: 'Kremlin' },
  // The readout's words, as the Kremlin reported them ("amplió la oficina presidencial rusa").
  { opening: '"intercambiaron opiniones', speaker: 'la oficina presidencial rusa', entity: 'Kremlin' },
  // Uncued, it goes on with the readout quoted just before it in its paragraph.
  { opening: '"reafirmaron su compromiso mutuo', speaker: 'la oficina presidencial rusa', entity: 'Kremlin' },
  { opening: '"carácter estratégico, sólido y ascendente"', speaker: 'la Cancillería de Venezuela', entity: 'Cancillería de Venezuela' },
];
const expectedTerms = ['"acuerdo de asociación estratégica y cooperación"'];

/** Lines describing each difference from the expected quotations (none when all are right), or null without the file. */
export function checkSeedArticle(path: string, analyze: Analyzer): string[] | null {
  if (!existsSync(path)) return null;
  const text = readFileSync(path, 'utf8');
  const analysis = analyze(text);
  const mentions = linkArticleMentions(analysis.entities);
  const problems: string[] = [];
  if (analysis.quotes.length !== expected.length) problems.push(`${analysis.quotes.length} quotations found, ${expected.length} expected`);
  expected.forEach((want, index) => {
    const quote = analysis.quotes.find((found) => found.text.startsWith(want.opening));
    if (!quote) return problems.push(`missing: ${want.opening}…`);
    const mention = quote.speakerMention;
    const key = mention ? (mentions.find((linked) => linked.start === mention.start && linked.end === mention.end)?.key ?? null) : null;
    const speaker = quote.speaker?.text ?? null;
    if (speaker !== want.speaker || key !== (want.entity && normalizeName(want.entity)))
      problems.push(`quotation ${index + 1} (${want.opening}…): speaker ${speaker} → ${key}; expected ${want.speaker} → ${want.entity}`);
  });
  const terms = analysis.terms.map((term) => term.text);
  for (const term of expectedTerms) if (!terms.includes(term)) problems.push(`term not found: ${term}`);
  return problems;
}
