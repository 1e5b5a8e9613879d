// The kinds of span an article is shown with, in the editor and the terminal alike: one per entity
// type, time expression type, quotation and quoted term. package.json's semanticTokenTypes list them too.
import type { EntityType, TimexType } from '../analysis/types';

export const tokenTypes = ['person', 'organization', 'location', 'misc', 'date', 'time', 'duration', 'set', 'quote', 'term'] as const;
export type TokenType = (typeof tokenTypes)[number];

export const entityTokenTypes: Record<EntityType, TokenType> = { PER: 'person', ORG: 'organization', LOC: 'location', MISC: 'misc' };
export const timexTokenTypes: Record<TimexType, TokenType> = { DATE: 'date', TIME: 'time', DURATION: 'duration', SET: 'set' };
