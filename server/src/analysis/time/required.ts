// Which trigger classes a pattern cannot match without: its placeholders ({month}, {unit}, ...),
// digits (\d) and literal words of a class ("año", "siglo"), when they lie outside every optional
// group and lookaround and in every alternative. A rule whose classes are not all in a window is
// not run there.

interface Frame {
  /** Requirements of each alternative seen so far in this group. */
  branches: Set<string>[];
  lookaround: boolean;
}

function intersect(sets: Set<string>[]): Set<string> {
  const [first, ...rest] = sets;
  return new Set([...first].filter((item) => rest.every((set) => set.has(item))));
}

function isQuantifiedOptional(regex: string, index: number): boolean {
  const next = regex[index];
  return next === '?' || next === '*' || (next === '{' && /^\{0[,}]/.test(regex.slice(index)));
}

const letter = /\p{L}/u;

/**
 * The classes every match of the raw (unexpanded) pattern must contain. `classes` are the placeholder
 * classes and `digit`; `classesOfWord` gives the classes of a literal word.
 */
export function requiredClasses(regex: string, classes: Set<string>, classesOfWord: Map<string, string[]>): Set<string> {
  const stack: Frame[] = [{ branches: [new Set()], lookaround: false }];
  const current = () => stack[stack.length - 1].branches[stack[stack.length - 1].branches.length - 1];
  let index = 0;
  while (index < regex.length) {
    const character = regex[index];
    if (letter.test(character)) {
      let end = index;
      while (end < regex.length && letter.test(regex[end])) end++;
      const whole = !letter.test(regex[index - 1] ?? '') && !/[?*{(]/.test(regex[end] ?? '');
      if (whole) for (const name of classesOfWord.get(regex.slice(index, end).toLowerCase()) ?? []) current().add(name);
      index = end;
      continue;
    }
    if (character === '\\') {
      const escape = /^\\(?:[pPk]\{[^}]*\}|k<[^>]*>|.)/.exec(regex.slice(index))?.[0] ?? '\\';
      index += escape.length;
      if (escape === '\\d' && classes.has('digit') && !isQuantifiedOptional(regex, index)) current().add('digit');
      continue;
    }
    if (character === '[') {
      index++;
      while (index < regex.length && regex[index] !== ']') index += regex[index] === '\\' ? 2 : 1;
      index++;
      continue;
    }
    if (character === '{') {
      const placeholder = /^\{([a-z]\w*)\}/.exec(regex.slice(index));
      if (placeholder) {
        index += placeholder[0].length;
        if (classes.has(placeholder[1]) && !isQuantifiedOptional(regex, index)) current().add(placeholder[1]);
        continue;
      }
    }
    if (character === '(') {
      const opening = /^\((?:\?(?:=|!|<=|<!|:|<[A-Za-z]\w*>))?/.exec(regex.slice(index))?.[0] ?? '(';
      stack.push({ branches: [new Set()], lookaround: /^\(\?(?:=|!|<=|<!)/.test(opening) });
      index += opening.length;
      continue;
    }
    if (character === '|') {
      stack[stack.length - 1].branches.push(new Set());
      index++;
      continue;
    }
    if (character === ')' && stack.length > 1) {
      const frame = stack.pop() as Frame;
      index++;
      if (frame.lookaround || isQuantifiedOptional(regex, index)) continue;
      for (const item of intersect(frame.branches)) current().add(item);
      continue;
    }
    index++;
  }
  return intersect(stack[0].branches);
}
