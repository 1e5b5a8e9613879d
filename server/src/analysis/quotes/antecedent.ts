// The entity a speaker stands for, and what kind of reference the speaker is: a name in the
// speaker's words; for "he", "who", "el dirigente de los armadores", "the senator" (or a verb with
// no subject) the person the text last named as a subject; for "the campaign", "el diario" the
// organisation named before; for "the report", "the email", "one", "a senior official" nobody
// unless the words name someone ("a letter from the American Legion").
import type { EntityMention, Span, SpeakerKind, Token } from '../types';
import { pronounGender, type SpeechLexicon } from './lexicon';
import { withoutContraction } from './contextWords';
import { SubjectPositions } from './subjectPositions';
import { trimEnd } from './paragraphs';
import { firstSpanEndingAfter, spanIndexAtOrAfter } from '../spanSearch';
import { hasLetterOrDigit, isLetterOrDigit, isSpace, lettersStartBefore, lowerCase, startsLowerCase, startsUpperCase } from '../characters';

/** How far back (in characters) a pronoun or description may find its antecedent. */
const antecedentReach = 1500;
/** How close (in characters) to a person an organisation must be named for a description to stand for the person. */
const nearReach = 100;
/** How far back (in characters) a description may find the name the article wrote it beside. */
const descriptionReach = 3000;
/** How many words a speaker that is a surname the tagger missed may have, its title's included ("Mr. Prince"). */
const maximumSurnameWords = 3;
/** How many characters may stand between a name and the description in apposition after it (", the "). */
const appositionGap = 8;

export interface PreviousSpeaker {
  mention: EntityMention;
  end: number;
}

/** The quotation just before, with a speaker: where it ends and whom it was credited to (null when its
 * speaker is no mention the tagger found, "said Federico de Jesús" with the name missed). */
export interface LastQuote {
  end: number;
  mention: EntityMention | null;
}

/** How far after the last quotation a pronoun may still be its speaker's: the next sentence or two. */
const continuationReach = 250;

export interface ResolvedSpeaker {
  mention: EntityMention | null;
  kind: SpeakerKind;
}

type Gender = 'female' | 'male' | null;

export class SpeakerResolver {
  /** Mentions by start, quoted ones excluded: a name inside a quotation is rarely what "he" points to. */
  private readonly mentions: EntityMention[];
  /** Every mention by start, quoted ones too. */
  private readonly allMentions: EntityMention[];
  /** Where each of `mentions` stands as a subject. */
  private readonly positions: SubjectPositions;
  /** By index in `mentions`, read when first asked for: its gender. */
  private readonly genders: (Gender | undefined)[];
  /** The gender of a surname alone, from the article's full names that end with it (null when they disagree). */
  private surnames: Map<string, Gender> | null = null;
  /** The gender of each first name asked about: an article names the same people again and again. */
  private readonly firstNames = new Map<string, Gender>();
  /** The article in lower case, for descriptions to find where it named them (`loweredText`). */
  private lowered: string | null | undefined;

  /** `entitiesInOrder` sorted by start, as `quoted` is. */
  constructor(
    private readonly text: string,
    entitiesInOrder: EntityMention[],
    quoted: Span[],
    private readonly tokens: Token[],
    private readonly lexicon: SpeechLexicon,
  ) {
    this.allMentions = entitiesInOrder;
    this.mentions = withoutDatelineCredits(text, withoutQuoted(entitiesInOrder, quoted));
    this.positions = new SubjectPositions(tokens, this.mentions, lexicon);
    this.genders = new Array<Gender | undefined>(this.mentions.length);
  }

  /** The person a verb with no expressed subject stands for ("«…», añadió."; "Adding, “…”"). */
  implied(previous: PreviousSpeaker | null, position: number): EntityMention | null {
    return this.lastSubject(position, null) ?? this.recent(previous, position);
  }

  /** `quote`: the quoted words the speaker said, whose named people are not who "she" stands for. */
  resolve(speaker: Span, previous: PreviousSpeaker | null, quote: Span, last: LastQuote | null): ResolvedSpeaker {
    const words = withoutContraction(lowerCase(this.text.slice(speaker.start, speaker.end))).split(/\s+/u);
    const head = words[words.length - 1];
    const { personPronouns, relativePronouns, indefiniteSpeakers, indefiniteDeterminers, possessives, personNouns, organizationNouns } = this.lexicon;
    const noun = this.headNoun(words);
    const describesPerson = noun !== undefined && personNouns.has(noun) && !this.lexicon.pluralPersonNouns.has(noun);
    const group = noun !== undefined && this.lexicon.pluralPersonNouns.has(noun);
    const document = noun !== undefined && this.isDocumentNoun(noun);
    // "a Quinnipiac poll", "the Canadian government": what the name before the noun wrote or governs speaks for it.
    const owned = document || (noun !== undefined && organizationNouns.has(noun));
    const named = this.named(speaker, describesPerson, group, owned);
    if (words.length === 1 && relativePronouns.has(head)) return { mention: named ?? this.relativeAntecedent(speaker), kind: 'pronoun' };
    if (words.length <= 2 && this.lexicon.speechActPronouns.has(head)) return { mention: null, kind: 'pronoun' };
    if (words.length <= 2 && personPronouns.has(head)) return { mention: this.pronounAntecedent(head, speaker.start, previous, quote, last), kind: 'pronoun' };
    if (named) return { mention: named, kind: document ? 'document' : 'name' };
    // "her message", "su comunicado": the author is whom the possessive stands for, and so is the owner of
    // "her campaign", "his administration" (not the organisation named last: "the Senate").
    if (document && possessives.has(words[0])) return { mention: this.pronounAntecedent(words[0], speaker.start, previous, quote, last), kind: 'document' };
    if (noun !== undefined && organizationNouns.has(noun) && possessives.has(words[0]))
      return { mention: this.pronounAntecedent(words[0], speaker.start, previous, quote, last), kind: 'description' };
    // "one", "another", "a senior official", "un portavoz": someone the article does not name.
    if (indefiniteSpeakers.has(words[0]) || indefiniteDeterminers.has(words[0])) return { mention: null, kind: 'description' };
    // "Hayek confirmed …", "Mr. Prince said" (a title is no head when a name follows it): a surname the tagger did not find
    // names the person of the article whose name it ends.
    const surnamed = !document && noun !== head ? this.personBySurname(speaker) : null;
    if (surnamed) return { mention: surnamed, kind: 'name' };
    if (noun === undefined || document || this.holdsUntaggedName(speaker)) return { mention: null, kind: document ? 'document' : 'description' };
    // A group ("the officials", "los dirigentes", "los integrantes de la compañía") stands for no one person,
    // nor does someone a person's name qualifies ("the senior Cruz adviser" is not Cruz, named before).
    if (this.lexicon.pluralPersonNouns.has(noun) || this.lexicon.pluralDeterminers.has(words[0]) || this.holdsQualifyingName(speaker))
      return { mention: null, kind: 'description' };
    // "the newspaper", "el diario": the nearest outlet ("el diario Expansión", "The Wall Street Journal", "CNN"),
    // not the company or club it writes about ("Dresdner", "Barcelona").
    if (this.lexicon.mediaNouns.has(noun)) return { mention: this.nearestOutlet(speaker.start), kind: 'description' };
    if (organizationNouns.has(noun))
      return { mention: words.length === 1 ? this.nearestNamed(speaker.start, noun) : this.nearest(speaker.start, ['ORG']), kind: 'description' };
    // "a separate intelligence source … the source said": someone the article keeps unnamed.
    if (this.lexicon.anonymousNouns.has(noun)) return { mention: null, kind: 'description' };
    const described = this.describedPerson(speaker, words);
    if (described) return { mention: described, kind: 'description' };
    // "his wife", "Kopp's stepmother": a person's own is someone else than that person, whom the last subject most often is.
    if (pronounGender(this.lexicon, words[0]) !== null || this.possessedByPerson(speaker)) return { mention: null, kind: 'description' };
    return { mention: this.lastSubject(speaker.start, this.descriptionGender(words), this.complementNames(speaker)), kind: 'description' };
  }

  // "El líder nacionalista Xabier Arzalluz criticó … el líder nacionalista afirmó": a description of two
  // words or more that the article wrote right before a person's name, or after it in apposition
  // ("Arzalluz, líder nacionalista"), stands for that person, the last so described, not for whoever
  // was last named as a subject (Aznar).
  private describedPerson(speaker: Span, words: readonly string[]): EntityMention | null {
    const described = this.lexicon.determiners.has(words[0]) ? words.slice(1) : words;
    if (described.length < 2) return null;
    const phrase = described.join(' ');
    const lowered = this.loweredText();
    if (lowered === null) return null;
    const from = Math.max(0, speaker.start - descriptionReach);
    // Searched in the window alone (a slice shares the article's characters): a search of the whole text
    // before every description would cost the square of a long article.
    const window = lowered.slice(from, speaker.start);
    for (let at = window.lastIndexOf(phrase); at >= 0; at = at > 0 ? window.lastIndexOf(phrase, at - 1) : -1) {
      const start = from + at;
      const end = start + phrase.length;
      if ((start > 0 && isLetterOrDigit(this.text[start - 1])) || (end < this.text.length && isLetterOrDigit(this.text[end]))) continue;
      const person = this.namedBeside(start, end);
      if (person) return person;
    }
    return null;
  }

  /** The article in lower case, made once and only if asked for; null when lower case changes its length ("İ"), which would misplace offsets. */
  private loweredText(): string | null {
    if (this.lowered === undefined) {
      const lowered = lowerCase(this.text);
      this.lowered = lowered.length === this.text.length ? lowered : null;
    }
    return this.lowered;
  }

  /** The person named right after text[start, end) ("líder nacionalista Xabier Arzalluz"), or before it in apposition ("Arzalluz, el líder nacionalista,"). */
  private namedBeside(start: number, end: number): EntityMention | null {
    const next = this.mentions[firstSpanEndingAfter(this.mentions, end)];
    const between = next ? this.text.slice(end, next.start) : '';
    // After a comma the name is an apposition, which closes ("el presidente de la CAC, Serafín Abilio Martínez."),
    // not the first of a list ("añade el fiscal, E. I. C. y M. W. W. actuaron").
    if (next?.type === 'PER' && /^[\s,]*$/u.test(between) && (!between.includes(',') || closesApposition(this.text, next.end))) return next;
    const previous = this.mentions[this.lastBefore(start)];
    // ", el " or ", la " at the most between them: a longer gap is read no further.
    if (previous?.type !== 'PER' || previous.end > start || start - previous.end > appositionGap) return null;
    // The apposition closes after the description: "con su colega ruso, Igor Ivanov, el canciller cubano exigió" is no apposition.
    const gap = this.text.slice(previous.end, start).trim().split(/\s+/u);
    if (gap[0] !== ',' || !closesApposition(this.text, end)) return null;
    return gap.length === 1 || (gap.length === 2 && this.lexicon.determiners.has(lowerCase(gap[1]))) ? previous : null;
  }

  // A noun phrase's head is its last noun before any complement: "the Senate minority leader" is a
  // leader, "el dirigente de los armadores" a dirigente, "the campaign of Ted Cruz" a campaign.
  private headNoun(words: readonly string[]): string | undefined {
    const { personNouns, organizationNouns, prepositions } = this.lexicon;
    let head: string | undefined;
    for (const word of words) {
      if (head !== undefined && prepositions.has(word)) break;
      if (personNouns.has(word) || organizationNouns.has(word) || this.isDocumentNoun(word)) head = word;
    }
    return head;
  }

  // What someone said ("Trump’s claim", "his remark") speaks for its author as a document does.
  private isDocumentNoun(word: string): boolean {
    return this.lexicon.documentNouns.has(word) || this.lexicon.reportNouns.has(word);
  }

  // The speaker's own name: a person, else an organisation. The head is the last one ("Spokeswoman
  // Haley Morris"), or the first around an apposition ("Jeff Weaver, Sanders’ campaign manager").
  // The possessor of a person is not the speaker ("Sanders’ campaign manager"), though the possessor
  // of a campaign or a document is ("Kasich’s campaign", "Bush's Facebook post"); for a person's
  // description the organisation it works for is not ("la responsable de Pesca"), and a name the
  // tagger missed stands for no mention ("Famed fight doctor Ferdie Pacheco").
  private named(speaker: Span, describesPerson: boolean, group: boolean, owned: boolean): EntityMention | null {
    const inside: EntityMention[] = [];
    // "la Sección Cuarta, a la que ha tenido acceso Efe": a name in a relative clause is not the phrase's.
    const end = this.relativeClauseStart(speaker) ?? speaker.end;
    for (let i = firstSpanEndingAfter(this.mentions, speaker.start); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const mention = this.mentions[i];
      if (!this.ownsPerson(mention, speaker) && !this.namesAGroup(mention) && !this.servedByRole(mention)) inside.push(mention);
    }
    const people = inside.filter((mention) => mention.type === 'PER');
    const organisations = inside.filter((mention) => mention.type === 'ORG');
    // A person's description holds the person's name right after a title ("Sen. Rand Paul", "Chairman
    // Reince Priebus", whatever the tagger calls it), not an organisation in a complement ("de Pesca").
    if (people.length === 0 && describesPerson) return inside.find((mention) => this.afterTitle(mention)) ?? null;
    // The tagger calls some people MISC or LOC ("Mr. Trump"): a speaker that is a name alone is that name,
    // but not one modifying a noun after it ("a Cuban country music band", "one Rotterdam trader"), unless
    // that noun is the name's document or body.
    const heads = owned ? inside : inside.filter((mention) => !this.modifiesNoun(mention, speaker));
    const candidates = people.length > 0 ? people : organisations.length > 0 ? organisations : group ? [] : heads;
    // "Jonathan S. Gelles of Wertheim Schroder" (a firm the tagger calls a person): the name before its complement.
    const complemented = candidates.length > 1 && this.lexicon.prepositions.has(this.wordAfter(candidates[0].end));
    const phrase = this.text.slice(speaker.start, speaker.end);
    if (!phrase.includes(',')) return (complemented ? candidates[0] : candidates.at(-1)) ?? null;
    // "Elena Marín, secretaria general de Pesca", "another delegate on the Cruz slate, Jim Poolman": the name
    // that is a whole part of the apposition, not one inside the description ("the Cruz slate").
    return candidates.find((mention) => this.standsAlone(mention, speaker)) ?? candidates[0] ?? null;
  }

  /** A place or other name before a word in lower case within the speaker's phrase, which it modifies ("one Rotterdam trader"), or owns. */
  private modifiesNoun(mention: EntityMention, speaker: Span): boolean {
    // Spanish names the place after the noun ("el especialista de Málaga"); a word after a name qualifies it ("la Soberana danesa").
    if (mention.type === 'PER' || mention.type === 'ORG' || this.lexicon.adjectivesFollowNouns) return false;
    let at = this.tokenIndexAt(mention.end);
    // "Argentina's top Roman Catholic cleric": a possessive too.
    if (/^['’]s?$/u.test(this.tokens[at]?.text ?? '')) at++;
    const next = this.tokens[at];
    return next !== undefined && next.end <= speaker.end && startsLowerCase(next.text);
  }

  /** Where a relative clause after a comma starts in the speaker's phrase (", a la que", ", who"), if one does. */
  private relativeClauseStart(speaker: Span): number | undefined {
    const last = spanIndexAtOrAfter(this.tokens, speaker.end);
    for (let at = spanIndexAtOrAfter(this.tokens, speaker.start); at < last; at++) {
      if (this.tokens[at].text !== ',') continue;
      // Up to two words (a preposition and an article) before the pronoun.
      for (let word = at + 1; word < Math.min(last, at + 4); word++) {
        if (this.lexicon.relativePronouns.has(lowerCase(this.tokens[word].text))) return this.tokens[at].start;
      }
    }
    return undefined;
  }

  /** Only spaces and the span's edge or a comma on either side of the mention, within the speaker's span. */
  private standsAlone(mention: EntityMention, speaker: Span): boolean {
    const before = this.text.slice(speaker.start, mention.start).trimEnd();
    const after = this.text.slice(mention.end, speaker.end).trimStart();
    return (before === '' || before.endsWith(',')) && (after === '' || after.startsWith(','));
  }

  private wordAfter(offset: number): string {
    const next = this.tokens[this.tokenIndexAt(offset)];
    return next ? lowerCase(next.text) : '';
  }

  // "Sanders supporters", "Clinton’s aides", "the senior Cruz adviser", "a 2008 Clinton veteran": a
  // person's name before people written in lower case says whose they are; they speak, not the person
  // (whose name may end the speaker's phrase: "A mix of Sanders").
  private namesAGroup(mention: EntityMention): boolean {
    if (mention.type !== 'PER') return false;
    const next = /^(?:['’]s?)?\s+([\p{L}-]+)/u.exec(this.text.slice(mention.end, mention.end + 40));
    if (next === null) return false;
    const word = next[1].toLowerCase();
    return this.lexicon.pluralPersonNouns.has(word) || (word === next[1] && this.lexicon.personNouns.has(word));
  }

  private holdsQualifyingName(speaker: Span): boolean {
    for (let i = firstSpanEndingAfter(this.mentions, speaker.start); i < this.mentions.length && this.mentions[i].start < speaker.end; i++)
      if (this.namesAGroup(this.mentions[i]) || this.servedByRole(this.mentions[i])) return true;
    return false;
  }

  // "a spokesman for Bernie Sanders", "el abogado de Aznar", "supporters of Sanders": the person a role
  // serves, named right after it, is not who speaks.
  private servedByRole(mention: EntityMention): boolean {
    if (mention.type !== 'PER') return false;
    const before = twoWordsBefore(this.text, mention.start, 40);
    if (!before) return false;
    const [noun, preposition] = [lowerCase(before[0]), lowerCase(before[1])];
    const { prepositions, personNouns, pluralPersonNouns } = this.lexicon;
    return prepositions.has(preposition) && (personNouns.has(noun) || pluralPersonNouns.has(noun));
  }

  /** The person named last before a speaker of capitalised words no mention covers ("Hayek", "Mr. Prince") whose name ends
   * with the speaker's last word ("Salma Hayek"), within a description's reach. */
  private personBySurname(speaker: Span): EntityMention | null {
    const overlapping = this.allMentions[firstSpanEndingAfter(this.allMentions, speaker.start)];
    if (overlapping && overlapping.start < speaker.end) return null;
    const words = this.text.slice(speaker.start, speaker.end).split(/\s+/u);
    if (words.length > maximumSurnameWords || !words.every(startsUpperCase)) return null;
    const surname = words[words.length - 1];
    if (!/^\p{Lu}\p{Ll}+$/u.test(surname)) return null;
    for (let i = this.lastBefore(speaker.start); i >= 0 && speaker.start - this.mentions[i].end <= descriptionReach; i--) {
      const mention = this.mentions[i];
      if (mention.type === 'PER' && mention.text !== surname && mention.text.endsWith(` ${surname}`)) return mention;
    }
    return null;
  }

  // "CBC Chairman G.K. Butterfield": capitalised words no mention covers, after the first word.
  private holdsUntaggedName(speaker: Span): boolean {
    const pattern = /\p{Lu}[\p{L}.'’-]*/gu;
    const words = this.text.slice(speaker.start, speaker.end);
    for (let match = pattern.exec(words); match; match = pattern.exec(words)) {
      const at = speaker.start + match.index;
      if (match.index === 0 || this.lexicon.personNouns.has(match[0].toLowerCase())) continue;
      const mention = this.mentions[this.lastBefore(at + 1)];
      if (!mention || mention.end <= at) return true;
    }
    return false;
  }

  // "Sen. Rand Paul", "Mr. Trump", "Party Chairman Reince Priebus" (the title just before the mention
  // or inside it, before its last word).
  private afterTitle(mention: EntityMention): boolean {
    const first = this.tokenIndexAt(mention.start);
    const { personNouns } = this.lexicon;
    if (first > 0 && personNouns.has(lowerCase(this.tokens[first - 1].text))) return true;
    // A name that is a person noun itself ("the Republican said").
    if (first < this.tokens.length && personNouns.has(lowerCase(this.tokens[first].text))) return true;
    for (let at = first; at < this.tokens.length && this.tokens[at].end < mention.end; at++) if (personNouns.has(lowerCase(this.tokens[at].text))) return true;
    return false;
  }

  /** A person's name in the speaker's phrase owns the person it describes ("Kopp's stepmother"). */
  private possessedByPerson(speaker: Span): boolean {
    for (let i = firstSpanEndingAfter(this.mentions, speaker.start); i < this.mentions.length && this.mentions[i].start < speaker.end; i++) {
      const mention = this.mentions[i];
      if (mention.type === 'PER' && this.ownsPerson(mention, speaker)) return true;
    }
    return false;
  }

  /** The mention is a possessive before a person noun in the speaker's phrase ("Trump's campaign manager"). */
  private ownsPerson(mention: EntityMention, speaker: Span): boolean {
    return mention.end < speaker.end && /^['’]/u.test(this.text.slice(mention.end, mention.end + 1)) && this.possessesPerson(mention.end, speaker.end);
  }

  // "Trump's campaign manager": a person noun follows the possessive before the speaker's end.
  private possessesPerson(from: number, to: number): boolean {
    return this.text
      .slice(from, to)
      .toLowerCase()
      .split(/[^\p{L}.-]+/u)
      .some((word) => this.lexicon.personNouns.has(word));
  }

  private pronounAntecedent(pronoun: string, position: number, previous: PreviousSpeaker | null, quote: Span, last: LastQuote | null): EntityMention | null {
    const gender = pronounGender(this.lexicon, pronoun);
    // "“What I love about Hillary is her facts,” she said": who is talked about in the third person is not
    // who talks. "she said" never stands for a man: the nearest person is taken only if of that gender or unknown.
    const named = this.personWordsInside(quote);
    if (!gender) return this.recent(previous, position) ?? this.nearest(position, ['PER', 'ORG']);
    const subject = this.lastSubject(position, gender, [], named);
    // "“…,” said Federico de Jesús. “…,” he added.": right after a quotation, with no person named as a
    // subject since, "he added" goes on with its speaker if of that gender, or with no one the article names.
    if (
      last &&
      position - last.end <= continuationReach &&
      (!subject || subject.start < last.end) &&
      this.mayBe(last.mention, gender) &&
      this.continues(position)
    )
      return last.mention;
    return subject ?? this.nearest(position, ['PER'], gender, named);
  }

  /** The word after the pronoun at `position` is a verb going on with the last speaker ("he added"). */
  private continues(position: number): boolean {
    const next = this.tokens[this.tokenIndexAt(position) + 1];
    return next !== undefined && this.lexicon.continuationVerbs.has(lowerCase(next.text));
  }

  /** The mention, if any, may be of the gender asked. */
  private mayBe(mention: EntityMention | null, gender: Gender): boolean {
    if (!mention) return true;
    if (mention.type !== 'PER') return false;
    const known = this.readGender(mention);
    return known === null || known === gender;
  }

  // "Donald Trump Jr., who suggested": the mention just before the relative pronoun.
  private relativeAntecedent(relative: Span): EntityMention | null {
    const before = this.lastBefore(relative.start);
    const mention = this.mentions[before];
    if (mention && /^[\s,]*$/u.test(this.text.slice(mention.end, relative.start))) return mention;
    return this.nearest(relative.start, ['PER', 'ORG']);
  }

  private recent(previous: PreviousSpeaker | null, position: number): EntityMention | null {
    return previous && position - previous.end <= antecedentReach ? previous.mention : null;
  }

  // The last person named as a subject before `position` ("Carlos Marín —sin parentesco con la
  // secretaria general, Elena Marín Ortega— lleva…": Carlos Marín), of the gender asked if known.
  // A description naming an organisation ("la responsable de Pesca") stands only for a person named
  // near that organisation ("La secretaria general de Pesca, Elena Marín Ortega"), so "el ministro de
  // Economía" is not the president named before.
  private lastSubject(position: number, gender: Gender, near: string[] = [], named: Set<string> | null = null): EntityMention | null {
    return this.lastWithinReach(
      position,
      (mention, i) =>
        mention.type === 'PER' &&
        this.compatible(i, gender) &&
        !sharesWord(mention, named) &&
        this.positions.isSubject(i) &&
        near.every((name) => this.namedNear(mention, name)),
    );
  }

  /** The last mention before `position`, within an antecedent's reach, that `accept` takes. */
  private lastWithinReach(position: number, accept: (mention: EntityMention, index: number) => boolean): EntityMention | null {
    for (let i = this.lastBefore(position); i >= 0; i--) {
      const mention = this.mentions[i];
      if (position - mention.end > antecedentReach) return null;
      if (accept(mention, i)) return mention;
    }
    return null;
  }

  /** The names of the organisations and places a description's complement holds ("de Pesca"). */
  private complementNames(speaker: Span): string[] {
    const names: string[] = [];
    for (let i = firstSpanEndingAfter(this.mentions, speaker.start); i < this.mentions.length && this.mentions[i].start < speaker.end; i++) {
      if (this.mentions[i].type !== 'PER') names.push(this.mentions[i].text);
    }
    return names;
  }

  private namedNear(mention: EntityMention, name: string): boolean {
    return this.text.slice(Math.max(0, mention.start - nearReach), mention.end + nearReach).includes(name);
  }

  /** The mention at `index` may be of the gender asked (not known to be of the other). */
  private compatible(index: number, gender: Gender): boolean {
    if (!gender) return true;
    let known = this.genders[index];
    if (known === undefined) {
      known = this.readGender(this.mentions[index]);
      this.genders[index] = known;
    }
    return known === null || known === gender;
  }

  // A title or article before the name ("Mrs.", "Sr.", "la ministra Marín"), else the first of two or
  // more names if the resource lists it ("Elena Marín"; a surname alone says nothing).
  private readGender(mention: EntityMention): Gender {
    const first = this.tokenIndexAt(mention.start);
    const title = first >= 1 ? lowerCase(this.tokens[first - 1].text) : '';
    // "la ministra Marín": the article before a title.
    const article = first >= 2 && this.lexicon.personNouns.has(title) ? lowerCase(this.tokens[first - 2].text) : '';
    for (const word of [title, article]) {
      if (this.lexicon.femaleWords.has(word)) return 'female';
      if (this.lexicon.maleWords.has(word)) return 'male';
    }
    const space = firstSpace(mention.text);
    return space >= 0 ? this.firstNameGender(mention.text.slice(0, space)) : (this.surnameGenders().get(lowerCase(mention.text)) ?? null);
  }

  private firstNameGender(name: string): Gender {
    let gender = this.firstNames.get(name);
    if (gender === undefined) {
      // Most names are plain ASCII: the accents need taking off only from the others.
      const lower = name.toLowerCase();
      const word = /^[a-z]+$/u.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
      gender = this.lexicon.femaleWords.has(word) ? 'female' : this.lexicon.maleWords.has(word) ? 'male' : null;
      this.firstNames.set(name, gender);
    }
    return gender;
  }

  private surnameGenders(): Map<string, Gender> {
    if (!this.surnames) {
      this.surnames = new Map();
      for (const mention of this.mentions) {
        const space = mention.type === 'PER' ? firstSpace(mention.text) : -1;
        if (space < 0) continue;
        const surname = mention.text.slice(lastSpace(mention.text) + 1).toLowerCase();
        const gender = this.firstNameGender(mention.text.slice(0, space));
        this.surnames.set(surname, this.surnames.has(surname) && this.surnames.get(surname) !== gender ? null : gender);
      }
    }
    return this.surnames;
  }

  // "la responsable de Pesca", "el dirigente": Spanish marks a description's gender in its article.
  private descriptionGender(words: string[]): Gender {
    if (this.lexicon.femaleWords.has(words[0])) return 'female';
    if (this.lexicon.maleWords.has(words[0])) return 'male';
    return null;
  }

  private nearestOutlet(position: number): EntityMention | null {
    // A place is no outlet, whatever a headline before it says ("… - paper.⏎JERUSALEM 1996-08-25").
    return this.lastWithinReach(
      position,
      (mention) => mention.type !== 'PER' && mention.type !== 'LOC' && (this.introducedAsMedia(mention) || this.namesAnOutlet(mention)),
    );
  }

  // Outlets go by their initials ("CNN", "EFE") or by a name holding a word of the press ("Daily News").
  private namesAnOutlet(mention: EntityMention): boolean {
    if (/^\p{Lu}{2,5}$/u.test(mention.text)) return true;
    return lowerCase(mention.text)
      .split(/\s+/u)
      .some((word) => this.lexicon.mediaNameWords.has(word));
  }

  /** One of the three words before the mention, in its sentence, is an outlet's noun ("el diario Expansión", "the newspaper
   * El País"), or the word after it is ("The Yedioth Ahronoth daily"). */
  private introducedAsMedia(mention: EntityMention): boolean {
    const first = this.tokenIndexAt(mention.start);
    for (let at = first - 1; at >= 0 && at >= first - 3 && hasLetterOrDigit(this.tokens[at].text); at--)
      if (this.lexicon.mediaNouns.has(lowerCase(this.tokens[at].text))) return true;
    const next = this.tokens[this.tokenIndexAt(mention.end)];
    return next !== undefined && this.lexicon.mediaNouns.has(lowerCase(next.text));
  }

  private nearest(position: number, types: EntityMention['type'][], gender: Gender = null, named: Set<string> | null = null): EntityMention | null {
    return this.lastWithinReach(position, (mention, i) => types.includes(mention.type) && this.compatible(i, gender) && !sharesWord(mention, named));
  }

  // "Police say they have …": a bare noun is the police in general, not the organisation named last
  // ("the Minnesota Vikings"), unless that organisation is named by it ("the Charlotte Police Department").
  private nearestNamed(position: number, noun: string): EntityMention | null {
    const mention = this.nearest(position, ['ORG']);
    const words = mention ? lowerCase(mention.text).split(/[\s-]+/u) : [];
    return words.includes(noun) ? mention : null;
  }

  /** The words of the people named inside `quote`, or null when it names none. */
  private personWordsInside(quote: Span): Set<string> | null {
    let words: Set<string> | null = null;
    for (let i = spanIndexAtOrAfter(this.allMentions, quote.start); i < this.allMentions.length; i++) {
      const mention = this.allMentions[i];
      if (mention.end > quote.end) break;
      if (mention.type === 'PER') for (const word of mention.text.split(' ')) (words ??= new Set()).add(word);
    }
    return words;
  }

  private lastBefore(position: number): number {
    let low = 0;
    let high = this.mentions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.mentions[middle].start < position) low = middle + 1;
      else high = middle;
    }
    return low - 1;
  }

  private tokenIndexAt(offset: number): number {
    return spanIndexAtOrAfter(this.tokens, offset);
  }
}

// A name's first and last words without splitting it (as split(/\s+/u) would cut them): read for every mention of every article.
function firstSpace(text: string): number {
  for (let at = 0; at < text.length; at++) if (isSpace(text.charCodeAt(at))) return at;
  return -1;
}

function lastSpace(text: string): number {
  for (let at = text.length - 1; at >= 0; at--) if (isSpace(text.charCodeAt(at))) return at;
  return -1;
}

/** What /(\p{L}+)\s+(\p{L}+)\s+$/u finds in the `reach` characters before `end`, read back character by
 * character: the pattern, unanchored at its start, was tried at every position of the slice, for every
 * mention in a speaker's words, and showed in profiles. */
function twoWordsBefore(text: string, end: number, reach: number): [string, string] | null {
  const from = Math.max(0, end - reach);
  // Spaces read past the window's start leave no word before them, as the pattern on the slice finds none.
  const lastEnd = trimEnd(text, end);
  const lastStart = lettersStartBefore(text, lastEnd, from);
  const firstEnd = trimEnd(text, lastStart);
  const firstStart = lettersStartBefore(text, firstEnd, from);
  if (lastEnd === end || lastStart === lastEnd || firstEnd === lastStart || firstStart === firstEnd) return null;
  return [text.slice(firstStart, firstEnd), text.slice(lastStart, lastEnd)];
}

/** The mentions (sorted by start) that no quoted stretch (sorted, apart) holds. */
function withoutQuoted(mentions: EntityMention[], quoted: Span[]): EntityMention[] {
  const kept: EntityMention[] = [];
  let next = 0;
  for (const mention of mentions) {
    while (next < quoted.length && quoted[next].end <= mention.start) next++;
    const span = quoted[next];
    if (!span || !(span.start <= mention.start && mention.end <= span.end)) kept.push(mention);
  }
  return kept;
}

/** How far after a dateline's place its agency's bracket may open ("Sevilla, 23 may (EFE)", "DALLAS (AP)"). */
const datelineCreditReach = 30;

// "Sevilla, 23 may (EFE).": the agency the dateline credits wrote the article and says none of its quotations;
// as the organisation named nearest the top, it would otherwise stand for "la organización" or "el diario".
function withoutDatelineCredits(text: string, mentions: EntityMention[]): EntityMention[] {
  const dateline = mentions.findIndex((mention) => mention.dateline);
  if (dateline < 0) return mentions;
  const place = mentions[dateline];
  const credit = mentions[dateline + 1];
  if (!credit || credit.type !== 'ORG' || credit.start - place.end > datelineCreditReach) return mentions;
  if (!/\(\s*$/u.test(text.slice(place.end, credit.start)) || !/^\s*\)/u.test(text.slice(credit.end, credit.end + 3))) return mentions;
  return mentions.filter((mention) => mention !== credit);
}

function closesApposition(text: string, offset: number): boolean {
  return offset >= text.length || /^\s*[,.;)—–]/u.test(text.slice(offset, offset + 3));
}

function sharesWord(mention: EntityMention, words: Set<string> | null): boolean {
  return words !== null && mention.text.split(' ').some((word) => words.has(word));
}
