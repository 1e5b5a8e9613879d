// Corpus entities a reader can trust: one identity, one type and a clean name for each, no wrong
// links. Each case is a defect seen on real corpora, on invented articles; the tagger's spans are
// given (errors included) and the real mention repairs and corpus rules run over them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityType } from '../../server/src/analysis/types';
import { CorpusIndex } from '../../server/src/corpus/corpusIndex';
import { entityDisplayName, mainMention, quotesBy, speakerEntityOf, summarizeEntity } from '../../server/src/corpus/entities';
import { searchEntities } from '../../server/src/corpus/entitySearch';
import { createAnalyzer } from '../../server/src/analysis/analyze';
import { repairedAnalyzerOf, repairedRecognizerOf } from '../helpers/taggedSpans';

function corpus(tagged: Record<string, EntityType>, articles: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex(repairedAnalyzerOf(tagged));
  for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
  return index;
}

/** The entity of the nth mention spelled `text` in the article, as "TYPE Name". */
function entityOf(index: CorpusIndex, uri: string, text: string, nth = 0): string {
  const mention = index.article(uri)?.mentions.filter((candidate) => candidate.text === text)[nth];
  assert.ok(mention, `no mention '${text}' in ${uri}`);
  const entity = index.entityOf(mention);
  return `${entity.slice(0, entity.indexOf(':'))} ${entityDisplayName(index, entity)}`;
}

describe('corpus entities', () => {
  it('names an entity by its most frequent full form in article bodies, never a headline fragment', () => {
    const index = corpus(
      { 'Donald Trump Leads': 'PER', 'Donald Trump': 'PER', Trump: 'PER' },
      {
        'poll.txt': 'Polls roundup\n\nThe media love ‘Donald Trump Leads’ and Donald Trump Leads sells.',
        'a.txt': 'Rally\n\nDonald Trump spoke in Iowa. Trump left.',
        'b.txt': 'Debate\n\nDonald Trump answered. Donald Trump won.',
        'd.txt': 'Visit\n\nDonald Trump visited Ohio.',
        'c.txt': 'Opinión\n\nTrump respondió a Maduro.',
      },
    );
    assert.equal(entityOf(index, 'c.txt', 'Trump'), 'PER Donald Trump');
    assert.equal(entityOf(index, 'poll.txt', 'Donald Trump Leads'), 'PER Donald Trump');
    const main = mainMention(index, index.entityOf(index.article('c.txt')!.mentions[0]));
    assert.equal(main?.mention.text, 'Donald Trump');
    const summary = summarizeEntity(index, index.entityOf(index.article('c.txt')!.mentions[0]));
    assert.ok(!summary.aliases.includes('Donald Trump Leads'), summary.aliases.join(', '));
  });

  it('is the person whose whole name a handle writes as one word', () => {
    const index = corpus(
      { 'Hillary Clinton': 'PER', HillaryClinton: 'PER', Clinton: 'PER', "Guivarc'h": 'PER', 'Stephane Guivarch': 'PER', Guivarch: 'PER' },
      {
        'a.txt': 'Rally\n\nHillary Clinton spoke in Iowa. Clinton left.',
        'tweet.txt': 'Tweets\n\nPeople behind @HillaryClinton wore shirts.',
        'b.txt': "Football\n\nStephane Guivarch scored twice. Guivarc'h left.",
        'c.txt': 'Football\n\nGuivarch scored again.',
      },
    );
    assert.equal(entityOf(index, 'tweet.txt', 'HillaryClinton'), 'PER Hillary Clinton');
    // A name cut at its apostrophe ("guivarc h") writes no handle that would make "Guivarch" two people's.
    assert.equal(entityOf(index, 'c.txt', 'Guivarch'), 'PER Stephane Guivarch');
  });

  it('keeps a son apart from his father: a generation suffix names another person', () => {
    const index = corpus(
      { 'Donald Trump': 'PER', 'Donald Trump Jr.': 'PER', Trump: 'PER' },
      { 'a.txt': 'Donald Trump Jr. viajó.', 'b.txt': 'Donald Trump habló.', 'c.txt': 'Donald Trump ganó.', 'd.txt': 'Trump respondió.' },
    );
    assert.equal(entityOf(index, 'a.txt', 'Donald Trump Jr.'), 'PER Donald Trump Jr.');
    assert.equal(entityOf(index, 'b.txt', 'Donald Trump'), 'PER Donald Trump');
    assert.equal(entityOf(index, 'd.txt', 'Trump'), 'PER Donald Trump');
  });

  it('keeps a father apart from his son when middle initials alone tell them apart, and drops initials a writer adds', () => {
    const index = corpus(
      { 'George W. Bush': 'PER', 'George H.W. Bush': 'PER', 'George Bush': 'PER', Bush: 'PER', 'Donald J. Trump': 'PER', 'Donald Trump': 'PER' },
      {
        'a.txt': 'George W. Bush habló. Su padre, George H.W. Bush, calló.',
        'b.txt': 'George W. Bush viajó. George Bush volvió. Bush descansa.',
        'c.txt': 'Donald J. Trump firmó. Donald Trump sonrió.',
        'd.txt': 'Donald Trump habló.',
        'e.txt': 'Donald Trump ganó.',
        'f.txt': 'Donald Trump votó.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'George W. Bush'), 'PER George W. Bush');
    assert.equal(entityOf(index, 'a.txt', 'George H.W. Bush'), 'PER George H.W. Bush');
    assert.equal(entityOf(index, 'b.txt', 'George Bush'), 'PER George W. Bush');
    assert.equal(entityOf(index, 'b.txt', 'Bush'), 'PER George W. Bush');
    assert.equal(entityOf(index, 'c.txt', 'Donald J. Trump'), 'PER Donald Trump');
    assert.equal(entityOf(index, 'c.txt', 'Donald Trump'), 'PER Donald Trump');
  });

  it('is one person whose middle name one article spells out and another gives as an initial, unless two middle names share it', () => {
    const tagged = {
      'James C. Korda': 'PER',
      'James Charles Korda': 'PER',
      'James Korda': 'PER',
      Korda: 'PER',
      'Ann B. Lisle': 'PER',
      'Ann Beth Lisle': 'PER',
      'Ann Bea Lisle': 'PER',
    } as const;
    const index = corpus(tagged, {
      'a.txt': 'James C. Korda was charged. Korda fled.',
      'b.txt': 'James Charles Korda, 44, was caught. Korda spoke.',
      'c.txt': 'James Charles Korda pleaded.',
      'd.txt': 'James Korda appeared. Korda said nothing.',
      'e.txt': 'Ann B. Lisle spoke. Ann Beth Lisle and Ann Bea Lisle, her cousin, did not.',
    });
    for (const [uri, text] of [
      ['a.txt', 'James C. Korda'],
      ['a.txt', 'Korda'],
      ['b.txt', 'Korda'],
      ['d.txt', 'James Korda'],
      ['d.txt', 'Korda'],
    ]) {
      assert.equal(entityOf(index, uri, text), 'PER James Charles Korda', `${text} in ${uri}`);
    }
    // The card and the references read all of them.
    const korda = index.entityOf(index.article('b.txt')!.mentions[0]);
    assert.equal(summarizeEntity(index, korda).mentions.length, 7);
    assert.equal(entityOf(index, 'e.txt', 'Ann B. Lisle'), 'PER Ann B. Lisle');
    assert.equal(entityOf(index, 'e.txt', 'Ann Beth Lisle'), 'PER Ann Beth Lisle');
  });

  it('makes a first name tagged as another name the person it begins, when the corpus names that person far more, but not a believer', () => {
    const tagged = { 'Elian Gonzalez': 'PER', Elian: 'MISC', 'Christian Vieri': 'PER', Christian: 'MISC' } as const;
    const index = corpus(tagged, {
      'a.txt': 'Elian Gonzalez flew home.',
      'b.txt': 'Elian Gonzalez met his father.',
      'c.txt': 'Elian Gonzalez went to school. Christian Vieri scored.',
      'd.txt': 'A court ruled that Elian must return. Every Christian prayed.',
      'e.txt': 'Christian Vieri scored again.',
      'f.txt': 'Christian Vieri signed.',
    });
    assert.equal(entityOf(index, 'd.txt', 'Elian'), 'PER Elian Gonzalez');
    assert.equal(entityOf(index, 'd.txt', 'Christian'), 'MISC Christian');
  });

  it('makes a given name no list holds the person it begins only when the corpus names that person ten times as often', () => {
    const articles: Record<string, string> = { 'jeb.txt': 'The ad claims Jeb is the conservative you can trust.', 'zorb.txt': 'Fans of Zorb cheered.' };
    for (let i = 0; i < 10; i++) articles[`bush-${i}.txt`] = 'Jeb Bush campaigned in Iowa.';
    for (let i = 0; i < 3; i++) articles[`zorb-${i}.txt`] = 'Zorb Quillan signed the deal.';
    const index = corpus({ Jeb: 'MISC', 'Jeb Bush': 'PER', Zorb: 'MISC', 'Zorb Quillan': 'PER' }, articles);
    assert.equal(entityOf(index, 'jeb.txt', 'Jeb'), 'PER Jeb Bush');
    assert.equal(entityOf(index, 'zorb.txt', 'Zorb'), 'MISC Zorb');
  });

  it("makes a surname read as a place or a company the person's when the corpus names that person three times as often in five articles or more, but keeps a town named as one", () => {
    const articles: Record<string, string> = {
      'romney.txt': 'The official line about Romney was repeated, and Fiorina said so.',
      'houston.txt': 'Storms hit Houston on Monday. Roads in Houston flooded, and schools in Houston closed.',
    };
    for (let i = 0; i < 5; i++) articles[`people-${i}.txt`] = 'Mitt Romney, Carly Fiorina and Whitney Houston met.';
    // A person of three stories is too little to say that the "Lloyd's" of another is theirs.
    articles['lloyds.txt'] = "Lloyd's of London raised its rates, and Lloyd's insurers paid.";
    for (let i = 0; i < 3; i++) articles[`lloyd-${i}.txt`] = 'Graham Lloyd resigned.';
    const index = corpus(
      {
        Romney: 'LOC',
        Fiorina: 'ORG',
        Houston: 'LOC',
        'Mitt Romney': 'PER',
        'Carly Fiorina': 'PER',
        'Whitney Houston': 'PER',
        "Lloyd's": 'ORG',
        'Graham Lloyd': 'PER',
      },
      articles,
    );
    assert.equal(entityOf(index, 'romney.txt', 'Romney'), 'PER Mitt Romney');
    assert.equal(entityOf(index, 'romney.txt', 'Fiorina'), 'PER Carly Fiorina');
    assert.equal(entityOf(index, 'houston.txt', 'Houston'), 'LOC Houston');
    assert.equal(entityOf(index, 'lloyds.txt', "Lloyd's"), "ORG Lloyd's");
  });

  it('is one state however the wire abbreviates it', () => {
    const index = corpus(
      { 'Los Angeles': 'LOC', 'Calif.': 'LOC', California: 'LOC' },
      { 'a.txt': 'LOS ANGELES, Calif. (AP) — Rain fell.', 'b.txt': 'California voted.', 'c.txt': 'Rain in California.' },
    );
    assert.equal(entityOf(index, 'a.txt', 'Calif.'), 'LOC California');
    // Named by its full name, though the wire writes the abbreviation more often.
    const wire = corpus(
      { 'Calif.': 'LOC', Calif: 'LOC', California: 'LOC' },
      { 'a.txt': 'Rain fell in Fresno, Calif., and Napa, Calif', 'b.txt': 'California voted.', 'c.txt': 'Rain in Reno, Calif.' },
    );
    assert.equal(entityOf(wire, 'b.txt', 'California'), 'LOC California');
  });

  it("keeps a state's abbreviation from the acronym its letters spell elsewhere", () => {
    const index = corpus(
      { 'Los Angeles': 'LOC', LA: 'LOC', 'La.': 'LOC', Louisiana: 'LOC', 'Oklahoma City': 'LOC', 'Okla.': 'LOC', 'Kansas City': 'LOC', Kansas: 'LOC' },
      {
        'a.txt': 'Rain fell on Los Angeles (LA) again.',
        'b.txt': 'LA traffic stopped.',
        'c.txt': 'Workers in Chalmette, La., struck.',
        'd.txt': 'Louisiana voted.',
        'e.txt': 'Chalmette, La., and Houma, La., voted.',
        'f.txt': 'Rain hit Oklahoma City, Okla., and Kansas City. Kansas voted.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'LA'), 'LOC Los Angeles');
    // Named by the state's name, though the corpus writes its abbreviation more often.
    assert.equal(entityOf(index, 'c.txt', 'La.'), 'LOC Louisiana');
    // A state is no short form of the city named after it.
    assert.equal(entityOf(index, 'f.txt', 'Okla.'), 'LOC Okla.');
    assert.equal(entityOf(index, 'f.txt', 'Kansas'), 'LOC Kansas');
  });

  it('links a surname to the one full name holding it only when that name is in a fair share of its articles', () => {
    const articles: Record<string, string> = { 'jeb.txt': 'Jeb Bush spoke in Miami. Bush left.' };
    for (let i = 0; i < 5; i++) articles[`gulf-${i}.txt`] = 'President Bush met the emir.';
    for (let i = 0; i < 2; i++) articles[`full-${i}.txt`] = `Barack Obama spoke at ${i + 2}.`;
    for (let i = 0; i < 5; i++) articles[`bare-${i}.txt`] = `Obama left at ${i + 2}.`;
    const index = corpus({ 'Jeb Bush': 'PER', Bush: 'PER', 'Barack Obama': 'PER', Obama: 'PER' }, articles);
    assert.equal(entityOf(index, 'gulf-0.txt', 'Bush'), 'PER Bush');
    assert.equal(entityOf(index, 'jeb.txt', 'Bush'), 'PER Jeb Bush');
    // Named in full in two articles, the surname alone in five: his.
    assert.equal(entityOf(index, 'bare-0.txt', 'Obama'), 'PER Barack Obama');
  });

  it("links an acronym to a longer name it begins only when that is a company's full name or the acronym and one proper word", () => {
    const index = corpus(
      {
        'GM Hughes Electronics': 'ORG',
        GM: 'ORG',
        'RJR Nabisco Inc.': 'ORG',
        RJR: 'ORG',
        'PSV Eindhoven': 'ORG',
        PSV: 'ORG',
        'ABC News': 'ORG',
        ABC: 'ORG',
        'Junta de Extremadura': 'ORG',
        JUNTA: 'ORG',
      },
      {
        'a.txt': 'Its unit GM Hughes Electronics earned less. GM shares rose. RJR Nabisco Inc. sold bonds. RJR shares fell.',
        'b.txt': 'PSV Eindhoven won at home. PSV scored twice. ABC News reported it first. ABC later said so.',
        'c.txt': 'La Junta de Extremadura aprobó el plan.\nLA JUNTA APRUEBA EL PLAN',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'GM'), 'ORG GM');
    assert.equal(entityOf(index, 'a.txt', 'RJR'), 'ORG RJR Nabisco Inc.');
    assert.equal(entityOf(index, 'b.txt', 'PSV'), 'ORG PSV Eindhoven');
    assert.equal(entityOf(index, 'b.txt', 'ABC'), 'ORG ABC');
    // A word of a name written in capitals is no acronym.
    assert.equal(entityOf(index, 'c.txt', 'JUNTA'), 'ORG Junta de Extremadura');
  });

  it('makes a known town the tagger read as a person the place, when it is read as one after prepositions and no one bears its name', () => {
    const articles: Record<string, string> = {
      'history.txt': 'Fishing boats anchored in Coron in 1947.',
      'tourism.txt': 'Tourists now stay in Coron all year.',
      'founding.txt': 'Coron was registered as a town in 1902.',
      'growth.txt': 'Coron grew fast after the war.',
    };
    // The tagger reads the town after a preposition as a place, and elsewhere as a person.
    const tagger = (names: Record<string, EntityType>) =>
      createAnalyzer({
        recognize: (input) => repairedRecognizerOf({ ...names, Coron: / (to|in) Coron/u.test(input.text) ? 'LOC' : 'PER' }).recognize(input),
      });
    const town = new CorpusIndex(tagger({}));
    for (const [uri, text] of Object.entries(articles)) town.setArticle(uri, text);
    assert.equal(entityOf(town, 'growth.txt', 'Coron'), 'LOC Coron');
    // A person of the corpus bears the name: the tagger's reading stands.
    const person = new CorpusIndex(tagger({ 'Ana Coron': 'PER' }));
    for (const [uri, text] of Object.entries({ ...articles, 'ana.txt': 'Ana Coron spoke.' })) person.setArticle(uri, text);
    assert.equal(entityOf(person, 'growth.txt', 'Coron'), 'PER Ana Coron');
  });

  it('keeps a known town from the landmark named after it, and links it to its full name before a joiner', () => {
    const index = corpus(
      { 'Berlin Wall': 'LOC', Berlin: 'LOC', 'Santiago de Chile': 'LOC', Santiago: 'LOC' },
      {
        'a.txt': 'The Berlin Wall fell in 1989. Crowds in Berlin cheered.',
        'b.txt': 'Rain fell on Santiago de Chile. Schools in Santiago closed.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Berlin'), 'LOC Berlin');
    assert.equal(entityOf(index, 'b.txt', 'Santiago'), 'LOC Santiago de Chile');
  });

  it('links no one by a middle name: a first name inside a name is no short form of it', () => {
    const index = corpus(
      { 'James Elliott Morrow': 'PER', 'Coach Elliott': 'PER', Elliott: 'PER', Morrow: 'PER', 'Duncan Hunter Sr.': 'PER', Hunter: 'PER' },
      {
        'a.txt': 'James Elliott Morrow met Coach Elliott. Elliott smiled. Morrow left.',
        'b.txt': 'Duncan Hunter Sr. spoke. Hunter left.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Elliott'), 'PER Elliott');
    assert.equal(entityOf(index, 'a.txt', 'Morrow'), 'PER James Elliott Morrow');
    assert.equal(entityOf(index, 'b.txt', 'Hunter'), 'PER Duncan Hunter Sr.');
  });

  it('is one person with or without the Arabic article', () => {
    const index = corpus(
      { 'Karim al-Haddad': 'PER', 'Karim Haddad': 'PER', Haddad: 'PER' },
      {
        'a.txt': 'Karim al-Haddad spoke in Amman.',
        'b.txt': 'Karim al-Haddad left.',
        'c.txt': 'Karim Haddad answered.',
        'd.txt': 'Haddad left, and Haddad came back.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'Karim al-Haddad'), 'PER Karim al-Haddad');
    assert.equal(entityOf(index, 'c.txt', 'Karim Haddad'), 'PER Karim al-Haddad');
    assert.equal(entityOf(index, 'd.txt', 'Haddad'), 'PER Karim al-Haddad');
  });

  it("reads a surname the tagger took for an adjective as the person's, not a nationality's", () => {
    const index = corpus(
      { 'Jeb Bush': 'PER', 'George W. Bush': 'PER', Bush: 'MISC', Republican: 'MISC', 'Joe Republican': 'PER' },
      {
        'a.txt': 'Jeb Bush spoke in Iowa.',
        'b.txt': 'George W. Bush won the debate.',
        'c.txt': 'The Bush administration ended in 2009.',
        'd.txt': 'Joe Republican voted. Every Republican senator agreed.',
        'e.txt': 'The Republican field narrowed.',
      },
    );
    assert.equal(entityOf(index, 'c.txt', 'Bush'), 'PER Bush');
    assert.equal(entityOf(index, 'e.txt', 'Republican'), 'MISC Republican');
  });

  it('keeps a city apart from the person whose surname it is, and links the surname within the article', () => {
    const index = corpus(
      { 'José Cáceres': 'PER', Cáceres: 'LOC', 'Antonio Mérida': 'PER', Mérida: 'LOC' },
      {
        'a.txt': 'José Cáceres ganó el concurso. Antonio Mérida quedó segundo.',
        'b.txt': 'El tren llegó a Cáceres y después a Mérida.',
        'c.txt': 'La feria de Cáceres abrió. Mérida prepara la suya.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'Cáceres'), 'LOC Cáceres');
    assert.equal(entityOf(index, 'c.txt', 'Mérida'), 'LOC Mérida');
    assert.equal(entityOf(index, 'a.txt', 'José Cáceres'), 'PER José Cáceres');
  });

  it("gives a surname two people of the article share to the one of the honorific's gender", () => {
    const index = corpus(
      { 'Bill Okafor': 'PER', 'Hillary Okafor': 'PER', Okafor: 'PER' },
      { 'a.txt': 'Bill Okafor spoke before Hillary Okafor did. Mrs. Okafor said no. Mr. Okafor smiled. Later Mrs. Okafor left.' },
    );
    const okafors = index.article('a.txt')!.mentions.filter((mention) => mention.text === 'Okafor');
    assert.deepEqual(
      okafors.map((mention) => entityDisplayName(index, index.entityOf(mention))),
      ['Hillary Okafor', 'Bill Okafor', 'Hillary Okafor'],
    );
  });

  it('lets no compound given name absorb the full names it begins, as a stray word after a name is', () => {
    const index = corpus(
      { 'Juan Carlos': 'PER', 'Juan Carlos Ferrero': 'PER', Ferrero: 'PER', 'Ted Cruz': 'PER', 'Ted Cruz Super': 'PER' },
      {
        'a.txt': 'Juan Carlos inauguró la feria. Ted Cruz habló.',
        'b.txt': 'Juan Carlos viajó a Roma. Ted Cruz votó.',
        'c.txt': 'Juan Carlos recibió al embajador. Ted Cruz ganó.',
        'd.txt': 'Juan Carlos Ferrero ganó el torneo. Ferrero sonrió. Ted Cruz Super PAC pagó.',
      },
    );
    assert.equal(entityOf(index, 'd.txt', 'Juan Carlos Ferrero'), 'PER Juan Carlos Ferrero');
    assert.equal(entityOf(index, 'd.txt', 'Ferrero'), 'PER Juan Carlos Ferrero');
    assert.equal(entityOf(index, 'd.txt', 'Ted Cruz Super'), 'PER Ted Cruz');
  });

  it('reads a surname after a plural article as a family or a couple, no one person of it', () => {
    const index = corpus(
      { 'Luis Morales Reyes': 'PER', 'Reyes Católicos': 'PER', Reyes: 'PER', 'Ana Kennedy': 'PER', Kennedy: 'PER', 'Byron Lima Estrada': 'PER', Lima: 'PER' },
      {
        'a.txt': 'Lo dijo monseñor Luis Morales Reyes en la misa. Reyes bendijo a los fieles.',
        'b.txt': 'La obra de los Reyes Católicos fue enorme. Los Reyes unieron Castilla y Aragón.',
        'c.txt': 'Los Reyes visitaron Logroño. El alcalde agradeció a los Reyes la visita.',
        'd.txt': 'Ana Kennedy habló con los Kennedy. Kennedy sonrió.',
        'e.txt': 'Byron Lima Estrada vive en Lima. Los Lima negaron todo.',
        'f.txt': 'El vuelo salió en Lima tarde. Llovía en Lima.',
        'g.txt': 'Vivo en Lima desde 1990.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Reyes'), 'PER Luis Morales Reyes');
    assert.equal(entityOf(index, 'b.txt', 'Reyes Católicos'), 'PER Reyes Católicos');
    assert.equal(entityOf(index, 'b.txt', 'Reyes'), 'PER Reyes');
    assert.equal(entityOf(index, 'c.txt', 'Reyes', 1), 'PER Reyes');
    assert.equal(entityOf(index, 'd.txt', 'Kennedy'), 'PER Kennedy');
    assert.equal(entityOf(index, 'd.txt', 'Kennedy', 1), 'PER Ana Kennedy');
    // A family keeps its type beside the city that bears its name.
    assert.equal(entityOf(index, 'e.txt', 'Lima', 1), 'PER Lima');
    assert.equal(entityOf(index, 'f.txt', 'Lima'), 'LOC Lima');
  });

  it('is one person named with two forms of a given name and one surname, but not with another middle name', () => {
    const index = corpus(
      {
        'Joe Biden': 'PER',
        'Joseph R. Biden': 'PER',
        'Beau Biden': 'PER',
        Biden: 'PER',
        'Chuck Grassley': 'PER',
        'Charles E. Grassley': 'PER',
        'Bill Smith': 'PER',
        'William T. Smith': 'PER',
        'William R. Smith': 'PER',
        'Paco Herrera': 'PER',
        'Francisco Herrera': 'PER',
        'Ronald Cameron': 'PER',
        'Ronnie Cameron': 'PER',
      },
      {
        'a.txt': 'Joe Biden spoke. Biden left.',
        'b.txt': 'Joe Biden and Beau Biden met.',
        'c.txt': 'Joe Biden won. Chuck Grassley lost. Bill Smith voted.',
        'd.txt': 'Joseph R. Biden said so. Charles E. Grassley disagreed.',
        'e.txt': 'Chuck Grassley objected. William T. Smith and William R. Smith came.',
        'f.txt': 'Biden laughed.',
        'g.txt': 'Joe Biden campaigned.',
        'h.txt': 'El Numancia ficha a Paco Herrera.',
        'i.txt': 'Francisco Herrera, del GIL, se presenta. Ronald Cameron, known as Ronnie Cameron, donated.',
      },
    );
    assert.equal(entityOf(index, 'd.txt', 'Joseph R. Biden'), 'PER Joe Biden');
    // The card, the references and the symbols read every name of the person.
    const biden = index.entityOf(index.article('d.txt')!.mentions.find((mention) => mention.text === 'Joseph R. Biden')!);
    assert.deepEqual(
      summarizeEntity(index, biden)
        .mentions.map(({ mention }) => mention.text)
        .sort(),
      ['Biden', 'Biden', 'Joe Biden', 'Joe Biden', 'Joe Biden', 'Joe Biden', 'Joseph R. Biden'],
    );
    assert.equal(entityOf(index, 'd.txt', 'Charles E. Grassley'), 'PER Chuck Grassley');
    assert.equal(entityOf(index, 'f.txt', 'Biden'), 'PER Joe Biden');
    assert.equal(entityOf(index, 'b.txt', 'Beau Biden'), 'PER Beau Biden');
    // Two middle names: "Bill Smith" could be either William.
    assert.equal(entityOf(index, 'e.txt', 'William T. Smith'), 'PER William T. Smith');
    assert.equal(entityOf(index, 'e.txt', 'William R. Smith'), 'PER William R. Smith');
    // Two names in as many articles are one person only where one article names both.
    assert.equal(entityOf(index, 'h.txt', 'Paco Herrera'), 'PER Paco Herrera');
    assert.equal(entityOf(index, 'i.txt', 'Francisco Herrera'), 'PER Francisco Herrera');
    assert.equal(entityOf(index, 'i.txt', 'Ronnie Cameron'), entityOf(index, 'i.txt', 'Ronald Cameron'));
  });

  it("lets a middle word alone stand for a name only where that name is in a fair share of the word's articles", () => {
    const index = corpus(
      { 'James Francis McIntyre': 'PER', Francis: 'PER', 'Elena Marín Ortega': 'PER', Marín: 'PER' },
      {
        'a.txt': 'Cardinal James Francis McIntyre died in 1979.',
        'b.txt': 'Pope Francis spoke.',
        'c.txt': 'Pope Francis prayed.',
        'd.txt': 'Pope Francis travelled.',
        'e.txt': 'Pope Francis wrote. Francis left.',
        'f.txt': 'Pope Francis met the press.',
        'g.txt': 'La secretaria general, Elena Marín Ortega, habló.',
        'h.txt': 'Marín respondió a los armadores.',
      },
    );
    assert.equal(entityOf(index, 'e.txt', 'Francis', 1), 'PER Francis');
    // A Spanish name's middle word is its first surname, which stands for it.
    assert.equal(entityOf(index, 'h.txt', 'Marín'), 'PER Elena Marín Ortega');
  });

  it("is one paper whether the article is written in its name or outside it, but keeps a one-word name's", () => {
    const index = corpus(
      { 'The Washington Post': 'ORG', 'Washington Post': 'ORG', 'The Hill': 'ORG', Hill: 'PER' },
      {
        'a.txt': 'The Washington Post reported it first.',
        'b.txt': 'A Washington Post reporter asked. The Hill disagreed, and Hill resigned.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'Washington Post'), entityOf(index, 'a.txt', 'The Washington Post'));
    assert.equal(entityOf(index, 'b.txt', 'The Hill'), 'ORG The Hill');
    assert.equal(entityOf(index, 'b.txt', 'Hill'), 'PER Hill');
  });

  it('keeps God apart from a name holding the word', () => {
    const index = corpus(
      { 'Niño Dios': 'PER', Dios: 'PER' },
      {
        'a.txt': 'La imagen del Niño Dios salió en procesión. Dios bendiga a la ciudad.',
        'b.txt': 'El obispo pidió a Dios por la paz.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'Dios'), 'PER Dios');
    assert.equal(entityOf(index, 'a.txt', 'Dios'), 'PER Dios');
    assert.equal(entityOf(index, 'a.txt', 'Niño Dios'), 'PER Niño Dios');
  });

  it('keeps a country apart from the person whose title names it, whatever the tagger typed it', () => {
    const index = corpus(
      { 'Paola de Bélgica': 'PER', Bélgica: 'PER', 'Mohamed VI de Marruecos': 'PER', Mohamed: 'PER' },
      {
        'a.txt': 'La reina Paola de Bélgica llegó ayer. Bélgica la despidió con honores.',
        'b.txt': 'El rey Mohamed VI de Marruecos habló. Mohamed VI sonrió.',
      },
    );
    // The tagger's person stays its own name (a country's name may be a person's: "Jordan"), but is not the queen.
    assert.equal(entityOf(index, 'a.txt', 'Bélgica'), 'PER Bélgica');
    assert.equal(entityOf(index, 'a.txt', 'Paola de Bélgica'), 'PER Paola de Bélgica');
  });

  it('gives one name one type: a country acting is still a place; a title says person', () => {
    const index = corpus(
      { Bielorrusia: 'ORG', Rusia: 'ORG', EEUU: 'ORG', 'Mr. Trump': 'LOC' },
      {
        'a.txt': 'Rusia y Bielorrusia se acercaron a Venezuela frente a EEUU.',
        'b.txt': 'El presidente viajó a Bielorrusia, aliada de Rusia, y criticó a EEUU.',
        'c.txt': 'Mr. Trump answered the question.',
      },
    );
    index.article('b.txt')!.mentions.forEach((mention) => assert.equal(index.entityOf(mention).slice(0, 3), 'LOC', mention.text));
    assert.equal(entityOf(index, 'a.txt', 'Bielorrusia'), 'LOC Bielorrusia');
    assert.equal(entityOf(index, 'a.txt', 'EEUU'), 'LOC EEUU');
    assert.equal(entityOf(index, 'c.txt', 'Trump'), 'PER Trump');
  });

  it('links a surname two people of the article share to the one it names first, not to the last named', () => {
    const index = corpus(
      { 'Elena Marín Ortega': 'PER', 'Carlos Marín': 'PER', Marín: 'PER' },
      {
        'a.txt': 'Marín abrió la reunión. Elena Marín Ortega habló. Carlos Marín, sin parentesco, respondió. Marín lo negó.',
        'b.txt': 'Carlos Marín llegó. Elena Marín Ortega habló después. Marín insistió.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Marín', 0), 'PER Elena Marín Ortega');
    assert.equal(entityOf(index, 'a.txt', 'Marín', 1), 'PER Elena Marín Ortega');
    assert.equal(entityOf(index, 'b.txt', 'Marín'), 'PER Carlos Marín');
  });

  it('links a shared surname past the one the article calls by the given name, to a bearer named in full before it', () => {
    const index = corpus(
      {
        'Elian Gonzalez': 'PER',
        Elian: 'PER',
        'Juan Miguel Gonzalez': 'PER',
        Gonzalez: 'PER',
        'Liam Gallagher': 'PER',
        Liam: 'PER',
        'Noel Gallagher': 'PER',
        Gallagher: 'PER',
      },
      {
        'a.txt':
          "Elian Gonzalez's father wrote a letter. Juan Miguel Gonzalez asked to see Elian. Elian is six. Gonzalez said Elian must come home. Elian smiled.",
        'b.txt': 'Liam Gallagher flew out. Gallagher swore at reporters. Liam sang, Liam shouted and Liam left with Noel Gallagher.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Gonzalez'), 'PER Juan Miguel Gonzalez');
    // His brother is named later: "Gallagher" is Liam's.
    assert.equal(entityOf(index, 'b.txt', 'Gallagher'), 'PER Liam Gallagher');
  });

  it('counts a shared surname for the one named in full first, not the one named first by a first name alone, unless paired with a full name', () => {
    const index = corpus(
      { 'Mr. Wolverton': 'PER', 'Dean K. Wolverton': 'PER', 'Freddy Wolverton': 'PER', Freddy: 'PER', Omar: 'PER', 'Omar Wolverton': 'PER' },
      {
        'a.txt': 'His brother Freddy was older. Dean K. Wolverton met Freddy. Freddy Wolverton died. Mr. Wolverton was sad.',
        'b.txt': 'Omar and Dean K. Wolverton spoke. Omar Wolverton wept. Mr. Wolverton left.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Wolverton'), 'PER Dean K. Wolverton');
    assert.equal(entityOf(index, 'a.txt', 'Freddy', 0), 'PER Freddy Wolverton');
    assert.equal(entityOf(index, 'b.txt', 'Wolverton'), 'PER Omar Wolverton');
  });

  it('does not make an adjective of a people, party or creed stand for the longer name it begins or ends', () => {
    const index = corpus(
      { 'Democratic National Convention': 'MISC', Democratic: 'MISC', 'African American': 'MISC', American: 'MISC', 'Wimbledon Open': 'MISC', Open: 'MISC' },
      {
        'a.txt':
          'The Democratic National Convention opened. Democratic delegates cheered. An African American voter and an American flag. The Wimbledon Open began; the Open ends Sunday.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Democratic'), 'MISC Democratic');
    assert.equal(entityOf(index, 'a.txt', 'American'), 'MISC American');
    assert.equal(entityOf(index, 'a.txt', 'Open'), 'MISC Wimbledon Open');
  });

  it('does not link a name to a longer one that holds it as a modifier', () => {
    const index = corpus(
      {
        'Catedral de Valencia': 'LOC',
        Valencia: 'LOC',
        'Universidad de Extremadura': 'ORG',
        Extremadura: 'LOC',
        'Delegación de la Agencia EFE': 'ORG',
        EFE: 'ORG',
      },
      {
        'a.txt': 'Valencia, 2 may (EFE). La Catedral de Valencia abrió. Valencia celebra. La Universidad de Extremadura y Extremadura.',
        'b.txt': 'Badajoz, 3 may (EFE). La Delegación de la Agencia EFE informó. EFE lo confirmó.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Valencia', 1), 'LOC Valencia');
    assert.equal(entityOf(index, 'a.txt', 'Extremadura'), 'LOC Extremadura');
    assert.equal(entityOf(index, 'b.txt', 'EFE', 1), 'ORG EFE');
    assert.equal(entityOf(index, 'a.txt', 'EFE'), entityOf(index, 'b.txt', 'EFE'));
  });

  it("takes a longer name's later words as its head, but not a head with a complement after it nor what follows a person", () => {
    const index = corpus(
      {
        Congress: 'ORG',
        'American Congress of Obstetricians': 'ORG',
        'Adolph Coors Co.': 'ORG',
        Coors: 'ORG',
        Reagan: 'PER',
        'Reagan Democrats': 'MISC',
        Democrats: 'MISC',
        'Gingrich / Dole Congress': 'ORG',
        Gingrich: 'PER',
      },
      {
        'a.txt': 'The American Congress of Obstetricians wrote to Congress. Congress did not act.',
        'b.txt': 'Adolph Coors Co. said on Monday that Coors would raise prices.',
        'c.txt': 'Reagan Democrats may decide it. Reagan won them, and Democrats know it.',
        'd.txt': 'Gingrich said the Gingrich / Dole Congress had passed it. Congress went home.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Congress'), 'ORG Congress');
    assert.equal(entityOf(index, 'b.txt', 'Coors'), entityOf(index, 'b.txt', 'Adolph Coors Co.'));
    assert.equal(entityOf(index, 'c.txt', 'Democrats'), 'MISC Democrats');
    assert.equal(entityOf(index, 'd.txt', 'Congress'), 'ORG Congress');
  });

  it('links a short form that begins a longer name only when the article has named that name before it: writers name in full first', () => {
    const index = corpus(
      {
        Ejército: 'ORG',
        'Ejército del Sur del Líbano': 'ORG',
        'Seattle Mariners': 'ORG',
        Seattle: 'ORG',
        'Comisión Europea': 'ORG',
        Comisión: 'ORG',
        'White Sox': 'ORG',
        'Chicago White Sox': 'ORG',
        Virginia: 'LOC',
        'West Virginia': 'LOC',
      },
      {
        'a.txt': 'Jerusalén, 25 may (EFE). El Ejército israelí se retiró. Luego el Ejército del Sur del Líbano huyó. El Ejército vigila.',
        'b.txt': 'Seattle beat Boston 4-2 on Monday, and the Seattle Mariners lead the league.',
        'c.txt': 'Bruselas, 2 may (EFE). La Comisión Europea propuso la norma. La Comisión la aprobará.',
        'd.txt': 'The White Sox won again, and the Chicago White Sox lead the division.',
        'e.txt': 'Voters in West Virginia and in Virginia went to the polls.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'Ejército'), 'ORG Ejército');
    assert.equal(entityOf(index, 'a.txt', 'Ejército', 1), 'ORG Ejército', 'a spelling links the same way throughout the article');
    assert.equal(entityOf(index, 'b.txt', 'Seattle'), 'ORG Seattle');
    assert.equal(entityOf(index, 'c.txt', 'Comisión'), 'ORG Comisión Europea');
    // A name's last words are its head, whatever the order; after a compass word they name another place.
    assert.equal(entityOf(index, 'd.txt', 'White Sox'), 'ORG Chicago White Sox');
    assert.equal(entityOf(index, 'e.txt', 'Virginia'), 'LOC Virginia');
  });
  it("keeps a country's or region's name to itself, never a short form of a longer place, while a person's surname spelled as one links", () => {
    const index = corpus(
      { Mexico: 'LOC', 'Mexico City': 'LOC', 'Neil Jordan': 'PER', Jordan: 'PER', 'Ted Cruz South Carolina': 'LOC', 'South Carolina': 'LOC' },
      {
        'a.txt': 'Mexico City police said on Monday that Mexico is calm.',
        'b.txt': 'The film by Neil Jordan opened. Jordan said he was pleased.',
        'c.txt': 'The Ted Cruz South Carolina victory party was quiet, though South Carolina voted.',
      },
    );
    // Nor is a known region the head of a longer name that ends with it.
    assert.equal(entityOf(index, 'c.txt', 'South Carolina'), 'LOC South Carolina');
    assert.equal(entityOf(index, 'a.txt', 'Mexico City'), 'LOC Mexico City');
    assert.equal(entityOf(index, 'a.txt', 'Mexico'), 'LOC Mexico');
    assert.equal(entityOf(index, 'b.txt', 'Jordan'), 'PER Neil Jordan');
  });

  it('links a first name alone to the one person the corpus names by it far more often, and nothing else by its first word', () => {
    const index = corpus(
      {
        'Hillary Clinton': 'PER',
        Hillary: 'PER',
        'Crooked Hillary': 'PER',
        'John Kerry': 'PER',
        'John Kasich': 'PER',
        John: 'PER',
        'Harbourline Plus': 'PER',
        Harbourline: 'PER',
      },
      {
        'a.txt': 'Hillary Clinton spoke in Ohio. John Kerry and John Kasich listened.',
        'b.txt': 'Hillary Clinton spoke in Iowa. John Kerry and John Kasich left.',
        'c.txt': 'Hillary Clinton spoke in Utah. Harbourline Plus closed.',
        'd.txt': 'Hillary Clinton spoke in Texas.',
        'e.txt': 'Trump mocked Crooked Hillary.',
        'f.txt': 'Hillary said no. John said yes. Harbourline said maybe.',
      },
    );
    assert.equal(entityOf(index, 'f.txt', 'Hillary'), 'PER Hillary Clinton');
    assert.equal(entityOf(index, 'f.txt', 'John'), 'PER John');
    assert.equal(entityOf(index, 'f.txt', 'Harbourline'), 'PER Harbourline');
  });

  it('keeps a name out of a compound that names another person after it', () => {
    const index = corpus(
      { 'Muhammad Ali-Joe Frazier': 'PER', 'Muhammad Ali': 'PER', Ali: 'PER' },
      {
        'a.txt': 'The Muhammad Ali-Joe Frazier fight was long ago.',
        'b.txt': 'Muhammad Ali died on Friday.',
        'c.txt': 'Mourners said Ali was a hero.',
      },
    );
    assert.equal(entityOf(index, 'b.txt', 'Muhammad Ali'), 'PER Muhammad Ali');
    assert.equal(entityOf(index, 'c.txt', 'Ali'), 'PER Muhammad Ali');
  });

  it('links an acronym by its definition or initials, never because it is compounded into another name, and across the corpus to the name it is spelled out as', () => {
    const index = corpus(
      { 'Partido Popular': 'ORG', PP: 'ORG', 'PSOE-Progresistas': 'ORG', 'Pacto de Progreso': 'ORG', 'PSOE-PAR': 'ORG', 'Agencia EFE': 'ORG', EFE: 'ORG' },
      {
        'a.txt': 'El Partido Popular (PP) votó en contra. El PP lo dijo.',
        'b.txt': 'El PP criticó al PSOE-Progresistas y al PSOE-PAR, socios del Pacto de Progreso.',
        'c.txt': 'La Agencia EFE informó. EFE añadió detalles.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'PP', 1), 'ORG Partido Popular');
    assert.equal(entityOf(index, 'b.txt', 'PP'), 'ORG Partido Popular');
    assert.equal(entityOf(index, 'b.txt', 'Pacto de Progreso'), 'ORG Pacto de Progreso');
    assert.equal(entityOf(index, 'c.txt', 'EFE'), 'ORG Agencia EFE');
  });

  it('links initials to a longer name holding them only when that name is written first', () => {
    const index = corpus(
      { SVP: 'ORG', 'Eurosceptic SVP': 'ORG', 'Grupo PRISA': 'ORG', PRISA: 'ORG' },
      {
        'a.txt': 'The SVP won in 2003. The SVP grew. Later the Eurosceptic SVP lost.',
        'b.txt': 'El Grupo PRISA compró la radio. PRISA pagó.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'SVP'), 'ORG SVP');
    assert.equal(entityOf(index, 'b.txt', 'PRISA'), 'ORG Grupo PRISA');
  });

  it('gives a well-known acronym its own spelling-out among the names articles link it to, even where the corpus mostly leaves it alone', () => {
    const index = corpus(
      { 'European Union': 'ORG', EU: 'ORG', 'EU Commission': 'ORG' },
      {
        'a.txt': 'The European Union met. The EU agreed.',
        'b.txt': 'The EU Commission met. The EU agreed.',
        'c.txt': 'The EU said no.',
        'd.txt': 'The EU said yes.',
        'e.txt': 'The EU waited.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'European Union'), entityOf(index, 'c.txt', 'EU'));
    assert.notEqual(entityOf(index, 'b.txt', 'EU Commission'), entityOf(index, 'c.txt', 'EU'));
  });

  it('lets the corpus overrule an acronym linked by initials alone: a party the corpus writes as PP is not the Pacto de Progreso', () => {
    const tagged: Record<string, EntityType> = { PP: 'ORG', 'Pacto de Progreso': 'ORG', 'PSOE-Progresistas': 'ORG' };
    const articles: Record<string, string> = { 'pacto.txt': 'Los partidos del Pacto de Progreso rechazaron una moción del PP. El PP protestó.' };
    for (let i = 0; i < 4; i++) articles[`pp${i}.txt`] = 'El PP votó en contra. El PP lo dijo.';
    articles['psoe.txt'] = 'El PSOE-Progresistas y el PP votaron.';
    const index = corpus(tagged, articles);
    assert.equal(entityOf(index, 'pacto.txt', 'PP'), 'ORG PP');
    assert.equal(entityOf(index, 'pacto.txt', 'Pacto de Progreso'), 'ORG Pacto de Progreso');
    assert.equal(entityOf(index, 'psoe.txt', 'PP'), 'ORG PP');
    const pp = index.entityOf(index.article('pp0.txt')!.mentions[0]);
    assert.equal(summarizeEntity(index, pp).mentions.length, 11);
  });

  it('makes an acronym the corpus mostly writes, with or without full stops, one entity with its spelling-out', () => {
    const tagged: Record<string, EntityType> = { 'United States': 'LOC', 'U.S.': 'LOC', US: 'LOC', 'South Carolina': 'LOC', South: 'LOC' };
    const articles: Record<string, string> = {};
    for (let i = 0; i < 3; i++) articles[`spelled${i}.txt`] = 'The United States voted. The U.S. delegation left.';
    for (let i = 0; i < 5; i++) articles[`alone${i}.txt`] = 'The U.S. economy grew. US markets rose.';
    articles['south.txt'] = 'South Carolina votes next. The South has its own primaries.';
    const index = corpus(tagged, articles);
    const us = entityOf(index, 'alone0.txt', 'U.S.');
    assert.equal(entityOf(index, 'alone0.txt', 'US'), us);
    assert.equal(entityOf(index, 'spelled0.txt', 'United States'), us);
    const summary = summarizeEntity(index, index.entityOf(index.article('alone0.txt')!.mentions[0]));
    assert.ok(summary.aliases.includes('United States'), summary.aliases.join(', '));
    assert.equal(entityOf(index, 'south.txt', 'South'), 'LOC South');
  });

  it('makes a well-known acronym that no article spells out one entity with its spelling-out, when both have one type', () => {
    const index = corpus(
      { 'U.S.': 'LOC', 'United States': 'LOC', USA: 'LOC', 'U.N.': 'ORG', 'United Nations': 'LOC', EU: 'ORG' },
      {
        'wire0.txt': 'WASHINGTON 1996-08-22\n\nU.S. officials met. The U.S. dollar rose.',
        'wire1.txt': 'NEW YORK 1996-08-22\n\nU.S. stocks fell. U.N. envoys left.',
        'wire2.txt': 'GENEVA 1996-08-23\n\nThe United States and the United Nations spoke. USA Today reported it.',
        'wire3.txt': 'PARIS 1996-08-23\n\nThe United Nations met. EU ministers spoke.',
      },
    );
    assert.equal(entityOf(index, 'wire2.txt', 'United States'), 'LOC U.S.');
    assert.equal(entityOf(index, 'wire2.txt', 'USA'), 'LOC U.S.');
    const us = index.entityOf(index.article('wire0.txt')!.mentions[0]);
    const summary = summarizeEntity(index, us);
    assert.equal(summary.mentions.length, 5);
    assert.deepEqual(summary.aliases, ['U.S.', 'USA', 'United States']);
    // "U.N." tagged an organization and "United Nations" a place stay two entities.
    assert.equal(entityOf(index, 'wire1.txt', 'U.N.'), 'ORG U.N.');
    assert.equal(entityOf(index, 'wire3.txt', 'United Nations'), 'LOC United Nations');
    assert.equal(entityOf(index, 'wire3.txt', 'EU'), 'ORG EU');
  });

  it("keeps a dateline's town a place where the name is mostly its team", () => {
    const articles: Record<string, string> = { 'dateline.txt': 'WIGAN, England 1996-08-31\n\nRain stopped play.' };
    for (let i = 0; i < 5; i++) articles[`team${i}.txt`] = 'Wigan beat Leeds on Sunday.';
    const index = corpus({ WIGAN: 'LOC', Wigan: 'ORG', England: 'LOC', Leeds: 'ORG' }, articles);
    assert.equal(entityOf(index, 'dateline.txt', 'WIGAN'), 'LOC Wigan');
    assert.equal(entityOf(index, 'team0.txt', 'Wigan'), 'ORG Wigan');
  });

  it('keeps a town a place where prose reads it as a body again and again with no result or club anywhere', () => {
    const articles: Record<string, string> = {};
    for (let i = 0; i < 12; i++) articles[`city${i}.txt`] = 'The delegates met in Cleveland on Monday.';
    for (let i = 0; i < 10; i++) articles[`convention${i}.txt`] = 'Cleveland sets strict rules for the convention.';
    // The tagger reads the town acting in its sentence as a body.
    const index = new CorpusIndex(
      createAnalyzer({ recognize: (input) => repairedRecognizerOf({ Cleveland: input.text.includes('rules') ? 'ORG' : 'LOC' }).recognize(input) }),
    );
    for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
    assert.equal(entityOf(index, 'convention0.txt', 'Cleveland'), 'LOC Cleveland');
  });

  it('makes a town read as a body more often than as a place, but set after a place preposition twice and never a team, the place', () => {
    const articles: Record<string, string> = {
      'attack0.txt': 'A truck hit a crowd in Nice on Thursday.',
      'attack1.txt': 'Tourists were visiting friends in Nice that night.',
      'streets.txt': 'The streets of Nice were empty on Friday.',
      'mayor.txt': 'A former mayor of Nice spoke to reporters.',
      'mourning.txt': 'Nice mourned its dead on Saturday.',
    };
    // The tagger reads the town after "in" as a place, and elsewhere as a body.
    const index = new CorpusIndex(
      createAnalyzer({ recognize: (input) => repairedRecognizerOf({ Nice: input.text.includes('in Nice') ? 'LOC' : 'ORG' }).recognize(input) }),
    );
    for (const [uri, text] of Object.entries(articles)) index.setArticle(uri, text);
    assert.equal(entityOf(index, 'streets.txt', 'Nice'), 'LOC Nice');
    assert.equal(entityOf(index, 'mourning.txt', 'Nice'), 'LOC Nice');
  });

  it('keeps a town a place where a sentence puts it so, and its team before its score', () => {
    const articles: Record<string, string> = {
      'cricket.txt': 'At PORTSMOUTH: Middlesex beat Hampshire by 188 runs.',
      'table.txt': 'Results\n\nTEXAS 5 Cleveland 3',
    };
    for (let i = 0; i < 4; i++) articles[`club${i}.txt`] = 'Portsmouth won the cup again.';
    for (let i = 0; i < 4; i++) articles[`state${i}.txt`] = 'Texas votes on Tuesday, and Texas voters are many.';
    const tagged: Record<string, EntityType> = {
      Portsmouth: 'ORG',
      PORTSMOUTH: 'LOC',
      Middlesex: 'ORG',
      Hampshire: 'ORG',
      Cleveland: 'ORG',
      Texas: 'LOC',
      TEXAS: 'ORG',
    };
    const index = corpus(tagged, articles);
    assert.equal(entityOf(index, 'club0.txt', 'Portsmouth'), 'ORG Portsmouth');
    assert.equal(entityOf(index, 'cricket.txt', 'PORTSMOUTH'), 'LOC Portsmouth');
    assert.equal(entityOf(index, 'state0.txt', 'Texas'), 'LOC Texas');
    assert.equal(entityOf(index, 'table.txt', 'TEXAS'), 'ORG Texas');
  });

  it('reads a Spanish plural acronym (EEUU, EE.UU.) by its undoubled initials, and names a short acronym as it is mostly written', () => {
    const index = corpus(
      { 'Estados Unidos': 'LOC', EEUU: 'LOC', 'EE.UU.': 'LOC', EFE: 'ORG', Efe: 'ORG' },
      {
        'a.txt': 'Estados Unidos respondió. EEUU insistió (EFE).',
        'b.txt': 'Madrid, 2 may (EFE). EE.UU. lo niega, dijo a Efe un portavoz.',
        'c.txt': 'Roma, 3 may (EFE). Estados Unidos calla.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'EEUU'), 'LOC Estados Unidos');
    assert.equal(entityOf(index, 'b.txt', 'EE.UU.'), 'LOC Estados Unidos');
    assert.equal(entityOf(index, 'b.txt', 'Efe'), 'ORG EFE');
  });

  it('names a place by its ordinary case, however often the datelines shout it, however short it is', () => {
    const index = corpus(
      { BONN: 'LOC', Bonn: 'LOC' },
      {
        'a.txt': 'BONN 1996-08-22\n\nThe ministry said no.',
        'b.txt': 'BONN 1996-08-23\n\nThe ministry said yes.',
        'c.txt': 'Officials in Bonn waited.',
      },
    );
    assert.equal(entityOf(index, 'a.txt', 'BONN'), 'LOC Bonn');
  });

  it('credits no quotation to an other name: an adjective in a description says nothing', () => {
    const index = corpus(
      { Republican: 'MISC', 'Ted Cruz': 'PER' },
      { 'a.txt': 'The Republican candidate said: "We will win this state." Ted Cruz said: "Not this year."' },
    );
    const article = index.article('a.txt')!;
    assert.equal(article.analysis.quotes.length, 2);
    const republican = index.entityOf(article.mentions.find((mention) => mention.text === 'Republican')!);
    // The quote finder reads the description's one name as its speaker; the corpus does not credit it.
    assert.equal(article.speakerMentions[0]?.text, 'Republican');
    assert.equal(speakerEntityOf(index, article, 0), undefined);
    assert.deepEqual(quotesBy(index, republican), []);
    assert.equal(entityDisplayName(index, speakerEntityOf(index, article, 1)!), 'Ted Cruz');
  });

  it("credits no pronoun's quotation to a person of the other gender", () => {
    const index = corpus(
      { 'Hillary Clinton': 'PER', Clinton: 'PER', Congress: 'ORG' },
      {
        'a.txt': 'Hillary Clinton spoke in Ohio.',
        'b.txt': 'Hillary Clinton spoke in Iowa.',
        'c.txt': 'Clinton spoke to Congress. “You lie!” he yelled from the floor.',
        'd.txt': 'Clinton spoke to Congress. “We will win,” she said to the crowd.',
      },
    );
    const yelled = index.article('c.txt')!;
    // The quote finder reads "he" as the article's one person; the corpus knows her as Hillary Clinton.
    assert.equal(yelled.speakerMentions[0]?.text, 'Clinton');
    assert.equal(speakerEntityOf(index, yelled, 0), undefined);
    assert.equal(entityDisplayName(index, speakerEntityOf(index, index.article('d.txt')!, 0)!), 'Hillary Clinton');
  });

  it('keeps a town and its club apart only when both are strongly attested', () => {
    const town = 'La ciudad de Barcelona acogió la cumbre en Barcelona. Barcelona crece.';
    const club = 'El Barcelona ganó. El Barcelona juega. El Barcelona lidera. El Barcelona gana.';
    const index = corpus(
      { Barcelona: 'LOC', 'El Barcelona': 'ORG' },
      { 'town.txt': town, 'town2.txt': town, 'club.txt': club.replace(/El Barcelona/g, 'El Barcelona') },
    );
    assert.equal(entityOf(index, 'town.txt', 'Barcelona'), 'LOC Barcelona');
  });

  it('finds an entity by an alias, named by that alias, and not the noise of headline spans', () => {
    const index = corpus(
      {
        'North American Manufacturing Industry Association': 'ORG',
        NAMIA: 'ORG',
        'Ramon Iglesias': 'PER',
        'Ramón Iglesias Pardo': 'PER',
        'Hillary Clinton': 'PER',
        'Hillary Can’t': 'PER',
      },
      {
        'a.txt': 'The North American Manufacturing Industry Association (NAMIA) met. NAMIA agreed.',
        'b.txt': 'Ramón Iglesias Pardo habló. Ramon Iglesias lo dijo después.',
        'c.txt': 'Why Hillary Can’t Win\n\nHillary Clinton spoke. Hillary Clinton left.',
      },
    );
    const [namia] = searchEntities(index, 'NAMIA', 10);
    assert.equal(namia.name, 'North American Manufacturing Industry Association');
    assert.equal(namia.matchedAlias, 'NAMIA');
    const [ramon] = searchEntities(index, 'Ramon Iglesias', 10);
    assert.equal(ramon.name, 'Ramón Iglesias Pardo');
    assert.equal(ramon.matchedAlias, 'Ramon Iglesias');
    assert.deepEqual(
      searchEntities(index, 'Hillary', 10).map((match) => match.name),
      ['Hillary Clinton'],
    );
  });
});

describe('corpus entities after changes', () => {
  const tagged: Record<string, EntityType> = {
    'Donald Trump': 'PER',
    'Donald Trump Jr.': 'PER',
    'Donald Trump Leads': 'PER',
    Trump: 'PER',
    'Hillary Clinton': 'PER',
    'Bill Clinton': 'PER',
    'Hillary Rodham Clinton': 'PER',
    Clinton: 'PER',
    'Alianza de Puertos del Atlántico': 'ORG',
    APA: 'ORG',
    Cáceres: 'LOC',
    'José Cáceres': 'PER',
    'U.S.': 'LOC',
    USA: 'LOC',
    'United States': 'LOC',
    'Jeb Bush': 'PER',
    Bush: 'MISC',
    'James C. Korda': 'PER',
    'James Charles Korda': 'PER',
    'James Korda': 'PER',
    Korda: 'PER',
    'Joe Biden': 'PER',
    'Joseph R. Biden': 'PER',
    'Joseph Biden': 'PER',
    Biden: 'PER',
  };
  const texts = [
    'Donald Trump habló. Trump siguió.',
    'Trump respondió.',
    'Donald Trump Jr. viajó. Trump Jr. no.',
    'Hillary Clinton y Bill Clinton. Clinton calló.',
    'Hillary Rodham Clinton habló.',
    'Clinton ganó.',
    'La Alianza de Puertos del Atlántico (APA) protestó.',
    'La APA insistió.',
    'José Cáceres llegó a Cáceres.',
    'Cáceres crece.',
    'Polls\n\nDonald Trump Leads sells.',
    'U.S. officials met. The U.S. dollar rose.',
    'USA Today reported it.',
    'The United States voted.',
    'Jeb Bush voted.',
    'The Bush administration fell.',
    'James C. Korda fled. Korda hid.',
    'James Charles Korda was caught.',
    'James Korda spoke. Korda left.',
    'Joe Biden spoke. Biden left.',
    'Joseph R. Biden said so.',
    'Joseph Biden came. Biden sat.',
  ];

  // What an index built in one go from the same articles says of every mention.
  function entities(index: CorpusIndex): string[] {
    return [...index.allArticles()]
      .sort((a, b) => (a.uri < b.uri ? -1 : 1))
      .flatMap((article) => article.mentions.map((mention) => `${article.uri} ${mention.text} ${index.entityOf(mention)}`));
  }

  it('resolves every mention after adds, edits and removals as an index built afresh would', () => {
    const index = new CorpusIndex(repairedAnalyzerOf(tagged));
    const current = new Map<string, string>();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let step = 0; step < 200; step++) {
      const uri = `a${Math.floor(random() * 8)}.txt`;
      if (random() < 0.25) {
        index.removeArticle(uri);
        current.delete(uri);
      } else {
        const text = texts[Math.floor(random() * texts.length)];
        index.setArticle(uri, text);
        current.set(uri, text);
      }
      // Reading between changes fills what the resolver remembers.
      if (step % 3 === 0) entities(index);
      const fresh = new CorpusIndex(repairedAnalyzerOf(tagged));
      for (const [article, text] of current) fresh.setArticle(article, text);
      assert.deepEqual(entities(index), entities(fresh), `after step ${step}`);
    }
  });
});
