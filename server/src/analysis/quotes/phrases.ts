// The noun phrases a speech cue can name, read off the context's words (contextWords.ts) with the
// language's word lists and the entity mentions. A phrase is the range of items it covers.
import { isToken } from './context';
import type { SpeechLexicon } from './lexicon';
import { ContextWords, endsInflected, withoutContraction, type Range } from './contextWords';
import { startsUpperCase, startsLowerCase, isOneOf } from '../characters';

export type { Range } from './contextWords';

const maximumPhraseTokens = 8;
const maximumSkippedTokens = 5;
/** How far back an apposition may reach from its closing comma to its head ("Hillary Clinton, who served …, conceded"). */
const appositionReach = 30;

export class Phrases extends ContextWords {
  /**
   * Where the clause holding `self` starts: after the last "; but while pero mientras" before it, at
   * ", which", ", when" ("…, which he declared “a total disaster”"), and after an introduction ending
   * in a comma ("When Trump announced his candidacy, he referred to …").
   */
  clauseStart(from: number, self: number): number {
    for (let at = self - 1; at >= from; at--) {
      // "While he acknowledged …, Ham also noted": opening the sentence, a subordinator introduces it (below).
      if (this.lexicon.clauseBreaks.has(this.lower(at)) && !(at === from && this.lexicon.clauseOpeners.has(this.lower(at)))) return at + 1;
      if (this.lexicon.clauseOpeners.has(this.lower(at)) && this.text(at - 1) === ',') return at;
      // "… attacks in the U.S. He says": a sentence the splitter ran on past an abbreviation starts at its pronoun.
      if (this.startsSentenceAfterAbbreviation(at)) return at;
    }
    let start = from;
    for (let next = this.skipIntroduction(start, self); next > start; next = this.skipIntroduction(start, self)) start = next;
    return start;
  }

  /** A capitalised personal pronoun ("He", not "I") after a word ending in a period: "U.S. He", "p.m. She". */
  private startsSentenceAfterAbbreviation(at: number): boolean {
    const text = this.text(at);
    return text !== 'I' && startsUpperCase(text) && this.lexicon.personPronouns.has(this.lower(at)) && /\p{L}\.$/u.test(this.text(at - 1));
  }

  /** The phrase holds a name (of a person, organisation or a capitalised word the tagger missed) or is a personal pronoun. */
  namesSomeone(range: Range): boolean {
    for (let at = range.start; at < range.end; at++) {
      const mention = this.mentionAt(at);
      // A place is no one, though capitalised ("in Columbus, Ohio, said").
      if (mention ? mention.type !== 'LOC' : this.lexicon.personPronouns.has(this.lower(at)) || this.isPossibleName(at)) return true;
    }
    return false;
  }

  /**
   * The phrase can say something: it has a capital or a number ("State", "four in 10"), a pronoun
   * ("it"), a person, group, organisation, document or report noun, an indefinite speaker ("one"), or
   * is a determiner's phrase ("the crowd") — not stray lower-case words ("went", "always", "discuss
   * internal strategy").
   */
  canSpeak(range: Range): boolean {
    const { lexicon } = this;
    if (range.end - range.start >= 2 && lexicon.determiners.has(this.lower(range.start))) return true;
    if (this.holdsSpeakerNoun(range)) return true;
    for (let at = range.start; at < range.end; at++) {
      const word = this.lower(at);
      // A capital says name unless it opens a sentence on an adverb ("También puntualizó que …").
      if (
        (/^[\p{Lu}\p{N}]/u.test(this.text(at)) && !lexicon.sentenceWords.has(word)) ||
        lexicon.personPronouns.has(word) ||
        lexicon.impersonalPronouns.has(word)
      )
        return true;
      if (lexicon.femaleWords.has(word) || lexicon.maleWords.has(word) || lexicon.reportNouns.has(word) || lexicon.indefiniteSpeakers.has(word)) return true;
    }
    return false;
  }

  /** The phrase naming a speaker at `at`, a personal pronoun alone ("he", "She"). */
  subjectAt(at: number): Range | null {
    const lower = withoutContraction(this.lower(at));
    if (this.lexicon.personPronouns.has(lower) && !this.lexicon.determiners.has(lower)) return { start: at, end: at + 1 };
    return this.after(at, false);
  }

  private isPhraseWord(at: number): boolean {
    // A capitalised word of a name is the name's, whatever else it may be: "Will Doyle", "Al From".
    if (startsUpperCase(this.text(at)) && (this.mentionAt(at)?.type ?? 'LOC') !== 'LOC') return true;
    const lower = this.lower(at);
    if (this.lexicon.nounPhraseStops.has(lower) || this.lexicon.verbForms.has(lower)) return false;
    return !(this.isBoundary(at) || this.isAdverb(at) || (this.isAuxiliary(at) && !this.lexicon.determiners.has(lower)));
  }

  /** The phrase starting at `from`; with fillers, after time words and the like ("said Tuesday the minister"). */
  after(from: number, skipFillers: boolean): Range | null {
    let start = from;
    if (skipFillers) {
      // "dijo a los periodistas portugueses y españoles al término": the addressee is passed over.
      if (this.lexicon.addresseeMarkers.has(this.lower(start))) {
        start++;
        while (
          start < this.items.length &&
          start < from + maximumPhraseTokens &&
          this.isPhraseWord(start) &&
          !this.isTimeWord(start) &&
          !this.opensNewPhrase(start, from + 1)
        )
          start++;
      }
      for (let skipped = 0; skipped < maximumSkippedTokens && this.isFiller(start); skipped++) start++;
      // A skipped determiner belongs to the phrase: "dijo el presidente".
      while (start > from && this.lexicon.determiners.has(this.lower(start - 1)) && this.isPhraseWord(start)) start--;
      // "dijo … al término de la reunión": the object of a preposition is no subject.
      if (start > from && this.lexicon.prepositions.has(this.lower(start - 1)) && !this.lexicon.determiners.has(this.lower(start - 1))) return null;
    }
    let end = start;
    // A lower-case time word after the first ends the phrase: "dijo Marín este jueves", "said the minister on Tuesday".
    const endsPhrase = (at: number) => at > start && this.isTimeWord(at) && startsLowerCase(this.text(at));
    while (end < this.items.length && end - start < maximumPhraseTokens && this.isPhraseWord(end) && !endsPhrase(end)) end++;
    // "as X put it", "lo dijo": an object alone after the verb is no subject.
    if (skipFillers && end === start + 1 && this.lexicon.objectWords.has(this.lower(start))) return null;
    // "dijo el ministro de Exteriores, José Manuel Albares, en rueda de prensa": the name in apposition belongs to it.
    if (end > start && this.text(end) === ',' && startsUpperCase(this.text(end + 1))) {
      const name = this.nameEnd(end + 1);
      if (this.isBoundary(name)) end = name;
    }
    return this.trim(start, end);
  }

  // "explicó a EFE una portavoz de ADP": a determiner after a name ends the addressee and opens the subject.
  private opensNewPhrase(at: number, addresseeStart: number): boolean {
    return at > addresseeStart && this.lexicon.determiners.has(this.lower(at)) && this.mentionAt(at - 1) !== undefined;
  }

  /** The phrase ending at `last`, a parenthesis after it left out: "Sen. Ted Cruz (Tex.) said". */
  before(last: number): Range | null {
    if (this.text(last) === ')') {
      for (let at = last - 1; at > last - 8 && at >= 0; at--) if (this.text(at) === '(') return this.before(at - 1);
    }
    let start = last + 1;
    while (start > 0 && last + 1 - start < maximumPhraseTokens && this.isPhraseWord(start - 1)) start--;
    return this.trim(start, last + 1);
  }

  /**
   * "Haley Morris, a spokeswoman for the campaign, said", "Hillary Clinton, who served as secretary
   * of state when …, conceded": the head named before the apposition, with a short apposition (else
   * the head alone, else the apposition alone). The head is the phrase before the nearest comma that
   * names someone, so commas inside the apposition ("Agriculture, Fisheries and Food,") are passed.
   */
  beforeApposition(comma: number): Range | null {
    for (let at = comma - 1; at > comma - appositionReach && at > 0; at--) {
      if (this.isQuote(at) || this.endsClauseAt(at)) break;
      if (this.text(at) !== ',') continue;
      const head = this.before(at - 1);
      if (!head) continue;
      if (this.namesSomeone(head)) return comma - at <= 8 ? { start: head.start, end: comma } : head;
      // "The complaint, which was filed in federal court in Washington, alleged": a relative clause's head speaks.
      if (this.lexicon.relativePronouns.has(this.lower(at + 1)) && this.holdsSpeakerNoun(head)) return head;
      // "Su presidente, Carlos Marín, lo calificó": a description with the name in apposition.
      const apposition = this.trim(at + 1, comma);
      if (apposition && this.namesSomeone(apposition) && this.holdsPersonNoun(head)) return { start: head.start, end: comma };
    }
    // "En este sentido, precisó", "Ante este problema, dijo", "In Texas, said": a preposition's object
    // before the comma introduces the clause; it says nothing.
    const phrase = this.before(comma - 1);
    return phrase && this.followsPreposition(phrase.start) ? null : phrase;
  }

  /** The phrase is a known place's name after a comma and a known town's ("Columbia, South Carolina"; not "Jordan, Bush"). */
  isStateAfterTown(range: Range): boolean {
    const place = this.mentionAt(range.start);
    const town = this.mentionAt(range.start - 2);
    return (
      place?.type === 'LOC' &&
      place.placeKind !== undefined &&
      this.mentionAt(range.end - 1) === place &&
      this.text(range.start - 1) === ',' &&
      town?.type === 'LOC' &&
      town.placeKind === 'town'
    );
  }

  private followsPreposition(start: number): boolean {
    const previous = this.lower(start - 1);
    return start > 0 && this.lexicon.prepositions.has(previous) && !this.lexicon.determiners.has(previous);
  }

  /** A person, group, organisation or document noun in the phrase: "The complaint", "the lawmaker" (not "Dallas"). */
  private holdsSpeakerNoun(range: Range): boolean {
    const { personNouns, pluralPersonNouns, organizationNouns, documentNouns } = this.lexicon;
    for (let at = range.start; at < range.end; at++) {
      const word = this.lower(at);
      if (personNouns.has(word) || pluralPersonNouns.has(word) || organizationNouns.has(word) || documentNouns.has(word)) return true;
    }
    return false;
  }

  private holdsPersonNoun(range: Range): boolean {
    for (let at = range.start; at < range.end; at++) if (this.lexicon.personNouns.has(this.lower(at))) return true;
    return false;
  }

  /** "Donald Trump Jr., who suggested": the relative pronoun speaks (the resolver finds whom it stands for). */
  beforeRelative(relative: number): Range | null {
    return this.lexicon.relativePronouns.has(this.lower(relative)) ? { start: relative, end: relative + 1 } : null;
  }

  /**
   * The subject of the sentence part items[from, limit): its first personal pronoun, name (a person,
   * organisation or a capitalised word the tagger missed) or description ("the senator"); an
   * introduction ("In a Fox interview later that day,", "Yet", "Holding signs calling …,") and the
   * phrases after prepositions are passed over. Used for "…, saying", "X has a stance: “…”" and a
   * quotation without a cue.
   */
  subjectBefore(from: number, limit: number): Range | null {
    const { personPronouns, determiners, prepositions } = this.lexicon;
    // "Last month, when I asked him, he looked …": every introduction is passed over.
    let start = from;
    for (let next = this.skipIntroduction(start, limit); next > start; next = this.skipIntroduction(start, limit)) start = next;
    for (let at = start; at < limit; at++) {
      const lower = this.lower(at);
      if (personPronouns.has(lower) && !determiners.has(lower)) return { start: at, end: at + 1 };
      if (prepositions.has(lower)) {
        at = (this.after(at + 1, false)?.end ?? at + 1) - 1;
        continue;
      }
      const phrase = this.speakerPhraseAt(at);
      // A description before a comma is an apposition or an introduction ("Preceded by Joe Arpaio, the
      // Arizona sheriff, Trump launched"), not the subject.
      if (phrase && (this.text(phrase.end) !== ',' || this.namesSomeone(phrase))) return phrase;
      if (phrase) at = phrase.end;
    }
    return null;
  }

  /** The subject after the introduction opening at `from` (a participle's clause, up to its comma). */
  subjectAfterIntroduction(from: number, limit: number): Range | null {
    for (let at = from + 1; at < limit && at < from + appositionReach; at++) {
      if (isOneOf(this.text(at), '.!?;:')) return null;
      if (this.text(at) === ',') return this.subjectBefore(at + 1, limit);
    }
    return null;
  }

  /** A phrase that can speak starting at `at`: a name, or a description headed by a person or organisation noun. */
  speakerPhraseAt(at: number): Range | null {
    const { determiners, personNouns, organizationNouns, documentNouns } = this.lexicon;
    const lower = this.lower(at);
    const mention = this.mentionAt(at);
    if (mention && mention.type === 'LOC') return null;
    if (determiners.has(lower) || mention || this.isPossibleName(at)) {
      const phrase = determiners.has(lower)
        ? this.description(at)
        : mention && !(mention.type === 'MISC' && this.leadsToTitledName(at))
          ? this.trim(at, this.nameEnd(at + 1))
          : this.titledName(at);
      if (!phrase) return null;
      if (mention && mention.type !== 'MISC') return phrase;
      for (let word = phrase.start; word < phrase.end; word++) {
        const inside = this.mentionAt(word);
        const noun = this.lower(word);
        if ((inside && inside.type !== 'LOC' && inside.type !== 'MISC') || personNouns.has(noun) || organizationNouns.has(noun) || documentNouns.has(noun))
          return phrase;
      }
      return !determiners.has(lower) && !mention ? phrase : null;
    }
    return null;
  }

  /**
   * A description read up to its head noun and the complements after it: "the director of the FBI",
   * "el dirigente de los armadores", "la secretaria general de Pesca, Elena Marín Ortega" — not the
   * verb and object after it ("the president credited the victory").
   */
  description(start: number): Range | null {
    const phrase = this.after(start, false);
    if (!phrase || this.text(phrase.end - 1) === ',' || this.items.slice(phrase.start, phrase.end).some((item) => isToken(item) && item.text === ','))
      return phrase;
    const { personNouns, organizationNouns, documentNouns, nounPhraseJoiners, determiners } = this.lexicon;
    let head = -1;
    for (let at = phrase.start; at < phrase.end && head < 0; at++) {
      const lower = this.lower(at);
      const mention = this.mentionAt(at);
      // A place or an adjective is a modifier ("the Florida senator", "the Republican candidate").
      if (personNouns.has(lower) || organizationNouns.has(lower) || documentNouns.has(lower) || (mention && (mention.type === 'PER' || mention.type === 'ORG')))
        head = at;
    }
    if (head < 0) return phrase;
    let end = this.mentionAt(head) ? this.nameEnd(head + 1) : head + 1;
    // "la responsable española", "el portavoz comunitario": adjectives after the noun.
    // An adjective agrees with its noun in number ("las pancartas repetían" is a verb, not an adjective).
    if (this.lexicon.adjectivesFollowNouns) {
      const plural = this.lower(end - 1).endsWith('s');
      const agrees = (at: number) => startsLowerCase(this.text(at)) && this.lower(at).endsWith('s') === plural && !this.isCue(at, true);
      for (let adjectives = 0; adjectives < 2 && end < phrase.end && agrees(end) && !nounPhraseJoiners.has(this.lower(end)); adjectives++) end++;
    }
    // Complements: "de los armadores", "of the Federal Bureau of Investigation", "for the campaign".
    while (nounPhraseJoiners.has(this.lower(end)) || (this.lower(end) === 'for' && end < phrase.end)) {
      let next = end + 1;
      while (determiners.has(this.lower(next))) next++;
      const name = this.nameEnd(next);
      const last = name > next ? name : this.isPhraseWord(next) ? next + 1 : next;
      if (last === next) break;
      end = last;
    }
    return { start: phrase.start, end: Math.max(Math.min(end, phrase.end), head + 1) };
  }

  // "Republican presidential front-runner Donald Trump": an adjective of a party or a people leads, as a
  // capitalised title does, to the name its title noun stands before; not across a verb ("Muslim mayor rebuffs Trump").
  private leadsToTitledName(start: number): boolean {
    const phrase = this.after(start, false);
    for (let at = start + 1; phrase && at < phrase.end; at++) {
      if (this.mentionAt(at)?.type === 'PER') return this.lexicon.personNouns.has(this.lower(at - 1));
    }
    return false;
  }

  // "Former Republican presidential candidate Jeb Bush": a capitalised title read on to the name it leads to.
  private titledName(start: number): Range | null {
    const phrase = this.after(start, false);
    if (phrase) {
      for (let at = start + 1; at < phrase.end; at++) {
        const mention = this.mentionAt(at);
        if (mention && mention.type === 'PER') return this.trim(start, this.nameEnd(at));
      }
    }
    return this.trim(start, this.nameEnd(start + 1));
  }

  /** A capitalised word that may be a name the tagger missed: not a function word, an -ing or -ed form, or a dateline in capitals. */
  private isPossibleName(at: number): boolean {
    const text = this.text(at);
    if (!startsUpperCase(text)) return false;
    const lower = this.lower(at);
    const { gerundEndings, participleEndings } = this.lexicon;
    // Tested one list after another: this runs for every capitalised word near every quotation.
    for (const words of functionWordLists(this.lexicon)) if (words.has(lower)) return false;
    if (
      endsInflected(lower, gerundEndings) ||
      endsInflected(lower, participleEndings) ||
      endsInflected(lower, this.lexicon.adverbEndings) ||
      endsInflected(lower, this.lexicon.finiteVerbEndings)
    )
      return false;
    if (this.verbFormAt(at)) return false;
    // "WASHINGTON —", "PHILADELPHIA (AP) —", "WASHINGTON, Dec. 8 (UPI) —": a dateline.
    return !(/^\p{Lu}{2,}$/u.test(text) && isOneOf(this.text(this.nameEnd(at + 1)), '—–―(,-'));
  }

  private verbFormAt(at: number): boolean {
    const lower = this.lower(at);
    return this.lexicon.verbForms.has(lower) || this.lexicon.ambiguousVerbForms.has(lower);
  }

  // "In a Fox interview later that day, Trump went further", "Holding signs, the protesters chanted":
  // a sentence opening with a preposition, a participle, an adverb or a time word introduces it up to a comma.
  private skipIntroduction(from: number, limit: number): number {
    // "WASHINGTON, Dec. 8 (UPI) —": a dateline up to its dash.
    if (/^\p{Lu}{2,}$/u.test(this.text(from))) {
      for (let at = from + 1; at < limit && at < from + 12; at++) if (isOneOf(this.text(at), '—–―-')) return at + 1;
    }
    const lower = this.lower(from);
    const { prepositions, sentenceWords, timeWords, gerundEndings, participleEndings, clauseOpeners, relativePronouns } = this.lexicon;
    const introduces =
      prepositions.has(lower) ||
      // "When terrorists strike, Obama and Clinton call them": a subordinate clause before the main one.
      (clauseOpeners.has(lower) && !relativePronouns.has(lower)) ||
      sentenceWords.has(lower) ||
      timeWords.has(lower) ||
      this.isAdverb(from) ||
      /^\d/u.test(lower) ||
      endsInflected(lower, gerundEndings) ||
      endsInflected(lower, participleEndings);
    if (!introduces) return from;
    for (let at = from + 1; at < limit && at < from + 20; at++) {
      if (this.isQuote(at) || isOneOf(this.text(at), '.;:!?')) return from;
      if (this.text(at) === ',') return at + 1;
    }
    return from;
  }

  // Joiners and determiners do not end a phrase ("la Cancillería de", "the"), nor do joiners start one.
  private trim(start: number, end: number): Range | null {
    const { nounPhraseJoiners, determiners, personPronouns } = this.lexicon;
    // A personal pronoun is a phrase of its own: "he" in "he hasn’t", "he wants a platform".
    for (let at = end - 1; at >= start; at--) {
      // "he’d", "she's": the pronoun before its contraction.
      const word = withoutContraction(this.lower(at));
      if (personPronouns.has(word) && !determiners.has(word)) {
        start = at;
        end = at + 1;
        break;
      }
    }
    // "one", "another" alone are speakers ("“…,” read one.", "Yet another said"), though determiners elsewhere.
    const last = end - 1;
    if (this.lexicon.indefiniteSpeakers.has(this.lower(last)) && (last === start || this.lexicon.sentenceWords.has(this.lower(last - 1))))
      return { start: last, end };
    while (end > start && (nounPhraseJoiners.has(this.lower(end - 1)) || determiners.has(this.lower(end - 1)))) end--;
    while (start < end && nounPhraseJoiners.has(this.lower(start))) start++;
    if (end <= start || !this.token(start) || !this.token(end - 1)) return null;
    return { start, end };
  }
}

// The lists of words that are never a name the tagger missed, gathered once a lexicon.
const functionWords = new WeakMap<SpeechLexicon, ReadonlySet<string>[]>();

function functionWordLists(lexicon: SpeechLexicon): readonly ReadonlySet<string>[] {
  let lists = functionWords.get(lexicon);
  if (!lists) {
    const { sentenceWords, prepositions, nounPhraseStops, timeWords, fillers, auxiliaries, coordinators, relativePronouns } = lexicon;
    lists = [sentenceWords, prepositions, nounPhraseStops, timeWords, fillers, auxiliaries, coordinators, relativePronouns];
    functionWords.set(lexicon, lists);
  }
  return lists;
}
