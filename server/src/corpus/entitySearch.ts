// Ctrl+T: entities found by a word prefix of their names or of any name their mentions go by.
import type { EntityType } from '../analysis/types';
import { compareCodeUnits, type CorpusIndex } from './corpusIndex';
import type { Derivation, Steps } from './derivations';
import { entityDisplayName } from './entities';
import { entityIdKey, entityIdType, type EntityId } from './entityResolution';
import { normalizeName } from './nameForms';

export interface EntityMatch {
  id: EntityId;
  name: string;
  type: EntityType;
  /** The spelling the query matched, when the entity's name does not read as the query ("NAMIA", "Ramon Iglesias"). */
  matchedAlias: string | null;
  mentions: number;
}

/**
 * Entities with a name or an alias (any name their mentions go by) that has every word of the query
 * as a word prefix, the most mentioned first. Words are compared without case or accents; an editor
 * that filters the answers by their labels compares them as written, so an entity found through a
 * spelling its name does not match as written is labelled with that spelling.
 */
export function searchEntities(index: CorpusIndex, query: string, limit: number): EntityMatch[] {
  const words = normalizeName(query).split(' ').filter(Boolean);
  const wordStarts = words.map((word) => ` ${word}`);
  // Every word of the query begins a word of the name (the name's words are between single spaces).
  const matches = (name: string) => words.every((word, i) => name.startsWith(word) || name.includes(wordStarts[i]));
  const found = new Map<EntityId, { mentions: number; keys: Set<string> }>();
  for (const name of candidateNames(index, words)) {
    if (!matches(name)) continue;
    for (const [key, mentions] of index.keysWithName(name)) {
      for (const entity of index.entitiesOfKey(key)) {
        // A longer name the entity absorbed ("Marco Rubio Donor") is a slip, not an alias to find it by.
        if (key.length > entityIdKey(entity).length) continue;
        const entry = found.get(entity) ?? { mentions: 0, keys: new Set<string>() };
        entry.mentions += mentions;
        entry.keys.add(key);
        found.set(entity, entry);
      }
    }
  }
  const literal = query.toLowerCase().split(/\s+/u).filter(Boolean);
  const readsAsQuery = (text: string) => {
    const textWords = text.toLowerCase().split(/[\s-]+/u);
    return literal.every((word) => textWords.some((textWord) => textWord.startsWith(word)));
  };
  // Ranked by the entity's size, not by how often the words matched: "Don" finds Donald Trump first.
  // The size is its full name's mentions, which a look-up gives; a short query may match thousands.
  const ranked = [...found].map(([id, entry]) => ({ id, keys: entry.keys, mentions: fullNameMentions(index, id) }));
  return ranked
    .sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.id, b.id))
    .slice(0, limit)
    .map(({ id, keys, mentions }) => {
      const name = entityDisplayName(index, id);
      const alias = readsAsQuery(name) ? null : ([...keys].flatMap((key) => index.textsOf(key)).find(readsAsQuery) ?? null);
      return { id, name, type: entityIdType(id), matchedAlias: alias, mentions };
    });
}

/** The mentions under the entity's own name (a name shared by two types counts for both). */
function fullNameMentions(index: CorpusIndex, entity: EntityId): number {
  return index.evidence(entityIdKey(entity))?.mentions ?? 0;
}

// The names a query may match: those with a word that begins as the query's longest word does (its
// first two letters; a query of one-letter words, its rarest first letter). A search looks at a few
// hundred names instead of every name of the corpus.
function candidateNames(index: CorpusIndex, words: string[]): Iterable<string> {
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest === '') return index.allNames();
  const byPrefix = index.derivations.now(namesByWordPrefix(index));
  if (longest.length >= prefixLength) return byPrefix.get(longest.slice(0, prefixLength)) ?? [];
  return words.map((word) => byPrefix.get(word) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
}

const prefixLength = 2;
const namesPerStep = 4096;

/** Every name under the first letter and the first two letters of each of its words, in the corpus's order; kept until the corpus changes. */
export const namesByWordPrefix = (index: CorpusIndex): Derivation<Map<string, string[]>> => ({
  key: 'names by word prefix',
  *steps(): Steps<Map<string, string[]>> {
    const byPrefix = new Map<string, string[]>();
    let count = 0;
    for (const name of index.allNames()) {
      for (let start = 0; start < name.length; start = name.indexOf(' ', start) + 1 || name.length) {
        if (name[start] === ' ') continue;
        for (let length = 1; length <= prefixLength && start + length <= name.length && name[start + length - 1] !== ' '; length++) {
          const prefix = name.slice(start, start + length);
          const names = byPrefix.get(prefix);
          // A name whose words share their first letters is listed once.
          if (!names) byPrefix.set(prefix, [name]);
          else if (names[names.length - 1] !== name) names.push(name);
        }
      }
      if (++count % namesPerStep === 0) yield;
    }
    return byPrefix;
  },
});
