// Spanish sports and politics news put a person's club, team or party in parentheses right after the
// name, and CoNLL-2002 tags it ORG even where the club is called by its town: "Puyol ( Barcelona )",
// "Matías González ( PSOE )", "Iván Pastor ( ESP )". The tagger reads the town as a place. In esp.train
// a name that is not a country's, alone in parentheses after a person, is ORG 135 times and LOC 50
// times; 49 of those 50 are countries, nearly all as three-letter codes (FRA, ESP) in the corpus's
// earlier stories, which its later stories tag ORG without exception, as esp.testa does (the same
// drift as the quotation marks in scripts/ner/quote-convention.ts). A country's written name there
// is a nationality, a place (8 of 8): "Mario Delgado ( Uruguay )". English news (CoNLL-2003) puts
// mostly countries in those brackets, Britain and England among them, which no country list holds
// (a town or club is ORG 55 times, such a name LOC 101), so the rule is Spanish only.
import type { Gazetteer } from './gazetteer';
import { foldWord } from './gazetteer';
import { labelOf, spansOfLabels } from './labels';

const opening = '(';
const closing = ')';

export function tagAffiliationsAsOrganisations(sentences: readonly (readonly string[])[], labels: Uint8Array[], gazetteer: Gazetteer): void {
  sentences.forEach((sentence, s) => {
    const spans = spansOfLabels(labels[s]);
    spans.forEach((span, k) => {
      const person = spans[k - 1];
      if (span.type !== 'LOC' || !person || person.type !== 'PER') return;
      const bracketed = person.end === span.start - 1 && sentence[span.start - 1] === opening && sentence[span.end] === closing;
      if (!bracketed || gazetteer.isCountry(sentence.slice(span.start, span.end).map(foldWord))) return;
      labels[s][span.start] = labelOf('B-ORG');
      for (let i = span.start + 1; i < span.end; i++) labels[s][i] = labelOf('I-ORG');
    });
  });
}
