// A trained tagger for one language and its byte format: a magic word, a JSON header, the bitmap of
// rows that have weights (32-bit words) and those rows' quantised weights (16-bit integers), all
// little-endian. Compression is the loader's business.
import { labelNames } from './bilouLabels';
import { transitionRows } from './viterbi';
import { SparseWeights } from './sparse-weights';

export interface ModelHeader {
  language: string;
  hashBits: number;
  labels: string[];
  /** A weight is its stored integer times this. */
  scale: number;
  transitions: number[];
  presentRows: number;
  /** Free-form provenance: training sets, epochs, dev scores. */
  training: Record<string, unknown>;
}

export interface TaggerModel {
  language: string;
  hashBits: number;
  weights: SparseWeights;
  scale: number;
  /** transitionRows × labelCount, row = previous label (the last row: sentence start). */
  transitions: Float32Array;
  training: Record<string, unknown>;
}

const magic = 'NMNER3\n';
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeModel(model: TaggerModel): Uint8Array {
  const { present, values } = model.weights;
  const header: ModelHeader = {
    language: model.language,
    hashBits: model.hashBits,
    labels: [...labelNames],
    scale: model.scale,
    transitions: Array.from(model.transitions),
    presentRows: values.length / labelNames.length,
    training: model.training,
  };
  // Padding aligns the bitmap and the weights, so a loader can view them in place.
  let headerJson = JSON.stringify(header);
  while ((magic.length + 4 + new TextEncoder().encode(headerJson).length) % 4 !== 0) headerJson += ' ';
  const headerBytes = new TextEncoder().encode(headerJson);
  const presentStart = magic.length + 4 + headerBytes.length;
  const valuesStart = presentStart + present.byteLength;
  const bytes = new Uint8Array(valuesStart + values.byteLength);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode(magic), 0);
  view.setUint32(magic.length, headerBytes.length, true);
  bytes.set(headerBytes, magic.length + 4);
  present.forEach((word, i) => view.setUint32(presentStart + 4 * i, word, true));
  values.forEach((value, i) => view.setInt16(valuesStart + 2 * i, value, true));
  return bytes;
}

export function decodeModel(bytes: Uint8Array): TaggerModel {
  if (new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic) throw new Error('Not a Newsmark entity model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(magic.length, true);
  const headerStart = magic.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(headerStart, headerStart + headerLength))) as ModelHeader;
  if (header.labels.join() !== labelNames.join()) throw new Error(`Entity model labels ${header.labels.join()} differ from ${labelNames.join()}`);
  if (header.transitions.length !== transitionRows * labelNames.length) throw new Error('Entity model transitions are malformed');
  const presentStart = headerStart + headerLength;
  const presentWords = Math.ceil((1 << header.hashBits) / 32);
  const valuesStart = presentStart + 4 * presentWords;
  const valueCount = header.presentRows * labelNames.length;
  if (bytes.length !== valuesStart + 2 * valueCount)
    throw new Error(`Entity model holds ${bytes.length - valuesStart} bytes of weights, expected ${2 * valueCount}`);
  const present = readArray(bytes, presentStart, presentWords, Uint32Array, (offset) => view.getUint32(offset, true));
  const values = readArray(bytes, valuesStart, valueCount, Int16Array, (offset) => view.getInt16(offset, true));
  return {
    language: header.language,
    hashBits: header.hashBits,
    weights: new SparseWeights(present, values),
    scale: header.scale,
    transitions: Float32Array.from(header.transitions),
    training: header.training,
  };
}

type IntegerArray = Uint32Array | Int16Array;

// An aligned view on a little-endian machine needs no copy; otherwise the values are read one by one.
function readArray<T extends IntegerArray>(
  bytes: Uint8Array,
  start: number,
  length: number,
  Kind: { new (buffer: ArrayBufferLike, offset: number, length: number): T; new (length: number): T; BYTES_PER_ELEMENT: number },
  read: (offset: number) => number,
): T {
  const offset = bytes.byteOffset + start;
  if (littleEndian && offset % Kind.BYTES_PER_ELEMENT === 0) return new Kind(bytes.buffer, offset, length);
  const array = new Kind(length);
  for (let i = 0; i < length; i++) array[i] = read(start + i * Kind.BYTES_PER_ELEMENT);
  return array;
}
