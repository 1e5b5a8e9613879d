// Speaker-entity accuracy: where the gold Source is a name, is the quotation's speakerMention the
// same entity of the article (its fullest name there, as linkArticleMentions links it)?
import type { Quotation, Span } from '../../server/src/analysis/types';
import type { LinkedMention } from '../../server/src/corpus/articleLinks';
import { normalizeName } from '../../server/src/corpus/nameForms';
import { isNameSource } from './categories';
import type { GoldQuote } from './polnear';

export interface EntityVerdict {
  right: boolean;
  found: string | null;
  gold: string[];
}

/** null when no gold Source of the quotation is a name. */
export function speakerEntityVerdict(text: string, quote: Quotation, gold: GoldQuote, mentions: LinkedMention[]): EntityVerdict | null {
  const names = gold.sources.filter((source) => isNameSource(text, source, mentions));
  if (names.length === 0) return null;
  const mention = quote.speakerMention;
  const found = mention ? (mentions.find((linked) => linked.start === mention.start && linked.end === mention.end)?.key ?? normalizeName(mention.text)) : null;
  const goldKeys = names.map((source) => goldKey(text, source, mentions));
  const right = found !== null && goldKeys.some((key) => (key.mention ? key.name === found : ` ${found} `.includes(` ${key.name} `)));
  return { right, found, gold: goldKeys.map((key) => key.name) };
}

// The head name of the Source: its person mention (the first around an apposition, else the last),
// else its organisation; without a tagged mention, its last capitalised word ("Viguerie", "Mr. Trump").
function goldKey(text: string, source: Span, mentions: LinkedMention[]): { name: string; mention: boolean } {
  // A possessor is not the source when a person follows ("Rubio’s deputy campaign manager, Rich Beeson").
  const possessor = (linked: LinkedMention) =>
    /^['’]/u.test(text.slice(linked.end, linked.end + 1)) && inside_(linked.end).some((other) => other.type === 'PER');
  const inside_ = (from: number) => mentions.filter((linked) => linked.start >= from && linked.end <= source.end && linked.type !== 'LOC');
  const inside = inside_(source.start).filter((linked) => !possessor(linked));
  const people = inside.filter((linked) => linked.type === 'PER');
  const candidates = people.length > 0 ? people : inside;
  const head = text.slice(source.start, source.end).includes(',') ? candidates[0] : candidates.at(-1);
  if (head) return { name: head.key, mention: true };
  const capitalised = text
    .slice(source.start, source.end)
    .split(/\s+/u)
    .filter((word) => /^\p{Lu}/u.test(word));
  return { name: normalizeName(capitalised.at(-1) ?? text.slice(source.start, source.end)), mention: false };
}
