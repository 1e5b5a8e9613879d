// Within one article, each mention is linked to the longest name of the same type it stands for
// (the tagger's type decides what a short form may stand for; entities themselves are keyed by name):
// "Putin" after "Vladimir Putin", "ONU" after "Organización de las Naciones Unidas".
import type { EntityMention } from '../analysis/types';
import { isAcronymOf, isPartOfName, normalizeName } from './names';

export interface LinkedMention extends EntityMention {
  /** The normalised form of the article's fullest name for this mention: its entity key in the article. */
  key: string;
  /** The mention's own normalised name. */
  name: string;
}

export function linkArticleMentions(found: EntityMention[]): LinkedMention[] {
  const mentions = found.filter((mention) => normalizeName(mention.text) !== '');
  const names = mentions.map((mention) => normalizeName(mention.text));
  const longestForms = new Map<string, { name: string; surface: string }[]>();
  mentions.forEach((mention, i) => {
    const forms = longestForms.get(mention.type) ?? [];
    if (!forms.some((form) => form.name === names[i])) forms.push({ name: names[i], surface: mention.text });
    longestForms.set(mention.type, forms);
  });
  return mentions.map((mention, i) => {
    const name = names[i];
    const candidates = (longestForms.get(mention.type) ?? []).filter(
      (form) => isPartOfName(name, form.name) || isAcronymOf(mention.text, form.surface),
    );
    // Keep only the longest candidates that are not themselves parts of another candidate.
    const maximal = candidates.filter((form) => !candidates.some((other) => isPartOfName(form.name, other.name)));
    const linked = maximal.length === 1 ? maximal[0].name : name;
    return { ...mention, key: linked, name };
  });
}
