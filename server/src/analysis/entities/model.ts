// A trained tagger for one language and its byte format: a magic word, a JSON header, then the
// quantised emission weights as little-endian 16-bit integers. Compression is the loader's business.
import { labelNames } from './labels';
import { transitionRows, type LinearWeights } from './decode';

export interface ModelHeader {
  language: string;
  hashBits: number;
  labels: string[];
  scale: number;
  transitions: number[];
  /** Free-form provenance: training sets, epochs, dev scores. */
  training: Record<string, unknown>;
}

export interface TaggerModel extends LinearWeights {
  language: string;
  hashBits: number;
  emission: Int16Array;
  training: Record<string, unknown>;
}

const magic = 'NMNER2\n';
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeModel(model: TaggerModel): Uint8Array {
  const header: ModelHeader = {
    language: model.language,
    hashBits: model.hashBits,
    labels: [...labelNames],
    scale: model.scale,
    transitions: Array.from(model.transitions),
    training: model.training,
  };
  // Padding puts the weights at an even offset, so a loader can view them in place as 16-bit integers.
  let headerJson = JSON.stringify(header);
  if ((magic.length + 4 + new TextEncoder().encode(headerJson).length) % 2 === 1) headerJson += ' ';
  const headerBytes = new TextEncoder().encode(headerJson);
  const bytes = new Uint8Array(magic.length + 4 + headerBytes.length + model.emission.byteLength);
  bytes.set(new TextEncoder().encode(magic), 0);
  new DataView(bytes.buffer).setUint32(magic.length, headerBytes.length, true);
  bytes.set(headerBytes, magic.length + 4);
  const weights = new DataView(bytes.buffer, magic.length + 4 + headerBytes.length);
  model.emission.forEach((weight, i) => weights.setInt16(2 * i, weight, true));
  return bytes;
}

export function decodeModel(bytes: Uint8Array): TaggerModel {
  if (new TextDecoder().decode(bytes.subarray(0, magic.length)) !== magic) throw new Error('Not a Newsmark entity model');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(magic.length, true);
  const headerStart = magic.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(headerStart, headerStart + headerLength))) as ModelHeader;
  if (header.labels.join() !== labelNames.join()) throw new Error(`Entity model labels ${header.labels.join()} differ from ${labelNames.join()}`);
  const weightsStart = headerStart + headerLength;
  const expected = (1 << header.hashBits) * labelNames.length;
  if (bytes.length - weightsStart !== 2 * expected) throw new Error(`Entity model holds ${(bytes.length - weightsStart) / 2} weights, expected ${expected}`);
  if (header.transitions.length !== transitionRows * labelNames.length) throw new Error('Entity model transitions are malformed');
  // The file is little-endian; an aligned view avoids copying tens of megabytes.
  const offset = bytes.byteOffset + weightsStart;
  let emission: Int16Array;
  if (!littleEndian) emission = Int16Array.from({ length: expected }, (_, i) => view.getInt16(weightsStart + 2 * i, true));
  else if (offset % 2 === 0) emission = new Int16Array(bytes.buffer, offset, expected);
  else emission = new Int16Array(bytes.buffer.slice(offset, offset + 2 * expected));
  return {
    language: header.language,
    hashBits: header.hashBits,
    emission,
    scale: header.scale,
    transitions: Float32Array.from(header.transitions),
    training: header.training,
  };
}
