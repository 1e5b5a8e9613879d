// Names the tagger missed after an honorific ("Mr. Earnest", "Ms. Rust", "Mr. Gates"): a surname that is
// also a word of the language is the one a statistical tagger leaves out, though the honorific says a
// person is named. The repairs then read the honorific before it as any title (mentionRepairs.ts).
import type { Sentence, Token } from '../types';
import { startsUpperCase } from '../characters';
import { foldWord } from './gazetteerIndex';
import { titleWord, type MentionWords, type TaggedSpan } from './mentionWords';

/** How many capitalised words after an honorific a missed name may take ("Mr. Van Dyke"). */
const longestMissedName = 3;

/** The tagger's spans with a person's span added after each honorific no span covers the name of, in token order. */
export function withNamesAfterHonorifics(
  words: MentionWords,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  spans: readonly TaggedSpan[],
): readonly TaggedSpan[] {
  const added: TaggedSpan[] = [];
  let next = 0;
  sentences.forEach((sentence, index) => {
    for (let at = sentence.tokenStart; at + 1 < sentence.tokenEnd; at++) {
      // A name follows the honorific: most capitalised words are read no further than the word after them.
      if (!startsUpperCase(tokens[at + 1].text) || !words.isHonorific(tokens[at].text)) continue;
      while (next < spans.length && spans[next].last < at + 1) next++;
      // A name the tagger found, or a role ("Mr. President", "Madam Speaker"; "Mr. King" is a surname), is no missed name.
      if (next < spans.length && spans[next].first <= at + 1) continue;
      let last = at;
      while (last + 1 < sentence.tokenEnd && last - at < longestMissedName && isNameWord(words, tokens[last + 1].text)) last++;
      const end = next < spans.length ? Math.min(last, spans[next].first - 1) : last;
      if (end > at) added.push({ first: at + 1, last: end, type: 'PER', sentence: index });
    }
  });
  if (added.length === 0) return spans;
  return [...spans, ...added].sort((a, b) => a.first - b.first);
}

function isNameWord(words: MentionWords, text: string): boolean {
  return (
    /^\p{Lu}[\p{L}'’-]*$/u.test(text) &&
    (!words.roles.has(titleWord(text)) || words.gazetteer.isEntry([foldWord(text)], 'lastName')) &&
    !words.boundaryWords.has(foldWord(text)) &&
    !words.isHonorific(text)
  );
}
