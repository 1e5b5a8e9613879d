// Whether a person named in an article stands where a subject stands: not after a preposition, an
// article or inside an aside, and before a verb, past an apposition or an affiliation ("Marín, a marine
// biologist, said", "Matthew Ingram of The Globe and Mail dubbed"). The speaker resolver's antecedents
// are subjects (antecedent.ts).
import type { EntityMention, Token } from '../types';
import type { SpeechLexicon } from './lexicon';
import { firstSpanEndingAfter, spanIndexAtOrAfter } from '../spanSearch';
import { startsLowerCase, isOneOf, lowerCase } from '../characters';

/** How many tokens an apposition or aside between a subject and its verb may take. */
const appositionReach = 25;

export class SubjectPositions {
  /** By index in `mentions`, read when first asked for. */
  private readonly subjects: (boolean | undefined)[];

  constructor(
    private readonly tokens: Token[],
    private readonly mentions: EntityMention[],
    private readonly lexicon: SpeechLexicon,
  ) {
    this.subjects = new Array<boolean | undefined>(mentions.length);
  }

  /** Named where a subject stands: not after a preposition or inside an aside, and before a verb (past an apposition). */
  isSubject(index: number): boolean {
    let subject = this.subjects[index];
    if (subject === undefined) {
      subject = this.startsClause(this.mentions[index]) && this.beforeVerb(this.mentions[index]);
      this.subjects[index] = subject;
    }
    return subject;
  }

  private startsClause(mention: EntityMention): boolean {
    const { prepositions, verbForms, determiners } = this.lexicon;
    let at = this.tokenIndexAt(mention.start) - 1;
    // "to remove the Cruise video": a name right after an article modifies the noun after it.
    if (at >= 0 && determiners.has(lowerCase(this.tokens[at].text))) return false;
    // Titles and descriptions before the name belong to it: "skipper Lucia Ferreiro", "la patrona".
    for (
      let skipped = 0;
      skipped < 4 && at >= 0 && /^\p{L}[\p{L}.]*$/u.test(this.tokens[at].text) && !prepositions.has(lowerCase(this.tokens[at].text));
      skipped++
    ) {
      if (verbForms.has(lowerCase(this.tokens[at].text))) return true;
      at--;
    }
    if (at >= 0 && prepositions.has(lowerCase(this.tokens[at].text))) return false;
    // Inside an aside ("—sin parentesco con …, Elena Marín Ortega—") the name is no subject.
    for (let back = at, depth = 0; back >= 0 && back > at - appositionReach; back--) {
      const text = this.tokens[back].text;
      if (isOneOf(text, '.!?;')) break;
      if (text === ')') depth++;
      if (text === '(' && depth-- === 0) return false;
      if (isOneOf(text, '—–―') && this.dashOpensAside(back, at)) return false;
    }
    return true;
  }

  // A dash opens an aside when no dash closes it before `until`.
  private dashOpensAside(dash: number, until: number): boolean {
    for (let at = dash + 1; at <= until; at++) if (isOneOf(this.tokens[at].text, '—–―')) return false;
    return true;
  }

  private beforeVerb(mention: EntityMention): boolean {
    const { prepositions, determiners, coordinators, nounPhraseJoiners, relativePronouns, auxiliaries } = this.lexicon;
    let at = firstSpanEndingAfter(this.tokens, mention.end);
    for (let step = 0; step < appositionReach && at < this.tokens.length; step++) {
      const text = this.tokens[at].text;
      const lower = lowerCase(text);
      if (isOneOf(text, '—–―(')) {
        at = this.asideEnd(at);
        continue;
      }
      if (text === ',') {
        at = this.appositionEnd(at);
        if (at < 0) return false;
        continue;
      }
      if (auxiliaries.has(lower) || /^\p{Ll}+ly$/u.test(text)) {
        at++;
        continue;
      }
      // "Matthew Ingram of The Globe and Mail dubbed": the organisation a person is of belongs to the subject.
      const affiliation = nounPhraseJoiners.has(lower) ? this.organizationAt(at + 1) : undefined;
      if (affiliation) {
        at = firstSpanEndingAfter(this.tokens, affiliation.end);
        continue;
      }
      if (/^['’]s$/u.test(text)) return false;
      if (relativePronouns.has(lower)) return true;
      return startsLowerCase(text) && ![prepositions, determiners, coordinators, nounPhraseJoiners].some((words) => words.has(lower));
    }
    return false;
  }

  /** The organisation named from the token at `at`, past an article ("of The Globe and Mail", "de la ONU"). */
  private organizationAt(at: number): EntityMention | undefined {
    const { determiners } = this.lexicon;
    const first = this.tokens[at] && determiners.has(lowerCase(this.tokens[at].text)) ? at + 1 : at;
    const token = this.tokens[first];
    if (!token) return undefined;
    const mention = this.mentions[firstSpanEndingAfter(this.mentions, token.start)];
    // The article may be part of the name ("The Globe and Mail").
    return mention && mention.type === 'ORG' && mention.start <= token.start && mention.start >= this.tokens[at].start ? mention : undefined;
  }

  // The token after an aside between dashes or parentheses.
  private asideEnd(open: number): number {
    const closing = this.tokens[open].text === '(' ? /^\)$/u : /^[—–―]$/u;
    for (let at = open + 1; at < this.tokens.length && at < open + appositionReach; at++) {
      if (closing.test(this.tokens[at].text)) return at + 1;
      if (isOneOf(this.tokens[at].text, '.!?;')) return at;
    }
    return open + 1;
  }

  // After "Name," the verb may come at once ("Marín, said") or after an apposition ("Marín, a marine
  // biologist who has led …, said"): the token after the comma that is followed by a lower-case word.
  private appositionEnd(comma: number): number {
    const { prepositions, determiners, relativePronouns } = this.lexicon;
    const next = this.tokens[comma + 1]?.text ?? '';
    if (relativePronouns.has(next.toLowerCase())) return comma + 1;
    // "Ramon Iglesias, said", "Manuel Otero Barreiro, asiente": the verb right after the comma.
    if (startsLowerCase(next) && !prepositions.has(next) && !determiners.has(next) && !this.lexicon.coordinators.has(next)) return comma + 1;
    for (let at = comma + 1; at < this.tokens.length && at < comma + appositionReach; at++) {
      const text = this.tokens[at].text;
      if (isOneOf(text, '.!?;:')) return -1;
      const following = this.tokens[at + 1]?.text ?? '';
      if (text === ',' && at > comma + 1 && startsLowerCase(following) && !prepositions.has(following) && !determiners.has(following)) return at + 1;
    }
    return -1;
  }

  private tokenIndexAt(offset: number): number {
    return spanIndexAtOrAfter(this.tokens, offset);
  }
}
