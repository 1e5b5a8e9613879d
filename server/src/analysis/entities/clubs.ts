// Spanish sports and politics news often name a club, team or party by its town, and CoNLL-2002 tags
// it ORG; the tagger reads the town as a place, all the more since CESS-ESP, half its Spanish training
// data, types such names by what the word is (el Barcelona: LOC 33 times, ORG never). Two places where
// the town can only be the club are taken as ORG after decoding, for the languages whose resource
// (resources/{es,en}/ner-clubs.json) says so:
// - alone in brackets right after a person: "Puyol ( Barcelona )", "Matías González ( PSOE )",
//   "Iván Pastor ( ESP )". In esp.train such a name, not a country's, is ORG 135 times and LOC 50;
//   49 of those 50 are countries, nearly all three-letter codes (FRA, ESP) in the corpus's earlier
//   stories, which its later stories tag ORG without exception, as esp.testa does (the same drift as
//   the quotation marks in scripts/ner/quote-convention.ts). A country's written name there is a
//   nationality, a place (8 of 8): "Mario Delgado ( Uruguay )".
// - one word, a town, after a masculine article, which a town's own name does not take:
//   "el Barcelona", "al Parma". In esp.train ORG 160 times, LOC 18 (el Retiro, el Este). Names that
//   take their article (el País Vasco, el Líbano, El Cairo) are longer, countries, or listed with it.
import { foldWord, type Gazetteer } from './gazetteerIndex';
import { labelOf, spansOfLabels, type LabelledSpan } from './bilouLabels';

export interface ClubConventions {
  inBracketsAfterPerson: boolean;
  /** Articles before a town's name that make it its club, in lower case. */
  articles: string[];
}

const opening = '(';
const closing = ')';
const placeCategories = ['country', 'region', 'city'] as const;

export function tagClubsNamedByTown(sentences: readonly (readonly string[])[], labels: Uint8Array[], gazetteer: Gazetteer, conventions: ClubConventions): void {
  const articles = new Set(conventions.articles);
  sentences.forEach((sentence, s) => {
    const spans = spansOfLabels(labels[s]);
    spans.forEach((span, k) => {
      if (span.type !== 'LOC') return;
      const club =
        (conventions.inBracketsAfterPerson && inBracketsAfterPerson(sentence, span, spans[k - 1], gazetteer)) ||
        afterArticle(sentence, span, articles, gazetteer);
      if (!club) return;
      labels[s][span.start] = labelOf('B-ORG');
      for (let i = span.start + 1; i < span.end; i++) labels[s][i] = labelOf('I-ORG');
    });
  });
}

function inBracketsAfterPerson(sentence: readonly string[], span: LabelledSpan, previous: LabelledSpan | undefined, gazetteer: Gazetteer): boolean {
  if (!previous || previous.type !== 'PER' || previous.end !== span.start - 1) return false;
  if (sentence[span.start - 1] !== opening || sentence[span.end] !== closing) return false;
  return !gazetteer.isEntry(sentence.slice(span.start, span.end).map(foldWord), 'country');
}

function afterArticle(sentence: readonly string[], span: LabelledSpan, articles: ReadonlySet<string>, gazetteer: Gazetteer): boolean {
  if (span.end - span.start !== 1 || span.start === 0) return false;
  const article = sentence[span.start - 1].toLowerCase();
  if (!articles.has(article)) return false;
  const name = [foldWord(sentence[span.start])];
  // Regions often take the article themselves (el Algarve, el Tirol, el Bierzo): towns only.
  if (!gazetteer.isEntry(name, 'city') || gazetteer.isEntry(name, 'country')) return false;
  const withArticle = [foldWord(article), ...name];
  return !placeCategories.some((category) => gazetteer.isEntry(withArticle, category));
}
