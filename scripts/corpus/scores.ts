// Corpus-level scores of annotated articles against gold mentions (see docs/entities.md, "The corpus"):
// mention F1, canonical names, one type per entity, and cross-document linking B³.
import { acronymInitials, normalizeName } from '../../server/src/corpus/nameForms';
import type { GoldArticle, GoldMention } from './conllArticles';

/** What the scores read of an annotated article: the CLI JSON's entities. */
export interface PredictedArticle {
  entities: { start: number; end: number; type: string; text: string; entity: string }[];
}

export interface CorpusScores {
  mentions: { precision: number; recall: number; f1: number };
  /** Share of linked mentions whose entity's name is a gold mention of the entity's type somewhere in the corpus. */
  canonicalNames: number;
  /** Share of linked mentions whose entity has one type. */
  oneType: number;
  linking: { precision: number; recall: number; f1: number; mentions: number };
  /** The entities with the most mentions whose names are no gold name of their type, for reading. */
  badNames: { name: string; type: string; mentions: number }[];
  /** Names shown with more than one type, most mentions first. */
  mixedTypes: { name: string; types: string; mentions: number }[];
}

const entityId = (mention: { entity: string; type: string }) => `${mention.type}\u0000${normalizeName(mention.entity)}`;

export function scoreCorpus(gold: readonly GoldArticle[], predicted: readonly PredictedArticle[]): CorpusScores {
  let truePositives = 0;
  let predictedCount = 0;
  let goldCount = 0;
  const goldNames = new Set<string>();
  for (const article of gold) for (const mention of article.mentions) goldNames.add(`${mention.type}\u0000${normalizeName(mention.text)}`);
  const typesByName = new Map<string, Map<string, number>>();
  let linked = 0;
  let wellNamed = 0;
  const badNames = new Map<string, { name: string; type: string; mentions: number }>();
  const predictedClusters: string[] = [];
  const goldClusters: string[] = [];
  gold.forEach((article, index) => {
    const entities = predicted[index].entities;
    const goldBySpan = new Map(article.mentions.map((mention) => [`${mention.start}:${mention.end}`, mention]));
    const goldIds = goldIdentities(article.mentions);
    goldCount += article.mentions.length;
    predictedCount += entities.length;
    for (const mention of entities) {
      const goldMention = goldBySpan.get(`${mention.start}:${mention.end}`);
      if (goldMention && goldMention.type === mention.type) truePositives++;
      linked++;
      if (goldNames.has(entityId(mention))) wellNamed++;
      else {
        const bad = badNames.get(entityId(mention)) ?? { name: mention.entity, type: mention.type, mentions: 0 };
        bad.mentions++;
        badNames.set(entityId(mention), bad);
      }
      const types = typesByName.get(normalizeName(mention.entity)) ?? new Map<string, number>();
      types.set(mention.type, (types.get(mention.type) ?? 0) + 1);
      typesByName.set(normalizeName(mention.entity), types);
      if (goldMention) {
        predictedClusters.push(entityId(mention));
        goldClusters.push(goldIds.get(goldMention)!);
      }
    }
  });
  let oneTypeMentions = 0;
  const mixedTypes: CorpusScores['mixedTypes'] = [];
  for (const [name, types] of typesByName) {
    const mentions = [...types.values()].reduce((a, b) => a + b, 0);
    if (types.size === 1) oneTypeMentions += mentions;
    else mixedTypes.push({ name, types: [...types].map(([type, count]) => `${type} ${count}`).join(', '), mentions });
  }
  const precision = predictedCount ? truePositives / predictedCount : 0;
  const recall = goldCount ? truePositives / goldCount : 0;
  return {
    mentions: { precision, recall, f1: harmonic(precision, recall) },
    canonicalNames: linked ? wellNamed / linked : 1,
    oneType: linked ? oneTypeMentions / linked : 1,
    linking: bCubed(predictedClusters, goldClusters),
    badNames: [...badNames.values()].sort((a, b) => b.mentions - a.mentions),
    mixedTypes: mixedTypes.sort((a, b) => b.mentions - a.mentions),
  };
}

// A gold name that starts or ends exactly one longer gold name of its type in the article, or is its
// initials, stands for that name; every other takes its own. Names are folded, and the identity is the
// name alone: the city and the club of one name are one gold entity, as one name is one to a reader.
function goldIdentities(mentions: readonly GoldMention[]): Map<GoldMention, string> {
  // Each folded name of a type, with the initials of its capitalised words.
  const namesByType = new Map<string, Map<string, string>>();
  for (const mention of mentions) {
    const names = namesByType.get(mention.type) ?? new Map<string, string>();
    names.set(normalizeName(mention.text), normalizeName(acronymInitials(mention.text)));
    namesByType.set(mention.type, names);
  }
  const identities = new Map<GoldMention, string>();
  for (const mention of mentions) {
    const name = normalizeName(mention.text);
    const longer = [...(namesByType.get(mention.type) ?? [])]
      .filter(([other, initials]) => other.length > name.length && (other.startsWith(`${name} `) || other.endsWith(` ${name}`) || initials === name))
      .map(([other]) => other);
    identities.set(mention, longer.length === 1 ? longer[0] : name);
  }
  return identities;
}

function bCubed(predicted: string[], gold: string[]): CorpusScores['linking'] {
  const count = (labels: string[]) => labels.reduce((map, label) => map.set(label, (map.get(label) ?? 0) + 1), new Map<string, number>());
  const pairs = count(predicted.map((label, i) => `${label}\u0001${gold[i]}`));
  const predictedSizes = count(predicted);
  const goldSizes = count(gold);
  let precision = 0;
  let recall = 0;
  predicted.forEach((label, i) => {
    const shared = pairs.get(`${label}\u0001${gold[i]}`)!;
    precision += shared / predictedSizes.get(label)!;
    recall += shared / goldSizes.get(gold[i])!;
  });
  const n = predicted.length || 1;
  return { precision: precision / n, recall: recall / n, f1: harmonic(precision / n, recall / n), mentions: predicted.length };
}

function harmonic(a: number, b: number): number {
  return a + b > 0 ? (2 * a * b) / (a + b) : 0;
}
