// A town's one-word name listed with people is a person of the list: a team's lineup names its players
// ("Emerson, Ze Roberto, Franca, Rivaldo", "de Franca y Rivaldo"), where the tagger reads a player named
// like a town as the town. Listed with a place, it stays one ("A Coruña y Lugo"), and a person after its
// comma is an apposition ("el alcalde de Jerez, Pedro Pacheco").
import type { EntityMention } from '../types';

/** The longest text between two names of one list: ", ", " y ", " and ". */
const listGap = 5;

export function personsListedWithPeople(mentions: EntityMention[], text: string, coordinators: ReadonlySet<string>): void {
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at];
    if (mention.type !== 'LOC' || mention.placeKind !== 'town' || mention.dateline || mention.sited || mention.text.includes(' ')) continue;
    const before = at > 0 ? listJoint(text, mentions[at - 1].end, mention.start, coordinators) : undefined;
    const after = at + 1 < mentions.length ? listJoint(text, mention.end, mentions[at + 1].start, coordinators) : undefined;
    if ((before && mentions[at - 1].type !== 'PER') || (after && mentions[at + 1].type !== 'PER')) continue;
    if (before || after === 'coordinator') mention.type = 'PER';
  }
}

function listJoint(text: string, from: number, to: number, coordinators: ReadonlySet<string>): 'comma' | 'coordinator' | undefined {
  if (to < from || to - from > listGap) return undefined;
  const between = text.slice(from, to).trim();
  return between === ',' ? 'comma' : coordinators.has(between.toLowerCase()) ? 'coordinator' : undefined;
}
