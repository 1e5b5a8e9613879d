// Quotations of speech and their speakers, kept apart from quoted terms (scare quotes, titles,
// nicknames) that no one is reported as saying. See docs/quotes.md.
import type { AnalysisInput, EntityMention, Quotation, QuotationAnalysis, QuotedTerm } from '../types';
import { findAttribution, type Attribution, type Located } from './attribution';
import { SpeakerResolver, type LastQuote, type PreviousSpeaker } from './antecedent';
import { lowerAt, QuoteContexts, type QuoteContext } from './context';
import { isOneName, isSpeech, namedByCue, namesTheNounBefore, personBefore } from './classify';
import { speechLexicon, type SpeechLexicon } from './lexicon';
import { findQuotedStretches, type QuotedStretch } from './marks';
import { signatureInside, transcriptLabelAt, transcriptTurns } from './signature';
import { spanIndexAtOrAfter } from '../spanSearch';

export function findQuotations(input: AnalysisInput, entities: EntityMention[]): QuotationAnalysis {
  const { text } = input;
  const lexicon = speechLexicon(input.language);
  const stretches = findQuotedStretches(text, lexicon.marks);
  // Most wire stories quote no one: nothing to attribute, so no speaker resolver or contexts to build.
  if (stretches.length === 0) return { quotes: [], terms: [] };
  const entitiesInOrder = inOrder(entities) ? entities : [...entities].sort((a, b) => a.start - b.start);
  const labels = stretches.map((stretch) => transcriptLabelAt(text, stretch.inner.start));
  const turns = transcriptTurns(text, stretches, labels, entitiesInOrder);
  const signatures = stretches.map((stretch, index) => turns[index] ?? signatureInside(text, stretch, entitiesInOrder, lexicon));
  // A signature inside the marks is not quoted: its name is the speaker's mention; nor is a name in marks,
  // which a pronoun may stand for ("según el «Jornal de Noticias», que destaca …").
  const quoted = stretches
    .map((stretch, index) => ({ start: signatures[index]?.wordsStart ?? stretch.start, end: signatures[index]?.quoteEnd ?? stretch.end }))
    .filter((_, index) => !isOneName(text, stretches[index], entitiesInOrder));
  const resolver = new SpeakerResolver(text, entitiesInOrder, quoted, input.tokens, lexicon);
  const contexts = new QuoteContexts(text, input.tokens, input.sentences, stretches);
  const quotes: Quotation[] = [];
  const terms: QuotedTerm[] = [];
  let previous: PreviousSpeaker | null = null;
  let previousQuote: Quotation | null = null;
  for (const [index, stretch] of stretches.entries()) {
    const signature = signatures[index];
    if (signature) {
      const { start, end } = signature.speaker;
      const resolved = resolver.resolve(signature.speaker, previous, stretch.inner, lastQuoteOf(previousQuote));
      const quote: Quotation = {
        start: stretch.start,
        end: signature.quoteEnd,
        text: text.slice(stretch.start, signature.quoteEnd),
        speaker: { start, end, text: text.slice(start, end) },
        speakerMention: resolved.mention,
        speakerKind: resolved.kind,
      };
      quotes.push(quote);
      previousQuote = quote;
      if (quote.speakerMention) previous = { mention: quote.speakerMention, end: quote.end };
      continue;
    }
    const context = contexts.of(index);
    const attribution = findAttribution(text, context, lexicon, entitiesInOrder);
    const quoted = text.slice(stretch.start, stretch.end);
    if (
      quotesOnlyAName(text, stretch, entitiesInOrder, attribution, context, lexicon) ||
      !isSpeech(text, stretch, context, attribution, lexicon, entitiesInOrder)
    ) {
      terms.push({ start: stretch.start, end: stretch.end, text: quoted });
      continue;
    }
    let located = attribution.locate();
    // No speaker found: the person or organisation named before it in its sentence is whose words it quotes
    // ("he laments a “…”", "time for Cruz to build bridges, even after dismissing them as the “…”").
    if (!located.speaker && lexicon.personPhrasesSaid) {
      const person = personBefore(context, lexicon, entitiesInOrder);
      if (person) located = { speaker: person, basis: 'subject' };
    }
    // A transcript's turn labelled by no one the article names ("\"VIDEO: …") is no one's turn before it.
    const continued = previousQuote?.speaker && !labels[index] && continuesPrevious(text, attribution, located, previousQuote, stretch) ? previousQuote : null;
    const quote: Quotation = {
      start: stretch.start,
      end: stretch.end,
      text: quoted,
      ...(continued ? speakerFields(continued) : speakerOf(text, attribution.cued, located, resolver, previous, stretch, lastQuoteOf(previousQuote))),
    };
    quotes.push(quote);
    previousQuote = quote;
    if (quote.speakerMention) previous = { mention: quote.speakerMention, end: stretch.end };
  }
  return { quotes, terms };
}

function lastQuoteOf(quote: Quotation | null): LastQuote | null {
  return quote?.speaker ? { end: quote.end, mention: quote.speakerMention } : null;
}

// The recognizer gives its mentions in order: a copy sorted again only when they are not.
function inOrder(entities: EntityMention[]): boolean {
  for (let i = 1; i < entities.length; i++) if (entities[i - 1].start > entities[i].start) return false;
  return true;
}

type SpeakerFields = Pick<Quotation, 'speaker' | 'speakerMention' | 'speakerKind'>;

function speakerFields({ speaker, speakerMention, speakerKind }: Quotation): SpeakerFields {
  return { speaker, speakerMention, speakerKind };
}

function speakerOf(
  text: string,
  cued: boolean,
  located: Located,
  resolver: SpeakerResolver,
  previous: PreviousSpeaker | null,
  stretch: QuotedStretch,
  last: LastQuote | null,
): SpeakerFields {
  if (located.speaker) {
    const { start, end } = located.speaker;
    const resolved = resolver.resolve(located.speaker, previous, stretch.inner, last);
    return { speaker: { start, end, text: text.slice(start, end) }, speakerMention: resolved.mention, speakerKind: resolved.kind };
  }
  // A cued verb with no subject ("“…”, añadió.", "Adding, “…”") speaks for the person last named as a subject.
  const implied = cued ? resolver.implied(previous, stretch.start) : null;
  if (!implied) return { speaker: null, speakerMention: null };
  return { speaker: { start: implied.start, end: implied.end, text: implied.text }, speakerMention: implied, speakerKind: 'implied' };
}

// Speech with no cue of its own goes on with the speaker of the quotation before it in its paragraph
// ("—No pienso renunciar —dijo el alcalde—. Seguiré hasta el final."), or in the paragraph before
// when it opens its own (a quotation going on over paragraphs, each closed), unless its sentence's
// subject names someone ("Sanders credited the victory to “…”") or its own report does ("Contrary to
// his claim that …"): a description as subject ("ambos
// mandatarios “reafirmaron…”") or a cue of a neighbouring sentence gives way to the paragraph's speaker.
function continuesPrevious(text: string, attribution: Attribution, located: Located, previous: Quotation, stretch: QuotedStretch): boolean {
  if (attribution.cued || located.basis === 'subject' || located.basis === 'cue') return false;
  // No line break between them, or only in the blank run just before this one.
  let blankFrom = stretch.start;
  while (blankFrom > previous.end && /\s/u.test(text[blankFrom - 1])) blankFrom--;
  // Only the gap between the two is read: a search to the end of the text would be quadratic.
  for (let at = previous.end; at < blankFrom; at++) if (text[at] === '\n') return false;
  return true;
}

// el diario “El País” publicó…, la operación «Tormenta del Desierto»: marks around a name alone make
// it a term when it is the subject of the cue or follows a noun that it names. Otherwise a name alone
// is said like any other words in a reported sentence ("citing “Bill Maher” as his guilty pleasure",
// "called Rubio “Little Marco”"), and a sentence with no cue keeps it a term. A colon, an attribution
// right next to it ("“Denver,” he answered.") or a sentence of its own ("she added the words,
// ''Hillary Clinton.''") always make it said.
function quotesOnlyAName(
  text: string,
  stretch: QuotedStretch,
  entitiesInOrder: EntityMention[],
  attribution: Attribution,
  context: QuoteContext,
  lexicon: SpeechLexicon,
): boolean {
  if (stretch.kind === 'dialogue' || attribution.introducedByColon || attribution.adjacent || namedByCue(context, lexicon)) return false;
  if (attribution.cued && !subjectOfCue(context, lexicon) && !namesTheNounBefore(context, lexicon)) return false;
  let start = stretch.inner.start;
  let end = stretch.inner.end;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /[\s,]/u.test(text[end - 1])) end--;
  const entity = entitiesInOrder[spanIndexAtOrAfter(entitiesInOrder, start)];
  return entity !== undefined && entity.start === start && entity.end === end;
}

// “El País” publicó, “El País” ha publicado: the name says, it is not said.
function subjectOfCue(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  const next = lowerAt(context, context.self + 1);
  return lexicon.verbForms.has(next) || lexicon.auxiliaries.has(next);
}
