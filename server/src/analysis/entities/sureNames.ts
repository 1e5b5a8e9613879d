// Names whose type is beyond doubt in an article, and the short forms they type there (mentionRepairs.ts
// runs it over an article's mentions once they are repaired one by one).
import type { EntityMention, EntityType } from '../types';
import { foldWord } from './gazetteerIndex';

// A name whose type is beyond doubt types its short forms standing alone elsewhere in the article,
// whatever the tagger gave them there (a country's name or a dateline keeps its own): the last words
// of a titled person's name ("democracy leader Aung San Suu Kyi … Suu Kyi said"), a person's known
// first name ("Bernie Sanders … Bernie supporters", but not a place after a preposition of place:
// "Paris Hilton … in Paris"), and the first words of a company's name with its legal form ("Pirelli
// SpA … Pirelli will have control"), unless a person of the article bears them ("Donald Trump … Trump
// Restaurants LLC … Trump said"); and a one-word name the noun after it types somewhere ("Carrier
// workers", "the Zika virus"), unless a person of the article bears it too ("Trump employees").
export function typeShortFormsOfSureNames(
  mentions: EntityMention[],
  legalForms: ReadonlySet<string>,
  isFirstName: (word: string) => boolean,
  byHeadNoun?: ReadonlyMap<string, EntityType>,
): void {
  const sure = new Map<string, EntityType>();
  const firstNames = new Set<string>();
  const surnames = new Set<string>();
  const companies: string[][] = [];
  for (const mention of mentions) {
    const words = mention.text.split(' ');
    if (words.length < 2) continue;
    if (mention.type === 'PER') surnames.add(words[words.length - 1]);
    // In an article's body, and written as a name: "GIL" is a party's initials, whatever a headline says.
    if (mention.type === 'PER' && !mention.weak && /^\p{Lu}\p{Ll}/u.test(words[0]) && isFirstName(words[0])) firstNames.add(words[0]);
    if (mention.titled && mention.type === 'PER') for (let k = 1; k < words.length; k++) sure.set(words.slice(k).join(' '), 'PER');
    else if (mention.type === 'ORG' && legalForms.has(foldWord(words[words.length - 1]))) companies.push(words);
  }
  for (const words of companies) for (let k = 1; k < words.length; k++) if (k > 1 || !surnames.has(words[0])) sure.set(words.slice(0, k).join(' '), 'ORG');
  if (byHeadNoun) for (const [name, type] of byHeadNoun) if (!surnames.has(name) && !firstNames.has(name)) sure.set(name, type);
  if (sure.size === 0 && firstNames.size === 0) return;
  for (const mention of mentions) {
    const type = sure.get(mention.text) ?? (firstNames.has(mention.text) && !mention.sited ? 'PER' : undefined);
    if (type && mention.type !== type && mention.placeKind !== 'country' && !mention.dateline) mention.type = type;
  }
}
