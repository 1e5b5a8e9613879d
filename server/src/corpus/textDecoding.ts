// Bytes of a `.txt` file to the text an editor shows: BOM removed, UTF-16 by its BOM, UTF-8 when
// valid, else Windows-1252 (a superset of Latin-1 for printable text). Binary files are refused.

export type DecodedArticle = { kind: 'text'; text: string } | { kind: 'skipped'; reason: string };

const binarySniffBytes = 8192;

export function decodeArticleBytes(bytes: Uint8Array): DecodedArticle {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const bomless = guessBomlessUtf16(bytes);
  if (bomless) return { kind: 'text', text: new TextDecoder(bomless).decode(bytes) };
  if (looksBinary(bytes)) return { kind: 'skipped', reason: 'binary file' };
  try {
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { kind: 'text', text: new TextDecoder('windows-1252').decode(bytes) };
  }
}

// A NUL byte or many control characters near the start: no article text looks like that.
function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, binarySniffBytes);
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const byte = bytes[i];
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) controls++;
  }
  return length > 0 && controls / length > 0.1;
}

// Windows tools write UTF-16 without a BOM too: ASCII text then has a zero in every other byte.
function guessBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, binarySniffBytes) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return null;
}
