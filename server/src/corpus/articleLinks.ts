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
import { acronymInitials, acronymLetters, looksLikeAcronym, normalizeName, personNameKey } from './nameForms';
import nameLinks from './resources/name-links.json';

export interface LinkedMention extends EntityMention {
  /** The normalised form of the article's fullest name for this mention: its entity key in the article. */
  key: string;
  /** The mention's own normalised name. */
  name: string;
  /** An acronym linked to its key by initials alone, which the corpus may overrule ("PP" is not "Pacto de Progreso"). */
  byInitials?: true;
}

interface NameForm {
  name: string;
  type: EntityType;
  /** The name between spaces, to find the names it is a word-aligned part of. */
  padded: string;
  /** The first spelling, whose written words ("spanish-portuguese" is one) a name that is not a person's is compared by. */
  spelling: string;
  /** Those written words, between spaces: read when first needed. */
  writtenPadded?: string;
  /** The initials of the form's first spelling, which an acronym mention may stand for. */
  initials: string;
  /** Found outside headlines and lines of capitals somewhere in the article. */
  inBody: boolean;
  /** Where the article first names it. */
  firstStart: number;
}

const modifierJoiners = new Set(nameLinks.modifierJoiners);
const notPartsAlone = new Set(nameLinks.notPartsAlone);
/** More candidates than this make a short form ambiguous whatever they are. */
const candidateLimit = 16;

export function linkArticleMentions(found: readonly EntityMention[]): LinkedMention[] {
  const named: Named[] = [];
  // By type, then by name: maps within maps, since a key made of both would be a new string a mention.
  const formsByType = new Map<EntityType, Map<string, NameForm>>();
  for (const mention of found) {
    const name = mentionName(mention);
    if (name === '') continue;
    let forms = formsByType.get(mention.type);
    if (!forms) formsByType.set(mention.type, (forms = new Map()));
    let form = forms.get(name);
    if (!form) {
      form = {
        name,
        type: mention.type,
        padded: ` ${name} `,
        spelling: mention.text,
        initials: /\s/u.test(mention.text) ? acronymInitials(mention.text) : '',
        inBody: false,
        firstStart: mention.start,
      };
      forms.set(name, form);
    }
    form.inBody ||= !mention.weak;
    named.push({ mention, name, form });
  }
  const lookup = new FormLookup([...formsByType.values()].flatMap((forms) => [...forms.values()]));
  const definitions = acronymDefinitions(named);
  // A spelling links the same way wherever it stands, as a body or a headline mention of a type.
  const links = new Map<NameForm, { body: Map<string, Link>; weak: Map<string, Link> }>();
  const linked: LinkedMention[] = [];
  const shared: (string[] | undefined)[] = [];
  for (const { mention, name, form } of named) {
    let bySpelling = links.get(form);
    if (!bySpelling) links.set(form, (bySpelling = { body: new Map(), weak: new Map() }));
    const spellings = mention.weak ? bySpelling.weak : bySpelling.body;
    let link = spellings.get(mention.text);
    if (link === undefined) {
      const defined = definitions.get(name);
      link = defined !== undefined ? { key: defined, byInitials: false } : longestForm(mention, name, form.firstStart, lookup);
      spellings.set(mention.text, link);
    }
    if (link.sharedBy) shared[linked.length] = link.sharedBy;
    linked.push(link.byInitials ? { ...mention, key: link.key, name, byInitials: true } : { ...mention, key: link.key, name });
  }
  if (shared.length > 0) linkSharedSurnames(linked, shared);
  return linked;
}

interface Named {
  mention: EntityMention;
  name: string;
  form: NameForm;
}

// A surname two people of the article share is the one the article names first: writers give the
// second bearer's first name each time ("Boris Yeltsin … Naina Yeltsin … Yeltsin, 65,"), and a
// surname before either full name is the first one named after it.
function linkSharedSurnames(linked: LinkedMention[], shared: readonly (string[] | undefined)[]): void {
  const firstNamed = new Map<string, number>();
  linked.forEach((mention, at) => {
    if (!shared[at] && !firstNamed.has(mention.key)) firstNamed.set(mention.key, mention.start);
  });
  const first = (key: string) => firstNamed.get(key) ?? Infinity;
  shared.forEach((candidates, at) => {
    if (candidates) linked[at].key = candidates.reduce((best, candidate) => (first(candidate) < first(best) ? candidate : best));
  });
}

function mentionName(mention: EntityMention): string {
  const name = normalizeName(mention.text);
  return mention.type === 'PER' ? personNameKey(name) : name;
}

/** Each written word normalised whole: "Spanish-Portuguese talks" → "spanishportuguese talks". */
function writtenWords(text: string): string {
  return text
    .split(/\s+/u)
    .map((word) => normalizeName(word).replace(/ /gu, ''))
    .filter(Boolean)
    .join(' ');
}

// The forms of an article by word and by initials, so that a short form is compared only with the
// names that could hold it: an article listing thousands of names stays linear.
class FormLookup {
  private readonly byWord = new Map<string, NameForm[]>();
  private readonly byInitials = new Map<string, NameForm[]>();

  constructor(forms: Iterable<NameForm>) {
    for (const form of forms) {
      for (const word of new Set(form.name.split(' '))) push(this.byWord, word, form);
      if (form.initials) push(this.byInitials, form.initials, form);
    }
  }

  /** The forms holding every word of the name: those of its rarest word. */
  holding(name: string): readonly NameForm[] {
    let fewest: readonly NameForm[] | undefined;
    for (const word of name.split(' ')) {
      const forms = this.byWord.get(word) ?? [];
      if (!fewest || forms.length < fewest.length) fewest = forms;
    }
    return fewest ?? [];
  }

  withInitials(initials: string): readonly NameForm[] {
    return this.byInitials.get(initials) ?? [];
  }
}

interface Link {
  key: string;
  byInitials: boolean;
  /** A person's short form that two or more full names of the article hold ("Marín" for "Elena Marín
   * Ortega" and "Carlos Marín"): the keys it may stand for, chosen mention by mention. */
  sharedBy?: string[];
}

// The one longest form the mention stands for, else the mention's own name.
function longestForm(mention: EntityMention, name: string, firstStart: number, lookup: FormLookup): Link {
  if (notPartsAlone.has(name)) return { key: name, byInitials: false };
  const acronym = looksLikeAcronym(mention.text);
  const padded = ` ${name} `;
  // Another name than a person's is compared by its written words (`standsFor`), found when first needed.
  let written: string | undefined;
  const writtenOf = () => (written ??= ` ${writtenWords(mention.text)} `);
  const candidates = new Set<NameForm>();
  const held = new Set<NameForm>();
  const consider = (form: NameForm) => form.type === mention.type && form.name.length > name.length && (mention.weak || form.inBody);
  // Writers spell a name out before they abbreviate it: initials that come first are another name's.
  if (acronym) for (const form of lookup.withInitials(acronymLetters(mention.text))) if (consider(form) && form.firstStart < firstStart) candidates.add(form);
  for (const form of lookup.holding(name)) {
    if (candidates.size > candidateLimit) return { key: name, byInitials: false };
    if (!consider(form) || !(mention.type === 'PER' ? form.padded.includes(padded) : standsFor(writtenOf(), form))) continue;
    candidates.add(form);
    held.add(form);
  }
  // Keep only the longest candidates that are not themselves parts of another candidate.
  const all = [...candidates];
  const maximal = all.filter((form) => !all.some((other) => other !== form && other.padded.includes(form.padded)));
  if (maximal.length > 1 && mention.type === 'PER' && !mention.weak && maximal.every((form) => held.has(form)))
    return { key: name, byInitials: false, sharedBy: maximal.map((form) => form.name) };
  if (maximal.length !== 1) return { key: name, byInitials: false };
  return { key: maximal[0].name, byInitials: !held.has(maximal[0]) };
}

// A person's name stands for a longer one by any run of its words; another name by its first words, or
// by later whole written words with no joiner before them.
function standsFor(written: string, form: NameForm): boolean {
  const writtenPadded = (form.writtenPadded ??= ` ${writtenWords(form.spelling)} `);
  const at = writtenPadded.indexOf(written);
  if (at < 0) return false;
  if (at === 0) return true;
  return !writtenPadded
    .slice(0, at)
    .trim()
    .split(' ')
    .some((word) => modifierJoiners.has(word));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// "Partido Popular (PP)" and "el PP (Partido Popular)": a name and an acronym side by side, one in
// brackets, define each other whatever their initials.
function acronymDefinitions(named: readonly Named[]): Map<string, string> {
  const definitions = new Map<string, string>();
  for (let i = 0; i + 1 < named.length; i++) {
    const first = named[i];
    const second = named[i + 1];
    if (!second.mention.bracketed) continue;
    const [acronym, full] = looksLikeAcronym(second.mention.text) ? [second, first] : looksLikeAcronym(first.mention.text) ? [first, second] : [null, null];
    // "Puyol (ESP)" is a player and his team: a person's name defines no acronym.
    if (!acronym || !full || full.mention.type === 'PER' || looksLikeAcronym(full.mention.text) || !full.name.includes(' ')) continue;
    if (acronym.name[0] === full.name[0]) definitions.set(acronym.name, full.name);
  }
  return definitions;
}
