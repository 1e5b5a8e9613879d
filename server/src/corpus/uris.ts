// One key per article: the same file reaches the server as a URI from the disk scan
// (`pathToFileURL` leaves `( ) ' , ; = + @ ! & $` alone), from VS Code (which percent-encodes them)
// and from file events. Every URI is decoded and re-encoded one way on its way in, the way VS Code
// writes it, so that `Informe (1).txt` is one article whoever names it.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The canonical form of a URI, or undefined when it is a `file:` URI that names no local file. */
export function canonicalUri(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return uri;
  const file = filePathOf(uri);
  try {
    return file === undefined ? undefined : fileUri(file);
  } catch {
    // A lone surrogate in a decoded name cannot be encoded again: no file has that name.
    return undefined;
  }
}

/** The local path a `file:` URI names, or undefined (another scheme, a host, a malformed escape). */
export function filePathOf(uri: string): string | undefined {
  if (!/^file:/i.test(uri)) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The canonical URI of an absolute path: every character but unreserved ones and `/` percent-encoded. */
export function fileUri(file: string): string {
  const slashed = path.resolve(file).split(path.sep).join('/');
  const rooted = slashed.startsWith('/') ? slashed : `/${slashed}`;
  return `file://${rooted.split('/').map(encodeSegment).join('/')}`;
}

function encodeSegment(segment: string): string {
  // Most names are plain letters, digits and dots: nothing to encode (ten thousand URIs at every scan).
  if (/^[\w.~-]*$/.test(segment)) return segment;
  return encodeURIComponent(segment).replace(/[!'()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}
