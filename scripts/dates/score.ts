// TempEval-3's measures: strict (exact span) and relaxed (overlapping span) F1, value F1 over the
// relaxed matches, and type accuracy over them.
export interface Span {
  start: number;
  end: number;
  type: string;
  value: string | null;
}

export interface Counts {
  system: number;
  gold: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export function emptyCounts(): Counts {
  return { system: 0, gold: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
}

export interface Alignment {
  pairs: [Span, Span][];
  missed: Span[];
  spurious: Span[];
}

/** One-to-one: exact matches first, then overlaps in text order. */
export function align(system: Span[], gold: Span[]): Alignment {
  const usedSystem = new Set<Span>();
  const usedGold = new Set<Span>();
  const pairs: [Span, Span][] = [];
  for (const goldSpan of gold) {
    const exact = system.find((span) => !usedSystem.has(span) && span.start === goldSpan.start && span.end === goldSpan.end);
    if (!exact) continue;
    usedSystem.add(exact);
    usedGold.add(goldSpan);
    pairs.push([exact, goldSpan]);
  }
  for (const goldSpan of gold) {
    if (usedGold.has(goldSpan)) continue;
    const overlap = system.find((span) => !usedSystem.has(span) && span.start < goldSpan.end && goldSpan.start < span.end);
    if (!overlap) continue;
    usedSystem.add(overlap);
    usedGold.add(goldSpan);
    pairs.push([overlap, goldSpan]);
  }
  return { pairs, missed: gold.filter((span) => !usedGold.has(span)), spurious: system.filter((span) => !usedSystem.has(span)) };
}

export function addCounts(counts: Counts, system: Span[], gold: Span[], alignment: Alignment): void {
  counts.system += system.length;
  counts.gold += gold.length;
  for (const [found, expected] of alignment.pairs) {
    counts.relaxed++;
    if (found.start === expected.start && found.end === expected.end) counts.strict++;
    if (found.value !== null && found.value === expected.value) counts.value++;
    if (found.type === expected.type) counts.type++;
  }
}

function f1(correct: number, system: number, gold: number): number {
  const precision = system ? correct / system : 0;
  const recall = gold ? correct / gold : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export interface Scores {
  strictF1: number;
  strictP: number;
  strictR: number;
  relaxedF1: number;
  valueF1: number;
  typeAccuracy: number;
}

export function scores(counts: Counts): Scores {
  return {
    strictF1: 100 * f1(counts.strict, counts.system, counts.gold),
    strictP: counts.system ? (100 * counts.strict) / counts.system : 0,
    strictR: counts.gold ? (100 * counts.strict) / counts.gold : 0,
    relaxedF1: 100 * f1(counts.relaxed, counts.system, counts.gold),
    valueF1: 100 * f1(counts.value, counts.system, counts.gold),
    typeAccuracy: counts.relaxed ? (100 * counts.type) / counts.relaxed : 0,
  };
}
