// The gazetteer every model is trained and run with: both languages' lists and the GeoNames cities.
// Spanish names turn up in English news and the other way round, so one merged gazetteer serves both.
// The lists (2.6 MB, most of it the cities) are required when the gazetteer is first built, not
// imported: a bundle then holds each inside a function, which V8 only skims at start, and a process
// that never tags (a warm start's main thread) neither compiles nor allocates them (about 100 ms).
/* eslint-disable @typescript-eslint/no-require-imports */
import { Gazetteer, type GazetteerData } from './gazetteerIndex';
import type Cities from '../resources/ner-cities.json';

let gazetteer: Gazetteer | null = null;

export function sharedGazetteer(): Gazetteer {
  if (gazetteer) return gazetteer;
  const esGazetteer = require('../resources/es/ner-gazetteer.json') as GazetteerData;
  const enGazetteer = require('../resources/en/ner-gazetteer.json') as GazetteerData;
  const cities = require('../resources/ner-cities.json') as typeof Cities;
  gazetteer = new Gazetteer(mergeGazetteers([esGazetteer, enGazetteer]), cities.cities);
  return gazetteer;
}

function mergeGazetteers(sources: GazetteerData[]): GazetteerData {
  const merged: GazetteerData = { country: [], region: [], continent: [], firstName: [], lastName: [], organisationForm: [] };
  for (const source of sources) for (const key of Object.keys(merged) as (keyof GazetteerData)[]) merged[key].push(...source[key]);
  return merged;
}
