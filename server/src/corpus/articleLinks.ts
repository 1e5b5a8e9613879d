// Within one article, each mention is linked to the longest name of its type it stands for, and that
// name is its key in the article: "Putin" after "Vladimir Putin", "ONU" after "Organización de las
// Naciones Unidas". What may stand for what:
// - a person's name: any run of the longer name's words ("Maduro", "Nicolás" for "Nicolás Maduro"),
//   middle initials aside ("Donald J. Trump" is "Donald Trump");
// - another name: the longer name's first words ("Comisión" for "Comisión Europea"), or later words
//   when no joiner comes before them ("EFE" for "Agencia EFE"), never a modifier after a joiner
//   ("Valencia" in "Catedral de Valencia", "EFE" in "Delegación de la Agencia EFE");
// - an acronym: a longer name of its type with those initials named before it, the name the article defines it by
//   ("Partido Popular (PP)", "el PP (Partido Popular)"), or a name it stands in as a word of its own
//   ("Agencia EFE"), never a name it is compounded into ("PSOE-PP");
// - a name found in a headline or a line of capitals stands for nothing outside them, since there the
//   tagger's spans are least sure.
import type { EntityMention, EntityType } from '../analysis/types';
import { acronymInitials, looksLikeAcronym, normalizeName, personNameKey } from './nameForms';
import nameLinks from './resources/name-links.json';

export interface LinkedMention extends EntityMention {
  /** The normalised form of the article's fullest name for this mention: its entity key in the article. */
  key: string;
  /** The mention's own normalised name. */
  name: string;
}

interface NameForm {
  name: string;
  type: EntityType;
  /** The name between spaces, to find the names it is a word-aligned part of. */
  padded: string;
  /** The initials of the form's first spelling, which an acronym mention may stand for. */
  initials: string;
  /** The words of the form's first spelling as written, between spaces ("Agencia", "EFE"; "PSOE-PP" is one). */
  writtenWords: Set<string>;
  /** Found outside headlines and lines of capitals somewhere in the article. */
  inBody: boolean;
  /** Where the article first names it. */
  firstStart: number;
}

const modifierJoiners = new Set(nameLinks.modifierJoiners);

export function linkArticleMentions(found: readonly EntityMention[], text: string): LinkedMention[] {
  const named = found.map((mention) => ({ mention, name: mentionName(mention) })).filter(({ name }) => name !== '');
  const forms = new Map<string, NameForm>();
  for (const { mention, name } of named) {
    const id = `${mention.type}\u0000${name}`;
    const form = forms.get(id) ?? {
      name,
      type: mention.type,
      padded: ` ${name} `,
      initials: acronymInitials(mention.text),
      writtenWords: new Set(mention.text.split(/\s+/u)),
      inBody: false,
      firstStart: mention.start,
    };
    form.inBody ||= !mention.weak;
    forms.set(id, form);
  }
  const definitions = acronymDefinitions(named, text);
  const keys = new Map<string, string>();
  return named.map(({ mention, name }) => {
    const spelling = `${mention.type}\u0000${mention.weak ? 'w' : 'b'}\u0000${mention.text}`;
    let key = keys.get(spelling);
    if (key === undefined) {
      key = definitions.get(name) ?? longestForm(mention, name, forms.get(`${mention.type}\u0000${name}`)!.firstStart, forms);
      keys.set(spelling, key);
    }
    return { ...mention, key, name };
  });
}

function mentionName(mention: EntityMention): string {
  const name = normalizeName(mention.text);
  return mention.type === 'PER' ? personNameKey(name) : name;
}

// The one longest form the mention stands for, else the mention's own name.
function longestForm(mention: EntityMention, name: string, firstStart: number, forms: Map<string, NameForm>): string {
  const acronym = looksLikeAcronym(mention.text);
  const padded = ` ${name} `;
  const candidates: NameForm[] = [];
  for (const form of forms.values()) {
    if (form.type !== mention.type || form.name.length <= name.length || (!mention.weak && !form.inBody)) continue;
    // Writers spell a name out before they abbreviate it: initials that come first are another name's.
    const byInitials = form.initials === mention.text && form.firstStart < firstStart;
    const byAcronym = acronym && (byInitials || (form.writtenWords.has(mention.text) && standsFor(mention.type, padded, form)));
    if (byAcronym || (!acronym && standsFor(mention.type, padded, form))) candidates.push(form);
  }
  // Keep only the longest candidates that are not themselves parts of another candidate.
  const maximal = candidates.filter((form) => !candidates.some((other) => other !== form && other.padded.includes(form.padded)));
  return maximal.length === 1 ? maximal[0].name : name;
}

function standsFor(type: EntityType, padded: string, form: NameForm): boolean {
  const at = form.padded.indexOf(padded);
  if (at < 0) return false;
  if (type === 'PER' || at === 0) return true;
  return !form.padded
    .slice(0, at)
    .trim()
    .split(' ')
    .some((word) => modifierJoiners.has(word));
}

// "Partido Popular (PP)" and "el PP (Partido Popular)": a name and an acronym side by side, one in
// brackets, define each other whatever their initials.
function acronymDefinitions(named: { mention: EntityMention; name: string }[], text: string): Map<string, string> {
  const definitions = new Map<string, string>();
  for (let i = 0; i + 1 < named.length; i++) {
    const first = named[i];
    const second = named[i + 1];
    if (!/^\s*\(\s*$/u.test(text.slice(first.mention.end, second.mention.start)) || !/^\s*\)/u.test(text.slice(second.mention.end, second.mention.end + 3)))
      continue;
    const [acronym, full] = looksLikeAcronym(second.mention.text) ? [second, first] : looksLikeAcronym(first.mention.text) ? [first, second] : [null, null];
    // "Puyol (ESP)" is a player and his team: a person's name defines no acronym.
    if (!acronym || !full || full.mention.type === 'PER' || looksLikeAcronym(full.mention.text) || !full.name.includes(' ')) continue;
    if (acronym.name[0] === full.name[0]) definitions.set(acronym.name, full.name);
  }
  return definitions;
}
