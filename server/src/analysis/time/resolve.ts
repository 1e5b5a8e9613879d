// Sends a rule's match to the resolver for its kind.
import type { TimeRule } from './lexicon';
import { resolveCalendar, resolveCentury, resolveDecade, resolveHoliday, resolveIso, resolveQuarter, resolveSeason, resolveYear } from './dates';
import {
  resolveAgo,
  resolveAnaphoric,
  resolveReportedPeriod,
  resolveYearAgoPeriod,
  resolveClock,
  resolveNight,
  resolvePartOfDay,
  resolveRelativeDay,
  resolveRelativeUnit,
} from './relative';
import type { Groups, Resolution, ResolveScope } from './scope';
import { resolveDuration, resolveFuzzyAgo, resolveReference, resolveSet } from './spans';

export function resolveMatch(rule: TimeRule, groups: Groups, scope: ResolveScope): Resolution | null {
  switch (rule.kind) {
    case 'calendar':
      return resolveCalendar(groups, scope);
    case 'year':
      return resolveYear(groups, scope);
    case 'decade':
      return resolveDecade(groups, scope);
    case 'century':
      return resolveCentury(groups, scope);
    case 'quarter':
      return resolveQuarter(groups, scope);
    case 'season':
      return resolveSeason(groups, scope);
    case 'holiday':
      return resolveHoliday(groups, scope);
    case 'iso':
      return resolveIso(groups);
    case 'relativeUnit':
      return resolveRelativeUnit(groups, scope);
    case 'ago':
      return resolveAgo(groups, scope, -1);
    case 'later':
      return resolveAgo(groups, scope, 1);
    case 'anaphoric':
      return resolveAnaphoric(groups, scope);
    case 'yearAgoPeriod':
      return resolveYearAgoPeriod(scope);
    case 'reportedPeriod':
      return resolveReportedPeriod(groups, scope);
    case 'fuzzyAgo':
      return resolveFuzzyAgo(groups, scope, rule.type === 'DURATION' ? 'DURATION' : 'DATE');
    case 'relativeDay':
      return resolveRelativeDay(groups, scope);
    case 'night':
      return resolveNight(groups, scope);
    case 'partOfDay':
      return resolvePartOfDay(groups, scope);
    case 'clock':
      return resolveClock(groups, scope);
    case 'duration':
      return resolveDuration(groups, scope);
    case 'reference':
      return resolveReference(groups, scope);
    case 'set':
      return resolveSet(groups, scope);
  }
}
