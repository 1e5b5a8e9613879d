// Every entity mention the analysis and the cache make is made here, with all its fields in one
// order whatever evidence it carries (an unset flag is undefined, not absent). Mentions with a flag
// added here and there came in dozens of shapes, and each new shape a hot function met threw away its
// optimised code: each worker compiled the mention repairs six times and the linking five.
// Optional fields keep the mention's meaning as before: JSON and the cache leave undefined out.
import type { EntityMention, EntityType } from './types';

/** The evidence a mention carries besides its span, type and text (see `EntityMention`). */
export interface MentionEvidence {
  weak: boolean;
  titled: boolean;
  bracketed: boolean;
  dateline: boolean;
  sited: boolean;
  scored: boolean;
  family?: boolean;
  gender?: 'female' | 'male';
}

export const noEvidence: Readonly<MentionEvidence> = { weak: false, titled: false, bracketed: false, dateline: false, sited: false, scored: false };

export function entityMention(
  start: number,
  end: number,
  type: EntityType,
  text: string,
  evidence: Readonly<MentionEvidence>,
  placeKind: EntityMention['placeKind'],
): EntityMention {
  return {
    start,
    end,
    type,
    text,
    weak: evidence.weak || undefined,
    titled: evidence.titled || undefined,
    bracketed: evidence.bracketed || undefined,
    dateline: evidence.dateline || undefined,
    sited: evidence.sited || undefined,
    scored: evidence.scored || undefined,
    placeKind,
    gender: evidence.gender,
    family: evidence.family || undefined,
  };
}
