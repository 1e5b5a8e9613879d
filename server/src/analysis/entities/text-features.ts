// Per-token properties that every feature template reads: normalised form, shape, case, affixes.

const quoteLike = new Map([
  ['“', '"'], ['”', '"'], ['«', '"'], ['»', '"'], ['„', '"'], ["''", '"'], ['``', '"'],
  ['‘', "'"], ['’', "'"], ['—', '-'], ['–', '-'], ['…', '...'],
]);

/** Typography differs between news sites and CoNLL files; the model sees one spelling. */
export function normaliseForm(token: string): string {
  const mapped = quoteLike.get(token);
  if (mapped !== undefined) return mapped;
  let form = token;
  if (form.includes('’')) form = form.replace(/’/g, "'");
  if (/\d/.test(form)) form = form.replace(/\d/g, '0');
  return form;
}

/** Character classes with repeats collapsed: "Putin" → "Xx", "EE.UU." → "X.X.", "F/A-18" → "X/X-d". */
export function wordShape(form: string): string {
  let shape = '';
  let last = '';
  for (const char of form) {
    let cls: string;
    if (char >= '0' && char <= '9') cls = 'd';
    else if (char !== char.toLowerCase()) cls = 'X';
    else if (char !== char.toUpperCase()) cls = 'x';
    else cls = char;
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

export function isCapitalised(form: string): boolean {
  const first = form.charAt(0);
  return first !== first.toLowerCase();
}

/** All letters lower case, at least one letter. */
export function isLowerCaseWord(form: string, lower: string): boolean {
  return form === lower && lower !== form.toUpperCase();
}

export function isUpperCaseWord(form: string): boolean {
  return form === form.toUpperCase() && form !== form.toLowerCase();
}

export function hasLetter(form: string): boolean {
  return form.toLowerCase() !== form.toUpperCase();
}
