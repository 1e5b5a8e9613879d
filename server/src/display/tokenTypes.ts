// The kinds of span an article is shown with, in the editor and the terminal alike: one per entity
// type, time expression type, quotation and quoted term. The one list: package.json's
// semanticTokenTypes, semanticTokenScopes and default colours must name the same (a test checks).
import type { EntityType, TimexType } from '../analysis/types';

export const tokenTypes = ['person', 'organization', 'location', 'misc', 'date', 'time', 'duration', 'set', 'quote', 'term'] as const;
export type TokenType = (typeof tokenTypes)[number];

export const entityTokenTypes = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' } as const satisfies Record<EntityType, TokenType>;
export const timexTokenTypes: Record<TimexType, TokenType> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' };

/** The token types a person may choose to colour or not (`newsmark.highlight.entities`). */
export type EntityTokenType = (typeof entityTokenTypes)[EntityType];
export const entityKinds = Object.values(entityTokenTypes);
/** Nationality and party adjectives ("Spanish", "Republican") are other names: coloured, they would colour whole articles. */
export const defaultHighlightedEntities: EntityTokenType[] = ['person', 'organization', 'location'];
