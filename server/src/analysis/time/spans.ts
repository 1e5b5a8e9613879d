// Resolvers for values that are not points in time: durations (P17D, PT40M, PXD), sets (P1W,
// XXXX-WXX-4) and the vague references (PRESENT_REF, PAST_REF, FUTURE_REF).
import { pad2 } from './calendar';
import type { Groups, Resolution, ResolveScope } from './scope';
import { absolute, lookup, numberIn } from './scope';

const timeUnits: Record<string, string> = { H: 'H', MIN: 'M', S: 'S' };

// A unit's length written in the units TIMEX3 durations use.
function datePart(amount: string, unit: string): string | null {
  const count = Number(amount);
  const scaled = (factor: number, code: string) => (amount === 'X' ? `X${code}` : `${count * factor}${code}`);
  switch (unit) {
    case 'D':
    case 'W':
    case 'M':
    case 'Y':
    case 'Q':
    case 'WE':
      return `${amount}${unit}`;
    case 'DE':
      return scaled(10, 'Y');
    case 'CE':
      return scaled(100, 'Y');
    case 'FN':
      return scaled(2, 'W');
    case 'HY':
      return scaled(6, 'M');
    case 'ML':
      return scaled(1000, 'Y');
    default:
      return null;
  }
}

// "2 1/2 years" is P2Y6M and "a minute and a half" PT1M30S; weeks and days keep the half (P2.5W), as
// does a half alone ("media hora", PT0.5H).
const halfInSmallerUnit: Record<string, { amount: string; unit: string }> = {
  Y: { amount: '6', unit: 'M' },
  H: { amount: '30', unit: 'MIN' },
  MIN: { amount: '30', unit: 'S' },
};

function splitHalves(parts: { amount: string; unit: string }[]): { amount: string; unit: string }[] {
  return parts.flatMap((part) => {
    const whole = /^(\d+)\.5$/.exec(part.amount);
    const half = halfInSmallerUnit[part.unit];
    return whole && Number(whole[1]) > 0 && half ? [{ amount: whole[1], unit: part.unit }, half] : [part];
  });
}

/** P17D, PT40M, P1Y6M, PT2H30M, PXD. */
export function durationValue(parts: { amount: string; unit: string }[]): string | null {
  const dateParts: string[] = [];
  const clockParts: string[] = [];
  for (const { amount, unit } of splitHalves(parts)) {
    const clock = timeUnits[unit];
    if (clock) {
      clockParts.push(`${amount}${clock}`);
      continue;
    }
    const part = datePart(amount, unit);
    if (part === null) return null;
    dateParts.push(part);
  }
  return `P${dateParts.join('')}${clockParts.length ? `T${clockParts.join('')}` : ''}`;
}

function amountOf(groups: Groups, numberGroup: string, scope: ResolveScope): string | null {
  if (groups.fuzzy !== undefined) return 'X';
  const amount = numberIn(groups, numberGroup, scope.lexicon);
  if (amount === null || amount <= 0) return null;
  return String(groups.half || groups.halfBefore ? amount + 0.5 : amount);
}

/** "17 días", "los últimos días" (PXD); a pattern with neither number nor vague word means one ("the year ended"). */
export function resolveDuration(groups: Groups, scope: ResolveScope): Resolution | null {
  const amount = groups.number === undefined && groups.fuzzy === undefined ? '1' : amountOf(groups, 'number', scope);
  const unit = lookup(scope.lexicon.units, groups.unit);
  if (amount === null || !unit) return null;
  const parts = [{ amount, unit }];
  const secondUnit = lookup(scope.lexicon.units, groups.unit2);
  const secondAmount = numberIn(groups, 'number2', scope.lexicon);
  if (secondUnit && secondAmount !== null) parts.push({ amount: String(secondAmount), unit: secondUnit });
  const value = durationValue(parts);
  return value ? absolute('DURATION', value) : null;
}

/** "hace unos días" is a vague stretch back: a duration in Spanish TimeML, PAST_REF in English. */
export function resolveFuzzyAgo(groups: Groups, scope: ResolveScope, type: 'DATE' | 'DURATION'): Resolution | null {
  if (type === 'DATE') return absolute('DATE', 'PAST_REF');
  const unit = lookup(scope.lexicon.units, groups.unit) ?? 'M';
  const value = durationValue([{ amount: 'X', unit }]);
  return value ? absolute('DURATION', value) : null;
}

export function resolveReference(groups: Groups, scope: ResolveScope): Resolution | null {
  const value =
    lookup(scope.lexicon.references, groups.reference) ??
    lookup(scope.lexicon.guardedReferences, groups.guardedReference) ??
    lookup(scope.lexicon.adjectiveCues, groups.adjective);
  return value ? absolute('DATE', value) : null;
}

export function resolveSet(groups: Groups, scope: ResolveScope): Resolution | null {
  const fixed = lookup(scope.lexicon.sets, groups.set) ?? lookup(scope.lexicon.guardedSets, groups.guardedSet);
  if (fixed) return absolute('SET', fixed);
  const weekday = lookup(scope.lexicon.weekdays, groups.weekday);
  if (weekday) return absolute('SET', `XXXX-WXX-${weekday}`);
  const month = lookup(scope.lexicon.months, groups.month);
  if (month) return absolute('SET', `XXXX-${pad2(month)}`);
  const amount = groups.number === undefined ? '1' : amountOf(groups, 'number', scope);
  const unit = lookup(scope.lexicon.units, groups.unit);
  const value = amount && unit ? durationValue([{ amount, unit }]) : null;
  return value ? absolute('SET', value) : null;
}
