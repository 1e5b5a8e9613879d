// The gazetteer every model is trained and run with: both languages' lists and the GeoNames cities.
// Spanish names turn up in English news and the other way round, so one merged gazetteer serves both.
import { Gazetteer, type GazetteerData } from './gazetteerIndex';
import esGazetteer from '../resources/es/ner-gazetteer.json';
import enGazetteer from '../resources/en/ner-gazetteer.json';
import cities from '../resources/ner-cities.json';

let gazetteer: Gazetteer | null = null;

export function sharedGazetteer(): Gazetteer {
  gazetteer ??= new Gazetteer(mergeGazetteers([esGazetteer, enGazetteer]), cities.cities);
  return gazetteer;
}

function mergeGazetteers(sources: GazetteerData[]): GazetteerData {
  const merged: GazetteerData = { country: [], region: [], continent: [], firstName: [], lastName: [], organisationForm: [] };
  for (const source of sources) for (const key of Object.keys(merged) as (keyof GazetteerData)[]) merged[key].push(...source[key]);
  return merged;
}
