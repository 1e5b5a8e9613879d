// Hostile texts of any length, for the linear-cost tests and the bench's hostile inputs: what real
// corpora hold under a .txt name (minified JSON, pages of capitals, binary) and worse.

/** `unit` repeated to `length` characters. */
export function repeated(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export const capitalsPage = 'EL GOBIERNO DE ESPAÑA ANUNCIÓ EL LUNES 3 DE MAYO QUE EL PRESIDENTE PEDRO SÁNCHEZ VIAJARÁ A BRUSELAS. ';

/** An array of records with quoted strings in them, on one line. */
export function minifiedJson(length: number): string {
  const items: string[] = [];
  for (let n = 0, total = 0; total < length; n++) {
    const item = JSON.stringify({
      id: n,
      name: `Item ${n} de "Madrid"`,
      date: `2024-03-0${(n % 9) + 1}`,
      tags: ['a', 'b'],
      text: 'El presidente dijo "hola" el lunes',
    });
    items.push(item);
    total += item.length + 1;
  }
  return `[${items.join(',')}]`.slice(0, length);
}

/** Characters 0–255 from a fixed pseudo-random sequence: a binary file read as text. */
export function binaryish(length: number): string {
  let seed = 12345;
  const codes: number[] = [];
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    codes.push(seed % 256);
  }
  let text = '';
  for (let at = 0; at < codes.length; at += 8192) text += String.fromCharCode(...codes.slice(at, at + 8192));
  return text;
}
