// From article-level names to corpus entities. An entity is a name and a type, written as an id
// "PER:donald trump". A mention belongs to the entity of its article-level key, with the type the
// corpus decided for that key (entityEvidence.ts); a person's key may stand, across the corpus, for
// a longer name:
// - a surname left alone ("Trump") stands for the one full name in the corpus it is part of, or for
//   the one that is far more common than any other ("Donald Trump" over "Donald Trump Jr."), and so
//   does a shorter full name ("Elena Marín" for "Elena Marín Ortega");
// - a name that is a common name plus one stray word ("Ted Cruz Super", "Marco Rubio Donor", from a
//   headline or a tagger's slip) is that common name;
// - an acronym left alone stands for the name other articles spell it out as ("APA" for "Alianza de
//   Puertos del Atlántico").
// Two people who share a surname stay apart: a bare "Marín" in an article naming neither stays "Marín".
import type { EntityType } from '../analysis/types';
import { decideTypes, mentionType, townPlaceShare, type KeyEvidence, type TypeDecision } from './entityEvidence';
import type { LinkedMention } from './articleLinks';
import type { Catalog } from './catalog';
import knownAcronyms from './resources/known-acronyms.json';
import nameLinks from './resources/name-links.json';
import { bareName, corpusShortForms, givenNameVariants, isCompoundGivenName, isFirstName, isGroupWord, isModifierJoiner, isNeverAPart } from './nameForms';
import { compareCodeUnits } from './nameTables';

export type EntityId = string;

const typeSlots: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };

/** A name absorbs a longer one only when it is in this many times as many articles. */
const absorbingRatio = 3;
/** A one-word name no list of first names holds is a person's given name when the people it begins are in this many times as many articles. */
const unlistedGivenNameRatio = 10;
/** A person the corpus names in this many articles, at least, is one whose surname a place or a body the tagger read stands for. */
const famousPersonArticles = 5;
/** A surname read after a preposition of place this many times may still be a person's ("strong in Fiorina and Carson"). */
const misreadPlaceMentions = 1;
/** A known town the tagger read as a person is the place when read as one this many times, once after a preposition of place at least. */
const townPlaceReadings = 2;
/** A short form stands for the most common of several longer names when it is this many times as common as the next. */
const dominanceRatio = 4;
const generationSuffixes = new Set(nameLinks.generationSuffixes);
const spellingOutOf = new Map(Object.entries(knownAcronyms.acronyms));
const knownAcronymsOf = new Map<string, string[]>();
for (const [acronym, expansion] of spellingOutOf) knownAcronymsOf.set(expansion, [...(knownAcronymsOf.get(expansion) ?? []), acronym]);

/**
 * The names a well-known acronym list joins to this one: a spelling-out and all its acronyms ("united
 * states", "us", "usa"), which may be one entity's keys and decide each other's resolution; else none.
 */
export function knownAcronymFamily(key: string): string[] {
  const expansion = spellingOutOf.get(key) ?? (knownAcronymsOf.has(key) ? key : undefined);
  return expansion === undefined ? [] : [expansion, ...knownAcronymsOf.get(expansion)!];
}

export function entityId(type: EntityType, key: string): EntityId {
  return `${type}:${key}`;
}

export function entityIdType(id: EntityId): EntityType {
  return id.slice(0, id.indexOf(':')) as EntityType;
}

export function entityIdKey(id: EntityId): string {
  return id.slice(id.indexOf(':') + 1);
}

/** What resolution reads of the corpus. */
export interface NameTable {
  evidence(key: string): KeyEvidence | undefined;
  articleCount(key: string): number;
  /** Some article names both. */
  shareArticle(key: string, other: string): boolean;
  /** The longer person names a name is a run of the words of. */
  ownersOf(shortForm: string): Iterable<string>;
  /** The names an acronym stands for in the articles that spell it out, with counts. */
  expansionsOf(acronym: string): ReadonlyMap<string, number>;
  /** The acronyms articles spell out as this name. */
  acronymsOf(expansion: string): Iterable<string>;
  /** The longer person names that begin and end as this two-word name does ("hillary rodham clinton"). */
  framedBy(firstAndLast: string): Iterable<string>;
  /** The person's corrections, which win over everything here. */
  readonly catalog: Catalog;
}

/** More names between one first and last name than this join no middle initial to a middle name. */
const framedLimit = 16;

/** How many spelled-out mentions make an acronym's spelling-out its entity. */
const spelledOutEnough = 3;

/**
 * Decisions for the corpus as it is now, kept from one change to the next: a change to a name forgets
 * what depended on it only (`invalidate`), so a corpus of thousands of names is not resolved again at
 * every edit.
 */
export class EntityResolver {
  private readonly decisions = new Map<string, TypeDecision>();
  private readonly people = new Map<string, string>();
  private readonly acronyms = new Map<string, string>();
  /** What a key's mentions resolve to: by the mention's own name and type, and the key's entities. */
  private readonly mentionEntities = new Map<string, Map<string, (EntityId | undefined)[]>>();
  private readonly keyEntities = new Map<string, EntityId[]>();

  constructor(private readonly names: NameTable) {}

  decision(key: string): TypeDecision {
    let decision = this.decisions.get(key);
    if (!decision) {
      const evidence = this.names.evidence(key);
      decision = evidence ? this.asSurname(key, decideTypes(evidence), evidence) : { primary: 'MISC', secondary: null, isCountry: false };
      this.decisions.set(key, decision);
    }
    return decision;
  }

  // "the Bush administration", "Bush's team": a surname the tagger reads as an adjective, another name,
  // is a person's when the people of the corpus whose full names end with it are in as many articles as
  // it is ("Bush", "Koch", "Nieto"); a nationality or a party is no one's ("Republican", "Cuban").
  // A known first name so tagged ("Elian" in a story that never names him in full) is a person's when the
  // people it begins are in far more articles, as `resolvePerson` asks of a first name; a name no list
  // holds ("Jeb", a nickname), when they are in ten times as many.
  // Read as a place or a body with nothing else to say so ("about Romney", a town's name too; "Fiorina"
  // taken for a company), a surname is a person's when one of those people is in three times as many
  // articles, and five at least (not when several are, each in a story or two: "las costas de Guerrero";
  // not the "Lloyd's" of one story for the Graham Lloyd of three); a dateline, a country or names after
  // "in" keep it a place ("Washington", "Houston").
  private asSurname(key: string, decision: TypeDecision, evidence: KeyEvidence): TypeDecision {
    if (key.includes(' ')) return decision;
    if (this.townReadAsPerson(key, decision, evidence)) return { primary: 'LOC', secondary: null, isCountry: false };
    if (decision.primary !== 'MISC') return this.readAsPlaceOrBody(key, decision, evidence) ? this.asFamousSurname(key, decision) : decision;
    const articles = sum(this.peopleArticles(key, 'surname'));
    const givenArticles = isGroupWord(key) ? 0 : sum(this.peopleArticles(key, 'given name'));
    const own = this.names.articleCount(key);
    const givenRatio = isFirstName(key) ? absorbingRatio : unlistedGivenNameRatio;
    const person = (articles > 0 && articles >= own) || givenArticles >= givenRatio * Math.max(1, own);
    return person ? { primary: 'PER', secondary: null, isCountry: false } : decision;
  }

  // "The first inhabitants of Coron", "introduced to Coron": a known town the tagger mostly read as a person, with
  // no title, no family and no person of the corpus whose name holds it, yet read as a place twice or more (once
  // after a preposition of place) and half as often as a person, is the town. Fewer readings ("Wade", "Roman",
  // once each) say nothing.
  private townReadAsPerson(key: string, decision: TypeDecision, evidence: KeyEvidence): boolean {
    const { body } = evidence;
    if (!evidence.isTown || decision.primary !== 'PER' || decision.isCountry || evidence.titled > 0 || evidence.family > 0) return false;
    const places = body[typeSlots.LOC];
    if (evidence.sited === 0 || places < townPlaceReadings || places < townPlaceShare * body[typeSlots.PER]) return false;
    return this.peopleArticles(key, 'surname').length === 0 && this.peopleArticles(key, 'given name').length === 0;
  }

  private readAsPlaceOrBody(key: string, decision: TypeDecision, evidence: KeyEvidence): boolean {
    const otherType = decision.primary !== 'PER' || (decision.secondary !== null && decision.secondary !== 'PER');
    return otherType && !decision.isCountry && evidence.dateline === 0 && evidence.sited <= misreadPlaceMentions && !isGroupWord(key);
  }

  private asFamousSurname(key: string, decision: TypeDecision): TypeDecision {
    const articles = this.peopleArticles(key, 'surname').reduce((most, count) => Math.max(most, count), 0);
    const enough = Math.max(famousPersonArticles, absorbingRatio * this.names.articleCount(key));
    return articles >= enough ? { primary: 'PER', secondary: null, isCountry: false } : decision;
  }

  /** The article counts of the people of the corpus whose full names end (or begin) with the one-word name. */
  private peopleArticles(key: string, as: 'surname' | 'given name'): number[] {
    const counts: number[] = [];
    for (const owner of this.names.ownersOf(key)) {
      const holds = as === 'surname' ? owner.endsWith(` ${key}`) : owner.startsWith(`${key} `);
      if (holds && this.decision(owner).primary === 'PER') counts.push(this.names.articleCount(owner));
    }
    return counts;
  }

  entityOf(mention: LinkedMention): EntityId {
    // A mention's entity depends on its key, its own name and its type only, and the same few recur.
    const byName = this.mentionEntities.get(mention.key) ?? this.mentionEntities.set(mention.key, new Map()).get(mention.key)!;
    const name = mention.byInitials ? `${mention.name}\u0001` : mention.name;
    const byType = byName.get(name) ?? byName.set(name, []).get(name)!;
    const slot = typeSlots[mention.type];
    return (byType[slot] ??= this.resolveMention(mention));
  }

  private resolveMention(mention: LinkedMention): EntityId {
    // An exact name or alias of the catalog wins over every link; then the name the article linked it to.
    const named = this.cataloged(mention.name) ?? this.cataloged(mention.key);
    if (named) return named;
    // Initials alone are weak: the acronym stands for what the corpus says it stands for.
    const key = this.acronym(mention.byInitials ? mention.name : mention.key);
    const type = mentionType(this.decision(key), mention);
    return this.automatic(type, key);
  }

  /** The entities a key's mentions belong to. */
  entitiesOfKey(key: string): EntityId[] {
    let entities = this.keyEntities.get(key);
    if (!entities) {
      entities = this.resolveKey(key);
      this.keyEntities.set(key, entities);
    }
    return entities;
  }

  private resolveKey(key: string): EntityId[] {
    const named = this.cataloged(key);
    if (named) return [named];
    const expanded = this.acronym(key);
    const { primary, secondary } = this.decision(expanded);
    const first = this.automatic(primary, expanded);
    if (!secondary) return [first];
    const second = this.automatic(secondary, expanded);
    return second === first ? [first] : [first, second];
  }

  /**
   * Forgets what depended on a name whose mentions changed: its type; the acronyms it spells out and the
   * names it abbreviates; the people it may stand for or absorb, that is its own short forms, the longer
   * names holding it (whose absorption it decides), its twins with a middle initial, and their short forms.
   */
  invalidate(key: string): void {
    this.decisions.delete(key);
    const affected = [key, ...this.names.acronymsOf(key), ...this.names.expansionsOf(key).keys(), ...corpusShortForms(key), ...knownAcronymFamily(key)];
    // A name of three words decides, by its articles, whether its spelled-out or initialled twin goes with it.
    const words = key.split(' ');
    const twins = words.length === 3 ? this.names.framedBy(`${words[0]} ${words[2]}`) : [];
    // Unbounded, as `twins`: which of many names a bounded list reads changes with any of them.
    const otherForms = words.length >= 2 ? nicknameTwins(words, this.names, Infinity) : [];
    for (const owner of [...this.names.ownersOf(key), ...this.names.framedBy(key), ...twins, ...otherForms]) affected.push(owner, ...corpusShortForms(owner));
    for (const name of affected) {
      // A surname's type depends on the people it ends (`asSurname`).
      if (name !== key && !name.includes(' ')) this.decisions.delete(name);
      this.acronyms.delete(name);
      this.people.delete(name);
      this.mentionEntities.delete(name);
      this.keyEntities.delete(name);
    }
  }

  /** The catalog entity a normalised name or alias belongs to. */
  cataloged(name: string): EntityId | undefined {
    const entity = this.names.catalog.entityNamed(name);
    return entity && entityId(entity.type, this.names.catalog.keyOfEntity(entity));
  }

  // The entity links and types give, unless what they lead to is a catalog name.
  private automatic(type: EntityType, key: string): EntityId {
    const resolved = type === 'PER' ? this.person(key) : key;
    return this.cataloged(resolved) ?? entityId(type, resolved);
  }

  /**
   * The name an acronym left alone stands for ("APA" in an article that never spells it out): the one
   * the articles that spell it out give it, or the far most common of those; else the acronym itself.
   * An acronym that the corpus mostly leaves alone is its own name ("EFE", whatever "Agencia EFE" says),
   * and then its spelling-out is the acronym's entity too ("United States" is "U.S.").
   */
  acronym(key: string): string {
    let resolved = this.acronyms.get(key);
    if (resolved === undefined) {
      const expansion = this.dominantExpansion(key);
      // The spelling-out may itself stand behind a commoner acronym ("USA" is "United States", which is "U.S.").
      if (expansion) resolved = this.names.articleCount(key) <= this.names.articleCount(expansion) ? (this.acronymLeftAlone(expansion) ?? expansion) : key;
      else resolved = this.acronymLeftAlone(key) ?? key;
      this.acronyms.set(key, resolved);
    }
    return resolved;
  }

  private dominantExpansion(acronym: string): string | undefined {
    const expansions = this.names.expansionsOf(acronym);
    // Most names are spelled out as no acronym.
    if (expansions.size === 0) return this.knownExpansion(acronym);
    const [first, second] = [...expansions].sort((a, b) => b[1] - a[1]);
    if (!first) return this.knownExpansion(acronym);
    if (!second || first[1] >= dominanceRatio * second[1]) return first[0];
    // Among the names articles link it to, a well-known acronym's own spelling-out ("EU": "European Union", not "EU Commission").
    const known = spellingOutOf.get(acronym);
    return known !== undefined && expansions.has(known) ? known : undefined;
  }

  // A well-known acronym that no article spells out stands for its spelling-out when the corpus
  // names both with one type (a list in resources/known-acronyms.json: a wire writes "U.S." before,
  // or without, "United States").
  private knownExpansion(acronym: string): string | undefined {
    const expansion = spellingOutOf.get(acronym);
    return expansion !== undefined && this.sameTypes(acronym, expansion) ? expansion : undefined;
  }

  private sameTypes(acronym: string, expansion: string): boolean {
    if (!this.names.evidence(acronym) || !this.names.evidence(expansion)) return false;
    return this.decision(acronym).primary === this.decision(expansion).primary;
  }

  // The acronym a spelled-out name stands behind, when the corpus mostly writes the acronym and
  // several articles spell it out so (one article's initials are no proof: "PP" is no "Pacto de Progreso").
  private acronymLeftAlone(expansion: string): string | undefined {
    for (const acronym of this.names.acronymsOf(expansion)) {
      if (this.dominantExpansion(acronym) !== expansion || (this.names.expansionsOf(acronym).get(expansion) ?? 0) < spelledOutEnough) continue;
      if (this.names.articleCount(acronym) > this.names.articleCount(expansion)) return acronym;
    }
    // A well-known acronym needs no proof but its articles' own spelling-out, if any ("EU" is "European
    // Union" though one article linked them by initials alone).
    for (const known of knownAcronymsOf.get(expansion) ?? []) {
      if (this.dominantExpansion(known) !== expansion || !this.sameTypes(known, expansion)) continue;
      if (this.names.articleCount(known) > this.names.articleCount(expansion)) return known;
    }
    return undefined;
  }

  /** The key of the person a person's key stands for across the corpus. */
  person(key: string): string {
    let resolved = this.people.get(key);
    if (resolved === undefined) {
      resolved = this.resolvePerson(key);
      this.people.set(key, resolved);
    }
    return resolved;
  }

  private resolvePerson(key: string): string {
    if (isNeverAPart(key)) return key;
    const absorber = this.absorbedInto(key);
    if (absorber) return this.person(absorber);
    // "los Reyes" (the royal couple) is no Luis Morales Reyes: a surname the corpus mostly writes after a plural article names a family.
    const evidence = this.names.evidence(key);
    if (evidence && evidence.family > 0 && 2 * evidence.family >= evidence.personMentions) return key;
    const found = new Set<string>();
    // A name's first word alone stands for it only when it is a first name and the name is far more
    // common than it ("Hillary" for Hillary Clinton; not "Google" for "Google Plus", nor the "Elena" of
    // one story for the Elena Marín Ortega of another).
    const oneWord = !key.includes(' ');
    // A name no list holds that the tagger did not read as a person's ("Jeb") is one by the people it begins (`asSurname`).
    const unlistedGiven = oneWord && !isFirstName(key) && evidence !== undefined && decideTypes(evidence).primary !== 'PER';
    const givenRatio = isFirstName(key) ? absorbingRatio : unlistedGiven ? unlistedGivenNameRatio : Infinity;
    const firstNameArticles = oneWord ? givenRatio * Math.max(1, this.names.articleCount(key)) : Infinity;
    // "paola de belgica": a country after a joiner is the realm of a title, not a short form of the person.
    const realm = oneWord && (evidence?.country ?? 0) > 0;
    // A middle word or a surname alone stands for the name only where the name is in a fair share of its
    // articles: the "Francis" of seven articles (Pope Francis) is not James Francis McIntyre, named in one,
    // nor the "President Bush" of eight the Jeb Bush of one, nor "Roe v. Wade" and "Star of David" the
    // Dwyane Wade and Larry David of a story each.
    const laterWordArticles = oneWord ? this.names.articleCount(key) / dominanceRatio : 0;
    for (const owner of this.names.ownersOf(key)) {
      if (oneWord && owner.startsWith(`${key} `) && this.names.articleCount(owner) < firstNameArticles) continue;
      if (oneWord && !owner.startsWith(`${key} `) && this.names.articleCount(owner) < laterWordArticles) continue;
      if (namesAnotherPersonAfter(owner, key) || (realm && afterJoiner(owner, key))) continue;
      // A name another absorbs stands for that one ("james c kopp" for "james charles kopp").
      const absorber = this.isPerson(owner) && !namesAnotherGeneration(owner, key) ? (this.absorbedInto(owner) ?? owner) : undefined;
      if (absorber !== undefined && absorber !== key) found.add(absorber);
    }
    const owners = [...found];
    // A name held by another, or that other without its middle words ("bashar assad" for "bashar al assad"), is that one.
    const holds = (other: string, owner: string) => ` ${other} `.includes(` ${owner} `) || bareName(other) === owner;
    const maximal = owners.filter((owner) => !owners.some((other) => other !== owner && holds(other, owner)));
    if (maximal.length === 1) return maximal[0];
    const [first, second] = owners.map((owner) => ({ owner, articles: this.names.articleCount(owner) })).sort((a, b) => b.articles - a.articles);
    return first && (!second || first.articles >= dominanceRatio * second.articles) ? first.owner : key;
  }

  // "ted cruz super" is "ted cruz", and "hillary rodham clinton" is "hillary clinton", when the shorter
  // name is in far more articles.
  private absorbedInto(key: string): string | undefined {
    const firstSpace = key.indexOf(' ');
    if (firstSpace < 0) return undefined;
    const nickname = givenNameVariants(key.slice(0, firstSpace)).length > 0 ? this.otherFormOfGivenName(key) : undefined;
    // Most names are of one or two words.
    if (nickname !== undefined || key.indexOf(' ', firstSpace + 1) < 0) return nickname;
    const words = key.split(' ');
    if (words.length < 3 || generationSuffixes.has(words[words.length - 1])) return undefined;
    const articles = this.names.articleCount(key);
    for (const shorter of [words.slice(0, -1).join(' '), words.slice(1).join(' '), `${words[0]} ${words[words.length - 1]}`]) {
      // "juan carlos" absorbs neither "juan carlos ferrero" nor "juan carlos socorro": given names only leave the surname out.
      if (isCompoundGivenName(shorter)) continue;
      if (this.isPerson(shorter) && this.names.articleCount(shorter) >= absorbingRatio * Math.max(1, articles)) return shorter;
    }
    const spelled = words.length === 3 ? this.sameMiddleName(key, words) : undefined;
    return spelled && this.isPerson(key) && this.names.articleCount(spelled) >= articles ? spelled : undefined;
  }

  // "joseph r biden" is "joe biden", and "charles e grassley" "chuck grassley": a name with another form of
  // its given name and the same surname (and no other middle name) is one person, named as the one in
  // more articles, or in as many when one article names both (then the one with more mentions; then the
  // first in code-unit order, so that no two names absorb each other).
  private otherFormOfGivenName(key: string): string | undefined {
    const words = key.split(' ');
    if (words.length > 4 || generationSuffixes.has(words[words.length - 1])) return undefined;
    const middles = words.slice(1, -1);
    const twins = nicknameTwins(words, this.names);
    let best = key;
    for (const twin of twins) {
      if (this.isPerson(twin) && sameMiddleNames(middles, twin.split(' ').slice(1, -1)) && this.outranks(twin, best)) best = twin;
    }
    // As many articles on each side ("Paco Herrera" the coach, "Francisco Herrera" the councillor) say one person only in one article.
    if (best === key || (this.names.articleCount(best) === this.names.articleCount(key) && !this.names.shareArticle(best, key))) return undefined;
    // "Bill Smith" may be William T. or William R. Smith: a name without middle names stands for none of two.
    if (best.split(' ').length > 2 || middles.length === 0) return best;
    const others = [...twins, ...bounded(this.names.framedBy(`${words[0]} ${words[words.length - 1]}`))];
    return others.some((other) => other !== key && this.isPerson(other) && !sameMiddleNames(middles, other.split(' ').slice(1, -1))) ? undefined : best;
  }

  private outranks(name: string, other: string): boolean {
    const articles = this.names.articleCount(name) - this.names.articleCount(other);
    if (articles !== 0) return articles > 0;
    const mentions = (this.names.evidence(name)?.mentions ?? 0) - (this.names.evidence(other)?.mentions ?? 0);
    return mentions !== 0 ? mentions > 0 : compareCodeUnits(name, other) < 0;
  }

  // "james c. kopp" and "james charles kopp" are one person when the corpus spells out no other middle
  // name with that initial: the initial's name goes with the spelled-out one, if as common; else the other way.
  private sameMiddleName(key: string, words: string[]): string | undefined {
    const framed: string[] = [];
    // Many names between one first and last name ("john … smith") tell no one person apart: each key reads
    // a bounded list, so that resolving them all stays linear in the corpus.
    for (const other of this.names.framedBy(`${words[0]} ${words[2]}`)) if (framed.push(other) > framedLimit) return undefined;
    const matching = (middle: string) => framed.filter((other) => other !== key && this.isPerson(other) && isMiddleOf(middle, other.split(' ')));
    const initial = isInitial(words[1]);
    const [other, another] = matching(words[1]);
    if (!other || another) return undefined;
    // The spelled-out name goes with the initial only when it is the only one the initial could be.
    if (!initial && matching(other.split(' ')[1]).length !== 1) return undefined;
    return initial || this.names.articleCount(other) > this.names.articleCount(key) ? other : undefined;
  }

  private isPerson(key: string): boolean {
    if (!this.names.evidence(key)) return false;
    const { primary, secondary } = this.decision(key);
    return primary === 'PER' || secondary === 'PER';
  }
}

/**
 * A person's names that other rules than short forms join to it: the same first name and surname with
 * middle names between ("james c kopp" for "james charles kopp"), and another form of the given name
 * ("joseph r biden" for "joe biden"); a bounded list, for the keys an entity's mentions are under.
 */
export function personTwins(key: string, names: NameTable): string[] {
  const words = key.split(' ');
  if (words.length < 2) return [];
  return [...bounded(names.framedBy(`${words[0]} ${words[words.length - 1]}`)), ...nicknameTwins(words, names)];
}

/** The names that begin with another form of the name's given name and end with its surname ("joe biden", "joseph r biden"), a bounded list. */
function nicknameTwins(words: readonly string[], names: NameTable, limit = framedLimit): string[] {
  const twins: string[] = [];
  const surname = words[words.length - 1];
  for (const variant of givenNameVariants(words[0])) {
    const frame = `${variant} ${surname}`;
    twins.push(frame);
    twins.push(...bounded(names.framedBy(frame), limit));
  }
  return twins;
}

// Many names between one first and last name ("john … smith") tell no one person apart: each reads a bounded list.
function bounded(names: Iterable<string>, limit = framedLimit): string[] {
  const list: string[] = [];
  for (const name of names) if (list.push(name) >= limit) break;
  return list;
}

// No middle name on one side, or the same ones, an initial standing for a name ("r" for "robert").
function sameMiddleNames(middles: readonly string[], others: readonly string[]): boolean {
  if (middles.length === 0 || others.length === 0) return true;
  if (middles.length !== others.length) return false;
  return middles.every((middle, at) => middle === others[at] || (isInitial(middle) !== isInitial(others[at]) && middle[0] === others[at][0]));
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word);
}

// One of the two middle names is an initial of the other ("c." of "charles"), in a name of three words.
function isMiddleOf(middle: string, other: string[]): boolean {
  if (other.length !== 3) return false;
  const [initial, spelled] = isInitial(middle) ? [middle, other[1]] : [other[1], middle];
  return isInitial(initial) && !isInitial(spelled) && spelled.length > 1 && spelled[0] === initial[0];
}

// "Donald Trump Jr." is not what "Donald Trump" stands for: a generation suffix makes another person.
function namesAnotherGeneration(owner: string, shortForm: string): boolean {
  const suffix = owner.slice(owner.lastIndexOf(' ') + 1);
  return generationSuffixes.has(suffix) && !shortForm.endsWith(` ${suffix}`) && shortForm !== suffix;
}

function afterJoiner(owner: string, key: string): boolean {
  const at = ` ${owner} `.indexOf(` ${key} `);
  return at > 0 && isModifierJoiner(owner.slice(0, at).trim().split(' ').pop() ?? '');
}

// "Muhammad Ali-Joe Frazier" (a fight) holds two people's names: after "Ali" comes another person's first
// name and more, so neither "Muhammad Ali" nor "Ali" is a short form of it.
function namesAnotherPersonAfter(owner: string, key: string): boolean {
  const at = ` ${owner} `.indexOf(` ${key} `);
  if (at < 0) return false;
  const rest = owner.slice(at + key.length + 1).split(' ');
  return rest.length >= 2 && isFirstName(rest[0]);
}
