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
//   tagger's spans are least sure;
// - a body's short form other than a person's that is the longer name's first words stands for it only
//   when the body named it before: writers name in full first, so "Ejército israelí" before "Ejército
//   del Sur del Líbano", "Seattle" before "Seattle Mariners" or "Brasil" before "Brasil Telecom" is
//   another entity; its last words are its head ("White Sox" for "Chicago White Sox"), whatever the
//   order. (A person's surname is let go further: a first line the tagger does not see as a headline often holds it.)
import type { EntityMention, EntityType } from '../analysis/types';
import {
  acronymBegins,
  acronymInitials,
  acronymLetters,
  bareName,
  givenNameGender,
  isMiddleFirstName,
  isModifierJoiner,
  isNeverAPart,
  isPeopleAdjective,
  isPlaceHead,
  looksLikeAcronym,
  normalizeName,
} from './nameForms';

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
  /** The name's words, split once. */
  words: string[];
  type: EntityType;
  /** The name between spaces, to find the names it is a word-aligned part of. */
  padded: string;
  /** A person's name between spaces without its middle initials ("donald trump" for "donald j trump"), else `padded`. */
  barePadded: string;
  /** The first spelling, whose written words ("spanish-portuguese" is one) a name that is not a person's is compared by. */
  spelling: string;
  /** Those written words, between spaces: read when first needed. */
  writtenPadded: string | undefined;
  /** The initials of the form's first spelling, which an acronym mention may stand for. */
  initials: string;
  /** Found outside headlines and lines of capitals somewhere in the article. */
  inBody: boolean;
  /** Where the article first names it. */
  firstStart: number;
  /** Where the article's body first names it (Infinity when only headlines do). */
  firstBodyStart: number;
  /** What each spelling of it links to, as a body or a headline mention: a spelling links the same way wherever it stands. */
  bodyLinks: Map<string, Link> | undefined;
  weakLinks: Map<string, Link> | undefined;
}

/** More candidates than this make a short form ambiguous whatever they are. */
const candidateLimit = 16;

export function linkArticleMentions(found: readonly EntityMention[]): LinkedMention[] {
  // The mentions with a name, and the form of each, side by side (no record made for each mention).
  const named: EntityMention[] = [];
  const namedForms: NameForm[] = [];
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
        words: name.includes(' ') ? name.split(' ') : [name],
        type: mention.type,
        padded: ` ${name} `,
        barePadded: mention.type === 'PER' ? ` ${bareName(name)} ` : ` ${name} `,
        spelling: mention.text,
        initials: /\s/u.test(mention.text) ? acronymInitials(mention.text) : '',
        inBody: false,
        firstStart: mention.start,
        firstBodyStart: Infinity,
        writtenPadded: undefined,
        bodyLinks: undefined,
        weakLinks: undefined,
      };
      forms.set(name, form);
    }
    if (!mention.weak && !form.inBody) {
      form.inBody = true;
      form.firstBodyStart = mention.start;
    }
    named.push(mention);
    namedForms.push(form);
  }
  const lookup = new FormLookup(formsByType);
  const definitions = acronymDefinitions(named, namedForms);
  const linked: LinkedMention[] = [];
  const shared: (string[] | undefined)[] = [];
  for (let at = 0; at < named.length; at++) {
    const mention = named[at];
    const form = namedForms[at];
    const spellings = mention.weak ? (form.weakLinks ??= new Map()) : (form.bodyLinks ??= new Map());
    // "Mrs. Clinton" and "Mr. Clinton" are one spelling of two people; "los Reyes" and "Reyes", of a couple and of one.
    const spelling = mention.gender ? `${mention.text}\u0001${mention.gender}` : mention.family ? `${mention.text}\u0002` : mention.text;
    let link = spellings.get(spelling);
    if (link === undefined) {
      const defined = definitions?.get(form.name);
      link =
        defined !== undefined
          ? { key: defined, byInitials: false }
          : mention.family
            ? { key: form.name, byInitials: false }
            : longestForm(mention, form, lookup);
      spellings.set(spelling, link);
    }
    if (link.sharedBy) shared[linked.length] = link.sharedBy;
    linked.push(linkedMention(mention, link.key, form.name, link.byInitials));
  }
  if (shared.length > 0) linkSharedSurnames(linked, shared);
  return linked;
}

// A tagger's mention keeps the one shape every mention is made in (analysis/entityMention.ts), its
// links after it; any other mention (a catalog's) is spread.
export function linkedMention(mention: EntityMention, key: string, name: string, byInitials: boolean): LinkedMention {
  if (!isTaggerMention(mention)) return byInitials ? { ...mention, key, name, byInitials: true } : { ...mention, key, name };
  return {
    start: mention.start,
    end: mention.end,
    type: mention.type,
    text: mention.text,
    weak: mention.weak,
    titled: mention.titled,
    bracketed: mention.bracketed,
    dateline: mention.dateline,
    sited: mention.sited,
    scored: mention.scored,
    placeKind: mention.placeKind,
    gender: mention.gender,
    family: mention.family,
    key,
    name,
    byInitials: byInitials || undefined,
  };
}

const taggerFields = new Set(['start', 'end', 'type', 'text', 'weak', 'titled', 'bracketed', 'dateline', 'sited', 'scored', 'placeKind', 'gender', 'family']);

function isTaggerMention(mention: EntityMention): boolean {
  for (const field in mention) if (!taggerFields.has(field)) return false;
  return true;
}

// A surname two people of the article share is the one the article names in full first: writers give
// the second bearer's first name each time ("Boris Yeltsin … Naina Yeltsin … Yeltsin, 65,"), and a
// surname before either full name is the first one named after it. A first name alone names no one in
// full ("his brother, Freddy" before "Donald J. Trump" leaves "Mr. Trump" Donald's), unless a full name
// follows it in a pair: "Khizr and Ghazala Khan" names both.
function linkSharedSurnames(linked: LinkedMention[], shared: readonly (string[] | undefined)[]): void {
  const firstNamed = new Map<string, number>();
  linked.forEach((mention, at) => {
    if (!shared[at] && !firstNamed.has(mention.key) && (mention.name.includes(' ') || pairedWithFullName(linked, at)))
      firstNamed.set(mention.key, mention.start);
  });
  const first = (key: string) => firstNamed.get(key) ?? Infinity;
  const familiar = familiarPeople(linked);
  shared.forEach((candidates, at) => {
    if (!candidates) return;
    // "Elian" ten times and "Elian Gonzalez" once: the article calls the boy by his given name, and "Gonzalez" is his
    // father, whose name ends with it (not "Maryanne Trump Barry" for the "Trump" of an article on young Donald) and
    // who was named in full before it ("Liam Gallagher … Gallagher" is Liam when Noel is named later).
    const surname = ` ${linked[at].name}`;
    const start = linked[at].start;
    const formal = candidates.some((candidate) => familiar.has(candidate))
      ? candidates.filter((candidate) => !familiar.has(candidate) && candidate.endsWith(surname) && first(candidate) < start)
      : candidates;
    const choices = formal.length > 0 ? formal : candidates;
    linked[at].key = choices.reduce((best, candidate) => (first(candidate) < first(best) ? candidate : best));
  });
}

/** How many times as often as in full an article must call a person by the given name alone to be on first-name terms with them. */
const familiarRatio = 3;

// The people an article calls by their given name alone far more often than by their full name.
function familiarPeople(linked: readonly LinkedMention[]): Set<string> {
  const given = new Map<string, number>();
  const full = new Map<string, number>();
  for (const mention of linked) {
    if (mention.type !== 'PER') continue;
    if (mention.name === mention.key) full.set(mention.key, (full.get(mention.key) ?? 0) + 1);
    else if (!mention.name.includes(' ') && mention.key.startsWith(`${mention.name} `)) given.set(mention.key, (given.get(mention.key) ?? 0) + 1);
  }
  const familiar = new Set<string>();
  for (const [key, count] of given) if (count >= familiarRatio * Math.max(1, full.get(key) ?? 0)) familiar.add(key);
  return familiar;
}

// The next mention, a person's full name, is at most a conjunction away (" and ", " y ", " & ").
function pairedWithFullName(linked: readonly LinkedMention[], at: number): boolean {
  const next = linked[at + 1] as LinkedMention | undefined;
  return next !== undefined && next.type === 'PER' && next.name.includes(' ') && next.start - linked[at].end <= 5;
}

function mentionName(mention: EntityMention): string {
  return normalizeName(mention.text);
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
  private readonly people: ReadonlyMap<string, NameForm>;

  constructor(formsByType: ReadonlyMap<EntityType, Map<string, NameForm>>) {
    this.people = formsByType.get('PER') ?? new Map();
    for (const forms of formsByType.values()) {
      for (const form of forms.values()) {
        for (const word of form.words) {
          const list = this.byWord.get(word);
          // A word twice in a name lists the name once.
          if (!list) this.byWord.set(word, [form]);
          else if (list[list.length - 1] !== form) list.push(form);
        }
        if (form.initials) push(this.byInitials, form.initials, form);
      }
    }
  }

  /** The forms holding every word of the name: those of its rarest word. */
  holding(words: readonly string[]): readonly NameForm[] {
    let fewest: readonly NameForm[] | undefined;
    for (const word of words) {
      const forms = this.byWord.get(word) ?? noForms;
      if (!fewest || forms.length < fewest.length) fewest = forms;
    }
    return fewest ?? noForms;
  }

  withInitials(initials: string): readonly NameForm[] {
    return this.byInitials.get(initials) ?? [];
  }

  /** The article names a person so. */
  namesAPerson(name: string): boolean {
    return this.people.has(name);
  }
}

interface Link {
  key: string;
  byInitials: boolean;
  /** A person's short form that two or more full names of the article hold ("Marín" for "Elena Marín
   * Ortega" and "Carlos Marín"): the keys it may stand for, chosen mention by mention. */
  sharedBy?: string[];
}

const noForms: readonly NameForm[] = [];

// The one longest form the mention (of the form `own`) stands for, else the mention's own name.
function longestForm(mention: EntityMention, own: NameForm, lookup: FormLookup): Link {
  const name = own.name;
  if (isNeverAPart(name) || (mention.type === 'MISC' && isPeopleAdjective(name))) return { key: name, byInitials: false };
  // Another name than a person's is compared by its written words (`standsFor`), found when first needed.
  let written: string | undefined;
  // Few mentions stand for anything: the lists are made for the first candidate.
  let candidates: NameForm[] | undefined;
  let held: NameForm[] | undefined;
  // Writers spell a name out before they abbreviate it: initials that come first are another name's.
  const acronym = looksLikeAcronym(mention.text);
  if (acronym) {
    for (const form of lookup.withInitials(acronymLetters(mention.text))) {
      if (mayStandFor(mention, own, form) && form.firstStart < own.firstStart && !candidates?.includes(form)) (candidates ??= []).push(form);
    }
  }
  // A country is itself: "Mexico" is no short form of "Mexico City", nor "Panama" of "Panama Canal" (a
  // person's surname may be spelled as one: "Neil Jordan … Jordan said").
  const parts = mention.placeKind === 'country' && mention.type !== 'PER' ? noForms : lookup.holding(own.words);
  // A known region or town read as a place is the head of no longer name ("South Carolina" is no "Ted
  // Cruz South Carolina"), though it may begin one ("Santiago" for "Santiago de Chile") and its club may
  // be short for the club's full name ("el Madrid" for "Real Madrid").
  const mayBeHead = !(mention.placeKind === 'town' && mention.type === 'LOC');
  // Initials too are named in full first: "the SVP" of a whole article is no "Eurosceptic SVP" written once later.
  const headFirst = (namedBefore: boolean) => mayBeHead && (namedBefore || !acronym);
  for (const form of parts) {
    if (candidates && candidates.length > candidateLimit) return { key: name, byInitials: false };
    if (!mayStandFor(mention, own, form)) continue;
    const namedBefore = mention.weak === true || form.firstBodyStart < own.firstBodyStart;
    if (
      mention.type === 'PER'
        ? !holdsPerson(form, own) || countryOfTitle(mention, own, form) || otherGender(mention, form)
        : !standsFor((written ??= ` ${writtenWords(mention.text)} `), form, namedBefore, headFirst(namedBefore), lookup, acronym)
    )
      continue;
    if (!candidates?.includes(form)) (candidates ??= []).push(form);
    (held ??= []).push(form);
  }
  if (!candidates) return { key: name, byInitials: false };
  // Keep only the longest candidates that are not themselves parts of another candidate.
  const all = candidates;
  const maximal = all.filter((form) => !all.some((other) => other !== form && (other.padded.includes(form.padded) || holdsPerson(other, form))));
  if (maximal.length > 1 && mention.type === 'PER' && !mention.weak && maximal.every((form) => held?.includes(form)))
    return { key: name, byInitials: false, sharedBy: maximal.map((form) => form.name) };
  if (maximal.length !== 1) return { key: name, byInitials: false };
  return { key: maximal[0].name, byInitials: !held?.includes(maximal[0]) };
}

// A longer name of the mention's type, which a headline mention may stand for wherever it is named
// and a body mention only when the article's body names it.
function mayStandFor(mention: EntityMention, own: NameForm, form: NameForm): boolean {
  return form.type === mention.type && form.name.length > own.name.length && (mention.weak || form.inBody);
}

// A person's name is held by a longer one as a run of its words, middle initials aside ("Trump" and
// "Donald Trump" in "Donald J. Trump").
function holdsPerson(longer: NameForm, shorter: NameForm): boolean {
  if (longer.type !== 'PER' || !(longer.padded.includes(shorter.padded) || longer.barePadded.includes(shorter.padded))) return false;
  // "Joe" is no short form of "Muhammad Ali-Joe Frazier": a middle name is no one's name alone.
  return shorter.words.length > 1 || !isMiddleFirstName(longer.words, longer.words.indexOf(shorter.name));
}

// "Mrs. Clinton" is no short form of "Bill Clinton", nor "Mr. Clinton" of "Hillary Clinton".
function otherGender(mention: EntityMention, form: NameForm): boolean {
  if (!mention.gender) return false;
  const gender = givenNameGender(form.words[0]);
  return gender !== null && gender !== mention.gender;
}

// "Paola de Bélgica", "los Reyes de España": a country after a joiner in a person's name is the realm
// of a title, no short form of the person, whatever the tagger typed it.
function countryOfTitle(mention: EntityMention, own: NameForm, form: NameForm): boolean {
  if (mention.placeKind !== 'country' || own.words.length !== 1) return false;
  const at = form.words.indexOf(own.name);
  return at > 0 && isModifierJoiner(form.words[at - 1]);
}

// Another name than a person's stands for a longer one by its first words, when the article has named
// the longer one before it (else they may be its modifier: "Seattle" before "Seattle Mariners", "Iraqi"
// before "Iraqi Kurds"), or by later whole written words with no joiner or compass word before them, its
// head ("White Sox" for "Chicago White Sox", "EFE" for "Agencia EFE", "Coors" for "Adolph Coors Co.", not
// "Jerusalem" for "East Jerusalem"). A head with a complement after it is a common noun the longer name
// qualifies ("Congress" is not "American Congress of Obstetricians"), and what follows people the
// article names is theirs ("Democrats" is not "Reagan Democrats", nor "State Department" the "Clinton
// State Department", nor "Congress" the "Gingrich / Dole Congress").
function standsFor(written: string, form: NameForm, namedBefore: boolean, mayBeHead: boolean, lookup: FormLookup, acronym: boolean): boolean {
  const writtenPadded = (form.writtenPadded ??= ` ${writtenWords(form.spelling)} `);
  const at = writtenPadded.indexOf(written);
  if (at < 0) return false;
  const after = writtenPadded.slice(at + written.length).split(' ', 1)[0];
  // "Oklahoma City, Okla.": a state's name is no short form of the city named after it. A known town or
  // region begins a longer place only before a joiner ("Santiago" for "Santiago de Chile"): "Berlin" is
  // no "Berlin Wall", "Florida" no "Florida Straits", "Arkansas" no "Arkansas River".
  if (at === 0)
    return namedBefore && !(form.type === 'LOC' && isPlaceHead(after)) && (mayBeHead || isModifierJoiner(after)) && (!acronym || acronymBegins(form.spelling));
  if (!mayBeHead) return false;
  const modifier = writtenPadded.slice(0, at).trim();
  const before = modifier.split(' ');
  // "East Jerusalem", "West Virginia", "New York": after a compass or size word, another place.
  return (
    !isNeverAPart(before[before.length - 1]) &&
    !before.some(isModifierJoiner) &&
    !isModifierJoiner(after) &&
    !lookup.namesAPerson(modifier) &&
    !before.some((word) => lookup.namesAPerson(word))
  );
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// "Partido Popular (PP)" and "el PP (Partido Popular)": a name and an acronym side by side, one in
// brackets, define each other whatever their initials.
// Undefined when the article defines none.
function acronymDefinitions(named: readonly EntityMention[], forms: readonly NameForm[]): Map<string, string> | undefined {
  let definitions: Map<string, string> | undefined;
  for (let i = 0; i + 1 < named.length; i++) {
    if (!named[i + 1].bracketed) continue;
    const [acronym, full] = looksLikeAcronym(named[i + 1].text) ? [i + 1, i] : looksLikeAcronym(named[i].text) ? [i, i + 1] : [-1, -1];
    // "Puyol (ESP)" is a player and his team: a person's name defines no acronym.
    if (acronym < 0 || named[full].type === 'PER' || looksLikeAcronym(named[full].text) || !forms[full].name.includes(' ')) continue;
    if (forms[acronym].name[0] === forms[full].name[0]) (definitions ??= new Map()).set(forms[acronym].name, forms[full].name);
  }
  return definitions;
}
