// Names whose type is beyond doubt in an article, and the short forms they type there (mentionRepairs.ts
// runs it over an article's mentions once they are repaired one by one).
import type { EntityMention, EntityType } from '../types';
import { foldWord } from './gazetteerIndex';
import { countryMask, stateMask, type MentionWords } from './mentionWords';

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

/** How many times a surname must stand alone as a person for a name it ends to be that person's. */
const surnameAloneEnough = 2;

// "Marco Antonio Barrera" tagged another name, and "Barrera" a person again and again in the article:
// a name in the body of capitalised words, given names (no title, no country or region) and a surname
// that stands alone as a person, is that person (not "Star of David", "Hillary PAC", "Missouri Democratic").
export function personsBySurnameAlone(mentions: EntityMention[], words: MentionWords): void {
  const alone = new Map<string, number>();
  for (const mention of mentions)
    if (mention.type === 'PER' && !mention.weak && !mention.text.includes(' ')) alone.set(mention.text, (alone.get(mention.text) ?? 0) + 1);
  if (alone.size === 0) return;
  for (const mention of mentions) {
    if (mention.type === 'PER' || mention.placeKind || mention.weak || !mention.text.includes(' ')) continue;
    const names = mention.text.split(' ');
    const surname = names[names.length - 1];
    if ((alone.get(surname) ?? 0) < surnameAloneEnough || !names.every((name) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(name) && !words.isLooseWord(name))) continue;
    const given = names.slice(0, -1);
    if (
      given.every((name) => words.isFirstName(name) && !words.isTitle(name)) &&
      (words.gazetteer.entryCategories([foldWord(names[0])]) & (countryMask | stateMask)) === 0
    )
      mention.type = 'PER';
  }
}

// "the issues facing Virginia", "Virginia's Tax Code": a state's or country's one-word name the tagger read
// as a person, and as the place elsewhere in the article, is the place, unless a title says person or a
// person of the article bears it as a name ("Virginia Woolf … Virginia", "Michael Jordan … Jordan").
export function placesReadAsFirstNames(mentions: EntityMention[], words: MentionWords): void {
  let places: Set<string> | undefined;
  let borne: Set<string> | undefined;
  for (const mention of mentions) {
    if (mention.type !== 'PER' || mention.titled || mention.text.includes(' ')) continue;
    if ((words.gazetteer.entryCategories([foldWord(mention.text)]) & stateMask) === 0) continue;
    places ??= new Set(mentions.filter((other) => other.type === 'LOC').map((other) => other.text));
    borne ??= namesOfPeople(mentions, words);
    if (places.has(mention.text) && !borne.has(mention.text)) mention.type = 'LOC';
  }
}

/** The first and last words of the article's people named in full ("Virginia Governor" is no one's name). */
function namesOfPeople(mentions: EntityMention[], words: MentionWords): Set<string> {
  const names = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PER' || !mention.text.includes(' ') || words.isTitle(mention.text.slice(mention.text.lastIndexOf(' ') + 1))) continue;
    names.add(mention.text.slice(0, mention.text.indexOf(' ')));
    names.add(mention.text.slice(mention.text.lastIndexOf(' ') + 1));
  }
  return names;
}

// A word a nationality's ending made MISC is a name where a person of the article bears it ("R. Irani … Irani").
export function leaveSurnamesToPeople(mentions: EntityMention[], nationalities: [EntityMention, EntityType][], words: MentionWords): void {
  if (nationalities.length === 0) return;
  const borne = namesOfPeople(mentions, words);
  for (const [mention, tagged] of nationalities) if (borne.has(mention.text)) mention.type = tagged;
}
