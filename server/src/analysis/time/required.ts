// What a pattern cannot match without: trigger classes (its placeholders {month}, {unit}, ..., digits
// and literal words of a class such as "año", "siglo") and its own literal words ("quarter"), when
// they lie outside every optional group and negative lookaround (a lookbehind sees only the window
// too: rules run on the window's own string). What every alternative of a group
// needs is needed; when the alternatives need different things, one of them is ("quarter|half").
// A rule is not run in a window that lacks what it needs.

/** Trigger classes and literal words (lower case), as arrays: they are checked in every window. */
export interface Items {
  classes: string[];
  words: string[];
}

export interface Requirements {
  /** What every match holds. */
  all: Items;
  /** Every match holds at least one item of each clause. */
  anyOf: Items[];
}

/** While parsing, an item is a class name or a literal word written `word:<word>`. */
interface ItemSets {
  all: Set<string>;
  anyOf: Set<string>[];
}

interface Frame {
  /** Requirements of each alternative seen so far in this group. */
  branches: ItemSets[];
  /** A negative lookaround: what it names need not be in the text. */
  negative: boolean;
}

const literalPrefix = 'word:';

// Shorter literal words ("s" of "year's", "of") are in almost every window and would only cost a look.
const minimumLiteralLength = 3;

function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...first].filter((item) => rest.every((set) => set.has(item))));
}

function newRequirements(): ItemSets {
  return { all: new Set(), anyOf: [] };
}

// The requirements of a group: what all alternatives share; else one item of each alternative, the
// rarest kind: a literal word (the longest) rather than a class.
function mergeBranches(branches: ItemSets[]): ItemSets {
  if (branches.length === 1) return branches[0];
  const all = intersect(branches.map((branch) => branch.all));
  if (all.size > 0) return { all, anyOf: [] };
  const clause = new Set<string>();
  for (const branch of branches) {
    const items = representative(branch);
    if (!items) return { all, anyOf: [] };
    for (const item of items) clause.add(item);
  }
  return { all, anyOf: [clause] };
}

function representative(branch: ItemSets): Iterable<string> | null {
  if (branch.all.size > 0) return [bestItem(branch.all)];
  return branch.anyOf.reduce<Set<string> | null>((smallest, clause) => (smallest === null || clause.size < smallest.size ? clause : smallest), null);
}

function bestItem(items: Set<string>): string {
  let best = '';
  for (const item of items) {
    const isWord = item.startsWith(literalPrefix);
    const bestIsWord = best.startsWith(literalPrefix);
    if (best === '' || (isWord && !bestIsWord) || (isWord === bestIsWord && item.length > best.length)) best = item;
  }
  return best;
}

function isQuantifiedOptional(regex: string, index: number): boolean {
  const next = regex[index];
  return next === '?' || next === '*' || (next === '{' && /^\{0[,}]/.test(regex.slice(index)));
}

const letter = /\p{L}/u;

/**
 * What every match of the raw (unexpanded) pattern must contain. `classes` are the placeholder
 * classes and `digit`; `classesOfWord` gives the classes of a literal word; `wordsOfPlaceholder`, for
 * a placeholder of no class, words one of which each of its matches holds ({spokenYear}: "nineteen").
 */
export function requiredClasses(
  regex: string,
  classes: Set<string>,
  classesOfWord: Map<string, string[]>,
  wordsOfPlaceholder = new Map<string, string[]>(),
): Requirements {
  const stack: Frame[] = [{ branches: [newRequirements()], negative: false }];
  const current = () => stack[stack.length - 1].branches[stack[stack.length - 1].branches.length - 1];
  let index = 0;
  while (index < regex.length) {
    const character = regex[index];
    if (letter.test(character)) {
      let end = index;
      while (end < regex.length && letter.test(regex[end])) end++;
      const whole = !letter.test(regex[index - 1] ?? '') && !/[?*{(]/.test(regex[end] ?? '');
      if (whole) {
        const word = regex.slice(index, end).toLowerCase();
        for (const name of classesOfWord.get(word) ?? []) current().all.add(name);
        if (word.length >= minimumLiteralLength) current().all.add(literalPrefix + word);
      }
      index = end;
      continue;
    }
    if (character === '\\') {
      const escape = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|.)/.exec(regex.slice(index))?.[0] ?? '\\';
      index += escape.length;
      if (escape === '\\d' && classes.has('digit') && !isQuantifiedOptional(regex, index)) current().all.add('digit');
      continue;
    }
    if (character === '[') {
      const start = index;
      index++;
      while (index < regex.length && regex[index] !== ']') index += regex[index] === '\\' ? 2 : 1;
      index++;
      const onlyDigits = /^\[(?:\d-\d|\d)+\]$/.test(regex.slice(start, index));
      if (onlyDigits && classes.has('digit') && !isQuantifiedOptional(regex, index)) current().all.add('digit');
      continue;
    }
    if (character === '{') {
      const placeholder = /^\{([a-z]\w*)\}/.exec(regex.slice(index));
      if (placeholder) {
        index += placeholder[0].length;
        if (isQuantifiedOptional(regex, index)) continue;
        const words = wordsOfPlaceholder.get(placeholder[1]) ?? [];
        if (classes.has(placeholder[1])) current().all.add(placeholder[1]);
        else if (words.length > 0) current().anyOf.push(new Set(words.map((word) => literalPrefix + word.toLowerCase())));
        continue;
      }
    }
    if (character === '(') {
      const opening = /^\((?:\?(?:=|!|<=|<!|:|<[A-Za-z]\w*>))?/.exec(regex.slice(index))?.[0] ?? '(';
      stack.push({ branches: [newRequirements()], negative: /^\(\?(?:!|<!)/.test(opening) });
      index += opening.length;
      continue;
    }
    if (character === '|') {
      stack[stack.length - 1].branches.push(newRequirements());
      index++;
      continue;
    }
    if (character === ')' && stack.length > 1) {
      const frame = stack.pop() as Frame;
      index++;
      if (frame.negative || isQuantifiedOptional(regex, index)) continue;
      const merged = mergeBranches(frame.branches);
      for (const item of merged.all) current().all.add(item);
      current().anyOf.push(...merged.anyOf);
      continue;
    }
    index++;
  }
  const { all, anyOf } = mergeBranches(stack[0].branches);
  return { all: itemsOf(all), anyOf: anyOf.map(itemsOf) };
}

function itemsOf(items: Set<string>): Items {
  const list = [...items];
  return {
    classes: list.filter((item) => !item.startsWith(literalPrefix)),
    words: list.filter((item) => item.startsWith(literalPrefix)).map((item) => item.slice(literalPrefix.length)),
  };
}
