// `npm run eval [-- --models DIR]`: scores the committed entity models on the dev sets (esp.testa,
// eng.testa) with conlleval's rules, and measures load time, memory and tokenising-plus-tagging speed.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { loadEntityRecognizer, type EntityTagger } from '../server/src/models';
import { tokenize } from '../server/src/analysis/tokens';
import { labelOf } from '../server/src/analysis/entities/bilouLabels';
import { EntityScorer, formatScores } from './ner/conlleval';
import { loadDevSet, type ModelLanguage } from './ner/datasets';
import type { LabelledDocument } from './ner/corpus';

// Memory is measured after garbage collection, so that it counts what the models keep, not what loading left behind.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function main(): void {
  const { values } = parseArgs({ options: { models: { type: 'string', default: resolve(__dirname, '../models') } } });
  collectGarbage();
  const memoryBefore = process.memoryUsage();
  const loadStarted = performance.now();
  const tagger = loadEntityRecognizer(values.models);
  tagger.tagTokens([['Warm', 'up']], 'en');
  const loadMs = performance.now() - loadStarted;
  collectGarbage();
  const memoryAfter = process.memoryUsage();
  const addedMb = (memoryAfter.rss - memoryBefore.rss) / 1e6;
  console.log(
    `models from ${values.models}: loaded in ${loadMs.toFixed(0)} ms, +${addedMb.toFixed(0)} MB resident (heap +${((memoryAfter.heapUsed - memoryBefore.heapUsed) / 1e6).toFixed(0)} MB, buffers +${((memoryAfter.arrayBuffers - memoryBefore.arrayBuffers) / 1e6).toFixed(0)} MB)`,
  );
  for (const language of ['es', 'en'] as const) {
    const dev = loadDevSet(language);
    console.log(formatScores(`${language} dev (${language === 'es' ? 'esp.testa' : 'eng.testa'})`, score(tagger, dev, language)));
    console.log(
      `  speed: ${Math.round(tokensPerSecond(tagger, dev, language)).toLocaleString('en')} tokens per CPU second, tokenising raw text and tagging (fastest of 5 runs)`,
    );
  }
}

function score(tagger: EntityTagger, documents: readonly LabelledDocument[], language: ModelLanguage): EntityScorer {
  const scorer = new EntityScorer();
  for (const document of documents) {
    const predicted = tagger.tagTokens(
      document.map((sentence) => sentence.tokens),
      language,
    );
    document.forEach((sentence, s) => scorer.add(sentence.labels, predicted[s].map(labelOf)));
  }
  return scorer;
}

/** Rebuilds plain article text from the dev documents and times the whole path an article takes. */
function tokensPerSecond(tagger: EntityTagger, documents: readonly LabelledDocument[], language: ModelLanguage): number {
  const texts = documents.map((document) => document.map((sentence) => sentence.tokens.join(' ')).join('\n\n'));
  const run = () => {
    let tokens = 0;
    for (const text of texts) {
      const tokenized = tokenize(text);
      tokens += tokenized.tokens.length;
      tagger.recognize({ text, language, ...tokenized, articleDate: null });
    }
    return tokens;
  };
  // The machine is shared: CPU time counts the work of this process alone, and the fastest of
  // several runs is the one least disturbed by others.
  let fastest = 0;
  for (let round = 0; round < 6; round++) {
    const started = process.cpuUsage();
    const tokens = run();
    const used = process.cpuUsage(started);
    if (round > 0) fastest = Math.max(fastest, tokens / ((used.user + used.system) / 1e6));
  }
  return fastest;
}

main();
