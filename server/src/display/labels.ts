// Words for what the analysis found, shared by the hover cards, the symbol lists and the terminal.
import type { EntityType } from '../analysis/types';

export const entityTypeLabels: Record<EntityType, string> = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'other' };

export function fileName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}

export function quoteExcerpt(text: string, maxLength = 120): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= maxLength ? flat : `${flat.slice(0, maxLength - 1)}…`;
}
