// Names whose type is beyond doubt in an article, and the short forms they type there (mentionRepairs.ts
// runs it over an article's mentions once they are repaired one by one).
import type { EntityMention, EntityType } from '../types';
import { foldWord } from './gazetteerIndex';
import type { MentionWords } from './mentionWords';

// A name whose type is beyond doubt types its short forms standing alone elsewhere in the article,
// whatever the tagger gave them there (a country's name or a dateline keeps its own): the last words
// of a titled person's name ("democracy leader Aung San Suu Kyi … Suu Kyi said"), the known first name
// and the surname of a person named in full in the body ("Bernie Sanders … Bernie supporters", "Carly
// Fiorina … Fiorina's statement", but not a place after a preposition of place: "Paris Hilton … in
// Paris"), and the first or last words of a company's name with its legal form ("Pirelli SpA … Pirelli
// will have control", "LM Ericsson AB … Ericsson"), unless a person of the article bears them ("Donald
// Trump … Trump Restaurants LLC … Trump said"); and a one-word name the noun after it types somewhere
// ("Carrier workers", "the Zika virus"), unless a person of the article bears it too ("Trump employees").
export function typeShortFormsOfSureNames(mentions: EntityMention[], words: MentionWords, byHeadNoun?: ReadonlyMap<string, EntityType>): void {
  const sure = new Map<string, EntityType>();
  // The first and last words of the people named in full in the body ("Carly Fiorina … Fiorina").
  const personWords = new Set<string>();
  const surnames = new Set<string>();
  const companies: string[][] = [];
  for (const mention of mentions) {
    const names = mention.text.split(' ');
    if (names.length < 2) continue;
    if (mention.type === 'PER') surnames.add(names[names.length - 1]);
    // In an article's body, and written as a name: "GIL" is a party's initials, whatever a headline says.
    if (mention.type === 'PER' && !mention.weak && /^\p{Lu}\p{Ll}/u.test(names[0]) && words.isFirstName(names[0])) {
      personWords.add(names[0]);
      // A group's word is no one's surname alone ("Orlando Republican", a tagger's person).
      if (!words.groupWords.has(foldWord(names[names.length - 1]))) personWords.add(names[names.length - 1]);
    }
    if (mention.titled && mention.type === 'PER') for (let k = 1; k < names.length; k++) sure.set(names.slice(k).join(' '), 'PER');
    else if (mention.type === 'ORG' && words.legalForms.has(foldWord(names[names.length - 1]))) companies.push(names);
  }
  for (const names of companies) {
    const form = names.length - 1;
    for (let k = 1; k < form; k++) if (k > 1 || !surnames.has(names[0])) sure.set(names.slice(0, k).join(' '), 'ORG');
    // The name before its legal form, its first words or its last ("LM Ericsson AB … Ericsson").
    for (let k = 0; k < form; k++) if (k < form - 1 || !surnames.has(names[k])) sure.set(names.slice(k, form).join(' '), 'ORG');
  }
  if (byHeadNoun) for (const [name, type] of byHeadNoun) if (!surnames.has(name) && !personWords.has(name)) sure.set(name, type);
  if (sure.size === 0 && personWords.size === 0) return;
  for (const mention of mentions) {
    const type = sure.get(mention.text) ?? (personWords.has(mention.text) && !mention.sited ? 'PER' : undefined);
    if (type && mention.type !== type && mention.placeKind !== 'country' && !mention.dateline) mention.type = type;
  }
}
