// Reported speech or a quoted term? Speech is cued, introduced by a colon, or a clause of its own;
// a title ("Good Morning America") or a few quoted words with no one saying them are a term.
import type { Attribution } from './attribution';
import type { QuoteContext } from './context';
import { isToken } from './context';
import type { SpeechLexicon } from './lexicon';
import type { QuotedStretch } from './marks';

export function isSpeech(text: string, stretch: QuotedStretch, context: QuoteContext, attribution: Attribution, lexicon: SpeechLexicon): boolean {
  if (stretch.kind === 'dialogue') return true;
  const inner = text.slice(stretch.inner.start, stretch.inner.end).trim();
  const words = inner.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  // An exclamation or a question ("What a Super Tuesday!") is said, whatever its capitals.
  const title = isTitle(words, lexicon) && !/[!?]$/u.test(inner) && !inHeadline(context, lexicon);
  if (attribution.introducedByColon) return true;
  if (attribution.cued) return !title || (words.length < lexicon.shortestCuedTitle && !afterPossessive(context));
  if (title && words.length < lexicon.unattributedQuoteMinimumWords) return false;
  if (words.length >= 3 && /^\p{Lu}/u.test(inner) && isWholeSentence(context)) return true;
  return words.length >= lexicon.unattributedPhraseMinimumWords || /[.!?…]$/u.test(inner);
}

// «No hay ninguna razón para convocar elecciones». A quoted sentence standing alone is speech.
function isWholeSentence(context: QuoteContext): boolean {
  for (let at = context.ownStart; at < context.ownEnd; at++) {
    const item = context.items[at];
    if (at !== context.self && (!isToken(item) || /[\p{L}\p{N}]/u.test(item.text))) return false;
  }
  return true;
}

// Every word capitalised but the small ones: "Sunday Morning Futures", "Law and Order".
function isTitle(words: string[], lexicon: SpeechLexicon): boolean {
  return words.some((word) => /^\p{Lu}/u.test(word)) && words.every((word) => /^[\p{Lu}\p{N}#@(¿¡'"‘“]/u.test(word) || lexicon.titleSmallWords.has(word.toLowerCase()));
}

// A headline capitalises every word, so capitals say nothing of its quotations.
function inHeadline(context: QuoteContext, lexicon: SpeechLexicon): boolean {
  let words = 0;
  let capitalised = 0;
  for (const item of context.items) {
    if (!isToken(item) || !/^\p{L}/u.test(item.text) || lexicon.titleSmallWords.has(item.text.toLowerCase())) continue;
    words++;
    if (/^\p{Lu}/u.test(item.text)) capitalised++;
  }
  return words >= 3 && capitalised >= words * 0.8;
}

// "NBC’s “Today”", "MSNBC's "Morning Joe"": a title owned by someone is the name of a work.
function afterPossessive(context: QuoteContext): boolean {
  const item = context.items[context.self - 1];
  return isToken(item) && /['’]s$/u.test(item.text);
}
