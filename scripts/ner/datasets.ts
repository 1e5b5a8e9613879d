// The training sets `npm run train -- --data SET,...` knows by name, and user data given by path.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataRoot } from '../dataRoot';
import { detectLanguage } from '../../server/src/analysis/language';
import { readBratDirectory } from './brat';
import { readConllFile } from './conll';
import type { LabelledDocument } from './corpus';
import { includeEnclosingQuotes } from './quote-convention';

export type ModelLanguage = 'es' | 'en';

interface NamedSet {
  language: ModelLanguage;
  files: string[];
  terms: string;
  /** Spanish sets whose names may leave their quotation marks outside, brought to esp.testa's convention. */
  quotesInside?: boolean;
}

export const namedSets: Record<string, NamedSet> = {
  'conll2002-es': { language: 'es', files: ['ner/conll2002-es/esp.train'], terms: 'CoNLL-2002: research use only', quotesInside: true },
  'conll2003-en': { language: 'en', files: ['ner/conll2003-en/eng.train'], terms: 'Reuters corpus research terms' },
  cess_esp: {
    language: 'es',
    files: ['ner-extra/cess_esp/cess_esp_ner.bio'],
    terms: 'AnCora/CESS-ESP, CC BY 4.0 per UD_Spanish-AnCora (verify)',
    quotesInside: true,
  },
  'europarl-es': {
    language: 'es',
    files: ['ner-extra/europarl_ner/es-europarl.test.conll02'],
    terms: 'Europarl: no copyright restrictions',
    quotesInside: true,
  },
  'europarl-en': { language: 'en', files: ['ner-extra/europarl_ner/en-europarl.test.conll02'], terms: 'Europarl: no copyright restrictions' },
  btc: { language: 'en', files: ['ner-extra/btc/train_dev_test_conll_btc.train'], terms: 'CC BY 4.0' },
  wnut17: { language: 'en', files: ['ner-extra/wnut17/data_WNUT17_CONLL-format_data_train_wnut17train.conll'], terms: 'CC BY 4.0' },
  uner_en_ewt: { language: 'en', files: ['ner-extra/uner_en_ewt/en_ewt-ud-dev.iob2'], terms: 'CC BY-SA 4.0' },
  uner_en_pud: { language: 'en', files: ['ner-extra/uner_en_pud/en_pud-ud-test.iob2'], terms: 'CC BY-SA 3.0' },
  gum: { language: 'en', files: ['ner-extra/gum/gum_ner_all.bio'], terms: 'CC BY 4.0 annotations; texts CC BY / CC BY-SA' },
  sec_filings: { language: 'en', files: ['ner-extra/sec_filings/data_SEC-filings_CONLL-format_data_train_FIN5.txt'], terms: 'CC BY 3.0' },
};

/** `--data open`: the ner-extra sets, for a model trained without the CoNLL research-only data. */
const openSets = ['cess_esp', 'europarl-es', 'europarl-en', 'btc', 'wnut17', 'uner_en_ewt', 'uner_en_pud', 'gum', 'sec_filings'];

/** A `--data` list as set specs, with `open` standing for all the ner-extra sets and `default` for the default ones. */
export function expandSetList(list: string, defaults: readonly string[] = []): string[] {
  return list
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .flatMap((name) => (name === 'open' ? openSets : name === 'default' ? [...defaults] : [name]));
}

export const devSets: Record<ModelLanguage, string> = {
  es: 'ner/conll2002-es/esp.testa',
  en: 'ner/conll2003-en/eng.testa',
};

export interface LoadedSet {
  name: string;
  language: ModelLanguage;
  terms: string;
  documents: LabelledDocument[];
}

/**
 * A set is a name from `namedSets` or a path: a CoNLL-style file, or a directory of brat `.txt`/`.ann`
 * pairs (also written `brat:DIR`, as `newsmark export --format brat` makes them). A path may end in
 * `@es` or `@en`; otherwise each document's language is detected.
 */
export function loadSet(spec: string): LoadedSet[] {
  if (spec.startsWith('brat:')) return loadBratSet(spec);
  const named = namedSets[spec];
  if (named) {
    const documents = named.files.flatMap((file) => readConllFile(join(dataRoot, file)));
    return [{ name: spec, language: named.language, terms: named.terms, documents: named.quotesInside ? documents.map(includeEnclosingQuotes) : documents }];
  }
  const [path, forced] = spec.split(/@(?=(?:es|en)$)/) as [string, ModelLanguage | undefined];
  if (!existsSync(path)) throw new Error(`Unknown training set ${spec}: neither ${Object.keys(namedSets).join(', ')} nor an existing path`);
  return byLanguage(spec, statSync(path).isDirectory() ? readBratDirectory(path) : readConllFile(path), forced);
}

function loadBratSet(spec: string): LoadedSet[] {
  const [path, forced] = spec.slice('brat:'.length).split(/@(?=(?:es|en)$)/) as [string, ModelLanguage | undefined];
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new Error(`${spec}: ${path} is not a folder of brat .txt/.ann pairs`);
  return byLanguage(spec, readBratDirectory(path), forced);
}

function byLanguage(name: string, documents: LabelledDocument[], forced: ModelLanguage | undefined): LoadedSet[] {
  const split: Record<ModelLanguage, LabelledDocument[]> = { es: [], en: [] };
  for (const document of documents) split[forced ?? languageOf(document)].push(document);
  return (['es', 'en'] as const)
    .filter((language) => split[language].length > 0)
    .map((language) => ({ name, language, terms: 'your own data', documents: split[language] }));
}

function languageOf(document: LabelledDocument): ModelLanguage {
  const tokens = document.flatMap((sentence) => sentence.tokens.map((text) => ({ text, start: 0, end: 0 })));
  return detectLanguage(tokens) === 'es' ? 'es' : 'en';
}

export function loadDevSet(language: ModelLanguage): LabelledDocument[] {
  return readConllFile(join(dataRoot, devSets[language]));
}
