// Within one article, each mention is linked to the longest name of the same type it stands for
// (the tagger's type decides what a short form may stand for; entities themselves are keyed by name):
// "Putin" after "Vladimir Putin", "ONU" after "Organización de las Naciones Unidas".
// An article names the same few entities many times, so each distinct spelling is linked once.
import type { EntityMention, EntityType } from '../analysis/types';
import { acronymInitials, isPartOfName, looksLikeAcronym, normalizeName } from './nameForms';

export interface LinkedMention extends EntityMention {
  /** The normalised form of the article's fullest name for this mention: its entity key in the article. */
  key: string;
  /** The mention's own normalised name. */
  name: string;
}

interface NameForm {
  name: string;
  /** The name between spaces, to find the names it is a word-aligned part of. */
  padded: string;
  /** The initials of the form's first spelling, which an acronym mention may stand for. */
  initials: string;
}

export function linkArticleMentions(found: EntityMention[]): LinkedMention[] {
  const named = found.map((mention) => ({ mention, name: normalizeName(mention.text) })).filter(({ name }) => name !== '');
  const formsByType = new Map<EntityType, Map<string, NameForm>>();
  for (const { mention, name } of named) {
    const forms = formsByType.get(mention.type) ?? new Map<string, NameForm>();
    if (!forms.has(name)) forms.set(name, { name, padded: ` ${name} `, initials: acronymInitials(mention.text) });
    formsByType.set(mention.type, forms);
  }
  const keys = new Map<string, string>();
  return named.map(({ mention, name }) => {
    const spelling = `${mention.type}\u0000${mention.text}`;
    let key = keys.get(spelling);
    if (key === undefined) {
      key = longestForm(mention.text, name, [...(formsByType.get(mention.type)?.values() ?? [])]);
      keys.set(spelling, key);
    }
    return { ...mention, key, name };
  });
}

// The one longest form the mention is part of (or the acronym of), else the mention's own name.
function longestForm(text: string, name: string, forms: NameForm[]): string {
  const acronym = looksLikeAcronym(text);
  const padded = ` ${name} `;
  const candidates = forms.filter((form) => (form.name.length > name.length && form.padded.includes(padded)) || (acronym && form.initials === text));
  // Keep only the longest candidates that are not themselves parts of another candidate.
  const maximal = candidates.filter((form) => !candidates.some((other) => isPartOfName(form.name, other.name)));
  return maximal.length === 1 ? maximal[0].name : name;
}
