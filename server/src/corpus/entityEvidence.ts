// What the corpus says about one article-level name (a key): how its mentions were typed, where they
// stood, how they were spelled. An entity is a name and a type, and the type is decided here from all
// the name's mentions with their evidence:
// - a mention in an article's body counts more than one in a headline or a line of capitals;
// - a title or honorific before the name ("Mr.", "la ministra") says person, and says it loudly; a
//   dateline's first name ("LONDON 1996-08-30") says place as loudly;
// - a country is a place as a reader means it, also when the sentence makes it act ("Rusia y
//   Bielorrusia se acercaron"); a region or a town may also name its team ("Florida", "el Barcelona");
// - a name keeps two types only when the evidence is strong on both sides and the name is one a
//   reader knows to be ambiguous: a town and its club, or a single word that is a place and a
//   surname ("Washington"). Any other mention follows the name's one type.
import type { EntityMention, EntityType } from '../analysis/types';

export const entityTypes: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
const typeIndex: Record<EntityType, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
/** Among types with as many votes, the first in this order wins; a country's name is its place first. */
const tieOrder = [0, 1, 2, 3];
const countryTieOrder = [typeIndex.LOC, typeIndex.PER, typeIndex.ORG, typeIndex.MISC];

const weakWeight = 0.3;
const titleWeight = 2;
const datelineWeight = 2;
/** The second type of a name needs this many votes, and this share of the first's. */
const secondTypeVotes = 4;
const secondTypeShare = 0.5;
const townSecondMentions = 3;
const townSecondShare = 0.4;
/** How many mentions of a town read as a body in prose, with no result or club's article anywhere, make it no team. */
const unscoredTeamMentions = 10;
/** A town read as a body with never a team's evidence is the place when read as a place this share of its body readings, at least. */
export const townPlaceShare = 0.5;
/** …and read after a preposition of place this many times at least: once may be a company's seat ("a Santa Bárbara"). */
const townPlaceSitings = 2;

/** The mention counts one article-level name gathers across the corpus. */
export class KeyEvidence {
  /** Mentions per entity type, in article bodies and in headlines or lines of capitals. */
  readonly body = [0, 0, 0, 0];
  readonly weak = [0, 0, 0, 0];
  titled = 0;
  /** Mentions opening a dateline: places beyond doubt. */
  dateline = 0;
  /** Mentions tagged a place after a preposition of place, and a team before its score. */
  sited = 0;
  scored = 0;
  /** Full-name mentions that are a known country or continent, or a known region or town. */
  country = 0;
  town = 0;
  /** Mentions naming a family or a couple ("los Reyes"). */
  family = 0;
  /** Full-name mentions (the mention is the name itself, not a short form of it). */
  fullNames = 0;
  /** Words of the name. */
  readonly words: number;

  constructor(readonly key: string) {
    let spaces = 0;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) spaces++;
    this.words = spaces + 1;
  }

  copy(): KeyEvidence {
    const copy = new KeyEvidence(this.key);
    copy.body.splice(0, 4, ...this.body);
    copy.weak.splice(0, 4, ...this.weak);
    Object.assign(copy, {
      titled: this.titled,
      dateline: this.dateline,
      sited: this.sited,
      scored: this.scored,
      country: this.country,
      town: this.town,
      family: this.family,
      fullNames: this.fullNames,
    });
    return copy;
  }

  add(mention: EntityMention, isFullName: boolean, sign: 1 | -1): void {
    const type = typeIndex[mention.type];
    if (mention.weak) this.weak[type] += sign;
    else this.body[type] += sign;
    if (mention.titled) this.titled += sign;
    if (mention.dateline) this.dateline += sign;
    if (mention.sited) this.sited += sign;
    if (mention.scored) this.scored += sign;
    if (mention.family) this.family += sign;
    if (!isFullName) return;
    this.fullNames += sign;
    if (mention.placeKind === 'country') this.country += sign;
    else if (mention.placeKind === 'town') this.town += sign;
  }

  get isEmpty(): boolean {
    return this.mentions === 0;
  }

  /** Most of the name's full mentions are a known town's (or region's) whole name. */
  get isTown(): boolean {
    return this.town > 0 && 2 * this.town >= this.fullNames;
  }

  /** The name's mentions tagged a person's. */
  get personMentions(): number {
    return this.body[typeIndex.PER] + this.weak[typeIndex.PER];
  }

  /** The name's mentions, of every type, in bodies and headlines. */
  get mentions(): number {
    let count = 0;
    for (let type = 0; type < 4; type++) count += this.body[type] + this.weak[type];
    return count;
  }
}

export interface TypeDecision {
  primary: EntityType;
  /** A second type the name keeps for the mentions tagged with it, when both sides are strong. */
  secondary: EntityType | null;
  /** The name is a country's: its organisation and other mentions mean the place. */
  isCountry: boolean;
}

export function decideTypes(evidence: KeyEvidence): TypeDecision {
  const { body, weak } = evidence;
  const votes = [body[0] + weakWeight * weak[0], body[1] + weakWeight * weak[1], body[2] + weakWeight * weak[2], body[3] + weakWeight * weak[3]];
  votes[typeIndex.PER] += titleWeight * evidence.titled;
  votes[typeIndex.LOC] += datelineWeight * evidence.dateline;
  const isCountry = evidence.country > 0 && 2 * evidence.country >= evidence.fullNames;
  if (isCountry) {
    votes[typeIndex.LOC] += votes[typeIndex.ORG] + votes[typeIndex.MISC];
    votes[typeIndex.ORG] = 0;
    votes[typeIndex.MISC] = 0;
  }
  // A country's name is its place first: as many votes for a person leave it the place ("en Túnez").
  const first = mostVoted(votes, isCountry ? countryTieOrder : tieOrder, -1);
  const second = mostVoted(votes, isCountry ? countryTieOrder : tieOrder, first);
  const primary = entityTypes[first];
  const { isTown } = evidence;
  // Another name (a nationality, an event) is one thing: "Hispanics" tagged a person is the tagger's slip.
  // A single word may be a person's surname and a place or an organisation ("Washington", "Bloomberg");
  // a company's or a website's name is not a place too ("Facebook", "Gallup").
  const surnameToo = evidence.words === 1 && (primary === 'PER' || entityTypes[second] === 'PER');
  const mayBeTwo = (isTown || isCountry || surnameToo) && primary !== 'MISC' && entityTypes[second] !== 'MISC';
  // A town's team is named mostly in results and tables, lines of capitals and weak evidence of
  // spans; yet there both readings are real, so a town counts its mentions whatever their lines.
  const secondMentions = body[second] + weak[second];
  const townStrong = isTown && secondMentions >= townSecondMentions && secondMentions >= townSecondShare * (body[first] + weak[first]);
  // A town read as a body more often than as a place, with never a team's evidence (below) but read as a place
  // after a preposition ("the streets of Nice" and "a former mayor of Nice" beside "in Nice"), is the place; a
  // company named like a town and never read as a place ("Toyota", "Nokia") stays the company.
  if (
    isTown &&
    !isCountry &&
    primary === 'ORG' &&
    entityTypes[second] === 'LOC' &&
    evidence.scored === 0 &&
    evidence.sited >= townPlaceSitings &&
    votes[second] >= townPlaceShare * votes[first]
  )
    return { primary: 'LOC', secondary: null, isCountry };
  // A town's team shows in results and tables, or after a club's article ("el Zaragoza"): a town read as a
  // body again and again in prose with never one ("went to Cleveland to secure the nomination", "Cleveland
  // sets strict rules") is the place as a reader means it. A few such mentions may be a club's ("Milan").
  const teamUnseen =
    isTown &&
    primary === 'LOC' &&
    entityTypes[second] === 'ORG' &&
    evidence.scored === 0 &&
    weak[second] < townSecondMentions &&
    body[second] >= unscoredTeamMentions;
  const strong = !teamUnseen && (townStrong || (votes[second] >= secondTypeVotes && votes[second] >= secondTypeShare * votes[first]));
  // A dateline's town is a place beyond doubt, whatever its team makes the name elsewhere ("WIGAN, England"),
  // and so is a town the sentence puts a place ("At Portsmouth:"); a town before its score is its team.
  // A person's name that is also some town's ("Obama") needs more than a mention after "in" to be a place too.
  if ((evidence.dateline > 0 || (isTown && evidence.sited > 0 && primary !== 'PER')) && primary !== 'LOC') return { primary, secondary: 'LOC', isCountry };
  if (isTown && !isCountry && evidence.scored > 0 && primary !== 'ORG') return { primary, secondary: 'ORG', isCountry };
  // A family is people beyond doubt, whatever else bears its name ("los Lima" beside the city).
  if (evidence.family > 0 && primary !== 'PER') return { primary, secondary: 'PER', isCountry };
  return { primary, secondary: mayBeTwo && strong ? entityTypes[second] : null, isCountry };
}

// The type with the most votes but `except`, the earliest in the tie order among equals.
function mostVoted(votes: readonly number[], order: readonly number[], except: number): number {
  let best = -1;
  for (const type of order) if (type !== except && (best < 0 || votes[type] > votes[best])) best = type;
  return best;
}

/** The type a mention of the name takes: its own when the name keeps it, else the name's. */
export function mentionType(decision: TypeDecision, mention: EntityMention): EntityType {
  const own = decision.isCountry && (mention.type === 'ORG' || mention.type === 'MISC') ? 'LOC' : mention.type;
  return own === decision.secondary ? own : decision.primary;
}
