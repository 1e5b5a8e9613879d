// The tagger's spans made into the mentions a reader expects (analysis/entities/mentionRepairs.ts):
// each case is a tagger's slip seen in real news, on an invented sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';
import { repairedAnalyzerOf } from '../helpers/taggedSpans';
import { placesReadAsFirstNames } from '../../server/src/analysis/entities/sureNames';
import { mentionWordsFor } from '../../server/src/analysis/entities/mentionWords';
import { entityMention, noEvidence } from '../../server/src/analysis/entityMention';

function mentions(text: string, tagged: Record<string, EntityType>): EntityMention[] {
  return repairedAnalyzerOf(tagged)(text).entities;
}

function shown(found: EntityMention[]): string[] {
  return found.map((mention) => `${mention.type} ${mention.text}`);
}

describe('mention repairs', () => {
  it('takes a title off a name and makes it a person', () => {
    const found = mentions('Mr. Trump spoke. Later, Mr. Cruz and la ministra Marín left.', { 'Mr. Trump': 'LOC', Cruz: 'LOC', Marín: 'LOC' });
    assert.deepEqual(shown(found), ['PER Trump', 'PER Cruz', 'PER Marín']);
    assert.ok(found.every((mention) => mention.titled));
  });

  it("takes a role off a name read as a body's when one capitalised word that is no common word follows it, not off a company's", () => {
    const text = 'Admiral Harris said so, and Justice Scalia agreed. General Mills, Admiral Insurance and the Justice Department did not.';
    const found = mentions(text, {
      'Admiral Harris': 'ORG',
      'Justice Scalia': 'ORG',
      'General Mills': 'ORG',
      'Admiral Insurance': 'ORG',
      'Justice Department': 'ORG',
    });
    assert.deepEqual(shown(found), ['PER Harris', 'PER Scalia', 'ORG General Mills', 'ORG Admiral Insurance', 'ORG Justice Department']);
    const spanish = mentions('El diputado Socialista Juan Pérez habló ayer en el Congreso durante la sesión.', {
      'diputado Socialista': 'ORG',
      'Juan Pérez': 'PER',
    });
    assert.deepEqual(shown(spanish), ['ORG diputado Socialista', 'PER Juan Pérez']);
  });

  it("takes 'don' and 'doña' off a first name only, not off a town's or another name", () => {
    const text = 'Don Antonio Ortiz llegó ayer al pueblo, y don Antonio saludó a los vecinos. Vive en Don Benito. Don McKinnon habló.';
    const found = mentions(text, { 'Don Antonio Ortiz': 'PER', Antonio: 'PER', 'Don Benito': 'LOC', 'Don McKinnon': 'PER' });
    assert.deepEqual(shown(found), ['PER Antonio Ortiz', 'PER Antonio', 'LOC Don Benito', 'PER Don McKinnon']);
    assert.deepEqual(
      found.map((mention) => mention.titled === true),
      [true, true, false, false],
    );
  });

  it('names the person after an honorific the tagger left out, but no role', () => {
    const text = 'Mr. Earnest declined. Ms. Van Rust agreed, and Mr. King smiled. "Thank you, Mr. President," said Mr. Cruz.';
    const found = mentions(text, { Cruz: 'LOC' });
    assert.deepEqual(shown(found), ['PER Earnest', 'PER Van Rust', 'PER King', 'PER Cruz']);
    assert.ok(found.every((mention) => mention.titled));
  });

  it("types a company's last words before its legal form, a Nordic one too, where they stand alone", () => {
    const text = 'Shares in LM Vexcor AB rose. Vexcor will hire. Nordhaug Oy fell; Nordhaug said so. Tallis Partners advised, and Tallis was paid.';
    const found = shown(
      mentions(text, { 'LM Vexcor AB': 'ORG', Vexcor: 'PER', 'Nordhaug Oy': 'ORG', Nordhaug: 'MISC', 'Tallis Partners': 'ORG', Tallis: 'PER' }),
    );
    assert.deepEqual(found, ['ORG LM Vexcor AB', 'ORG Vexcor', 'ORG Nordhaug Oy', 'ORG Nordhaug', 'ORG Tallis Partners', 'ORG Tallis']);
  });

  it("leaves a person's surname a person where a company of the article bears it before its legal form", () => {
    const text = 'Dana Wolverton paid Wolverton Restaurants LLC. Wolverton said it was fair.';
    const found = shown(mentions(text, { 'Dana Wolverton': 'PER', 'Wolverton Restaurants LLC': 'ORG', Wolverton: 'PER' }));
    assert.deepEqual(found, ['PER Dana Wolverton', 'ORG Wolverton Restaurants LLC', 'PER Wolverton']);
  });

  it('leaves a title ending another name to the person after it', () => {
    const text = 'Former Supreme Court Justice Ana Okafor spoke. The Supreme Court Justice said nothing.';
    const found = mentions(text, { 'Supreme Court Justice': 'ORG', 'Ana Okafor': 'PER' });
    assert.deepEqual(shown(found), ['ORG Supreme Court', 'PER Ana Okafor', 'ORG Supreme Court Justice']);
    assert.equal(found[1].titled, true);
  });

  it('types a one-word name by the noun after it in the whole article, unless a person of it bears the name', () => {
    const text =
      'Workers at the Vexcor plant were angry. Vexcor said it would move. The Zika virus spread; Zika funding stalled. Dana Okafor met Okafor employees. Okafor left.';
    const found = mentions(text, { Vexcor: 'PER', Zika: 'PER', 'Dana Okafor': 'PER', Okafor: 'PER' });
    assert.deepEqual(shown(found), ['ORG Vexcor', 'ORG Vexcor', 'MISC Zika', 'MISC Zika', 'PER Dana Okafor', 'PER Okafor', 'PER Okafor']);
  });

  it("makes a town's name listed with people a person, but not when listed with a place or before an apposition", () => {
    const lineup = mentions('Brasil: Emerson, Franca, Rivaldo. Luego, un pase de Franca y Rivaldo.', {
      Emerson: 'PER',
      Franca: 'LOC',
      Rivaldo: 'PER',
      Brasil: 'LOC',
    });
    assert.deepEqual(shown(lineup), ['LOC Brasil', 'PER Emerson', 'PER Franca', 'PER Rivaldo', 'PER Franca', 'PER Rivaldo']);
    const apposition = mentions('Habló el alcalde de Jerez, Pedro Pacheco. Llovió en A Coruña y Lugo.', {
      Jerez: 'LOC',
      'Pedro Pacheco': 'PER',
      'A Coruña': 'LOC',
      Lugo: 'LOC',
    });
    assert.deepEqual(shown(apposition), ['LOC Jerez', 'PER Pedro Pacheco', 'LOC A Coruña', 'LOC Lugo']);
  });

  it('drops a name that is only an abbreviated title or a word no capitals make a name, and knows more titles', () => {
    const text = 'Sens. Ana Okafor and Bo Lee agreed. Is that OK? Assemblywoman Claudia Wren said it was O.K. with her.';
    const found = mentions(text, { 'Sens.': 'ORG', 'Ana Okafor': 'PER', 'Bo Lee': 'PER', OK: 'LOC', 'Assemblywoman Claudia Wren': 'PER', 'O.K.': 'LOC' });
    assert.deepEqual(shown(found), ['PER Ana Okafor', 'PER Bo Lee', 'PER Claudia Wren']);
    // A role alone, though capitalised, but not one that names one person alone.
    const roles = mentions('The Senator said the Ambassador agreed. The Pope blessed them.', { Senator: 'ORG', Ambassador: 'ORG', Pope: 'MISC' });
    assert.deepEqual(shown(roles), ['MISC Pope']);
    // Abbreviated titles come off the name: "Pres. Obama", "Amb. Okafor".
    assert.deepEqual(shown(mentions('In The Atlantic, Pres. Okafor admits it.', { 'Pres. Okafor': 'PER' })), ['PER Okafor']);
  });

  it('keeps a role that opens a name of another kind, and a surname that is a role word', () => {
    assert.deepEqual(shown(mentions('General Motors hired King.', { 'General Motors': 'ORG', King: 'PER' })), ['ORG General Motors', 'PER King']);
    assert.deepEqual(shown(mentions('They will miss England today.', { England: 'LOC' })), ['LOC England']);
  });

  it("types a titled person's last words, and a company's first words before its legal form, where they stand alone", () => {
    const text =
      'Harbour union leader Amara Tindu Okoro spoke. Tindu Okoro said Vestfold Marine Foundation had offers, and Kell Brothers Ltd too. Kell will buy Vestfold Marine. Okoro left for Kell.';
    const tagged: Record<string, EntityType> = {
      'Amara Tindu Okoro': 'ORG',
      'Tindu Okoro': 'ORG',
      'Vestfold Marine Foundation': 'ORG',
      'Kell Brothers Ltd': 'ORG',
      'Vestfold Marine': 'LOC',
      Okoro: 'ORG',
    };
    const found = shown(mentions(text, { ...tagged, Kell: 'PER' }));
    assert.deepEqual(found, [
      'PER Amara Tindu Okoro',
      'PER Tindu Okoro',
      'ORG Vestfold Marine Foundation',
      'ORG Kell Brothers Ltd',
      'ORG Kell',
      'LOC Vestfold Marine',
      'PER Okoro',
      'ORG Kell',
    ]);
  });

  it("types a person's first name standing alone as that person, but not a place after a preposition of place nor a party's initials", () => {
    const text = 'Senator Bernie Sanders spoke. The Bernie crowd cheered, and Sanders spoke in Bernie, Missouri. GIL Casares\n\nGil Robles met the GIL.';
    const found = shown(mentions(text, { 'Bernie Sanders': 'PER', Bernie: 'LOC', Sanders: 'PER', 'GIL Casares': 'PER', 'Gil Robles': 'PER', GIL: 'ORG' }));
    assert.deepEqual(found, ['PER Bernie Sanders', 'PER Bernie', 'PER Sanders', 'LOC Bernie', 'PER GIL Casares', 'PER Gil Robles', 'ORG GIL']);
  });

  it('splits a title or first name, a name, "of" and a known place into the person and the place', () => {
    const text = 'Senator Tom Reyes of Vermont met Patrick Okafor of Ohio at the Bank of America, then watched Queen of the South.';
    const tagged: Record<string, EntityType> = {
      'Senator Tom Reyes of Vermont': 'ORG',
      'Patrick Okafor of Ohio': 'ORG',
      'Bank of America': 'ORG',
      'Queen of the South': 'ORG',
    };
    assert.deepEqual(shown(mentions(text, tagged)), [
      'PER Tom Reyes',
      'LOC Vermont',
      'PER Patrick Okafor',
      'LOC Ohio',
      'ORG Bank of America',
      'ORG Queen of the South',
    ]);
    // The title right before the span the tagger drew.
    assert.deepEqual(shown(mentions('Sen. Zorn Kalder of Kentucky spoke.', { 'Zorn Kalder of Kentucky': 'PER' })), ['PER Zorn Kalder', 'LOC Kentucky']);
  });

  it('makes a sea a place beyond doubt, whatever the tagger read', () => {
    const found = mentions('La flota faena en el caladero del Atlántico norte, lejos del Mediterráneo y de la costa de Vigo.', {
      Atlántico: 'MISC',
      Mediterráneo: 'ORG',
      Vigo: 'LOC',
    });
    assert.deepEqual(shown(found), ['LOC Atlántico', 'LOC Mediterráneo', 'LOC Vigo']);
    assert.deepEqual(
      found.map((mention) => mention.placeKind),
      ['country', 'country', 'town'],
    );
  });

  it("splits a person's name at a title inside it: what comes before is a place or an organisation", () => {
    const text = 'Harbour Holdings CEO Dana Okafor met Texas Sen. Tom Reyes at the Escuela Reina Sofía.';
    const tagged: Record<string, EntityType> = { 'Harbour Holdings CEO Dana Okafor': 'PER', 'Texas Sen. Tom Reyes': 'PER', 'Escuela Reina Sofía': 'ORG' };
    const found = mentions(text, tagged);
    assert.deepEqual(shown(found), ['ORG Harbour Holdings', 'PER Dana Okafor', 'LOC Texas', 'PER Tom Reyes', 'ORG Escuela Reina Sofía']);
    assert.ok(found[1].titled && found[3].titled);
  });

  it("splits an organisation's name at a title before a name of two words in English, not in Spanish, whose institutions bear titled names", () => {
    const english = mentions('Republican National Committee Chairman Dana Okafor said so on Tuesday.', {
      'Republican National Committee Chairman Dana Okafor': 'ORG',
    });
    assert.deepEqual(shown(english), ['ORG Republican National Committee', 'PER Dana Okafor']);
    const spanish = mentions('Los alumnos de la Universidad Rey Juan Carlos protestaron ayer por la tarde en la plaza.', {
      'Universidad Rey Juan Carlos': 'ORG',
    });
    assert.deepEqual(shown(spanish), ['ORG Universidad Rey Juan Carlos']);
  });

  it("makes a name opening on a people's or a creed's word no person's, unless a given name says so", () => {
    const found = mentions("Trump's Muslim Ban drew protests. Christian Bale and Republican Donald Trump spoke.", {
      'Muslim Ban': 'PER',
      'Christian Bale': 'PER',
      'Republican Donald Trump': 'PER',
    });
    assert.deepEqual(shown(found).slice(0, 2), ['MISC Muslim Ban', 'PER Christian Bale']);
    assert.notEqual(found[2].type, 'MISC');
    // "City Hall" is the city's government or its building, no one's name.
    assert.deepEqual(shown(mentions('Protesters marched to City Hall on Friday.', { 'City Hall': 'PER' })), ['ORG City Hall']);
  });

  it('joins the head and joiner of an organisation named for its purpose, unless the head opens the sentence', () => {
    const found = mentions('Donors gave to the Club for Growth, and the Center for Nonproliferation Studies agreed.', {
      Growth: 'ORG',
      'Nonproliferation Studies': 'LOC',
    });
    assert.deepEqual(shown(found), ['ORG Club for Growth', 'ORG Center for Nonproliferation Studies']);
    assert.deepEqual(shown(mentions('Party for Trump drew a crowd.', { Trump: 'PER' })), ['PER Trump']);
  });

  it('makes a group of people other, whatever the tagger read', () => {
    const found = mentions('Latinos, Millennials and the LGBT community voted for Sanders.', {
      Latinos: 'PER',
      Millennials: 'ORG',
      LGBT: 'ORG',
      Sanders: 'PER',
    });
    assert.deepEqual(shown(found), ['MISC Latinos', 'MISC Millennials', 'MISC LGBT', 'PER Sanders']);
  });

  it('makes initials after a definite article a body, not a person', () => {
    const found = mentions("In 2003, the SVP swept the vote, and JFK smiled. Blocher's SVP won.", { SVP: 'PER', JFK: 'PER', Blocher: 'PER' });
    assert.deepEqual(shown(found), ['ORG SVP', 'PER JFK', 'PER Blocher', 'ORG SVP']);
  });

  it("joins the words a listed organisation's name has past the tagger's span, on one line only", () => {
    const found = mentions('Airstrikes hit the Islamic State in Syria. Islamic militants fled.', { Islamic: 'MISC', Syria: 'LOC' });
    assert.deepEqual(shown(found), ['ORG Islamic State', 'LOC Syria', 'MISC Islamic']);
    assert.deepEqual(shown(mentions('They fought the Islamic\nState of mind.', { Islamic: 'MISC' })), ['MISC Islamic']);
  });

  it("makes a country's or continent's part named by a compass word a place, but not a club's name", () => {
    const found = mentions('Voters in Western Europe and Eastern Europe watched, and the Central Bank and North Sydney did not.', {
      'Western Europe': 'ORG',
      'Eastern Europe': 'MISC',
      'Central Bank': 'ORG',
      'North Sydney': 'ORG',
    });
    assert.deepEqual(shown(found), ['LOC Western Europe', 'LOC Eastern Europe', 'ORG Central Bank', 'ORG North Sydney']);
  });

  it("makes a holiday's name no place, whatever the tagger read", () => {
    assert.deepEqual(shown(mentions('Carson will speak after Christmas in Iowa.', { Carson: 'PER', Christmas: 'LOC', Iowa: 'LOC' })), [
      'PER Carson',
      'MISC Christmas',
      'LOC Iowa',
    ]);
    assert.deepEqual(
      shown(
        mentions('El presidente Aznar volverá a Madrid en Navidad, según dijo ayer el portavoz del Gobierno.', { Aznar: 'PER', Madrid: 'LOC', Navidad: 'LOC' }),
      ),
      ['PER Aznar', 'LOC Madrid', 'MISC Navidad'],
    );
  });

  it('makes a well-known platform an organisation whatever the tagger read', () => {
    const found = mentions('Okafor wrote to his 20,000 Twitter followers and posted on Instagram. Walmart and Boeing hired.', {
      Okafor: 'PER',
      Twitter: 'PER',
      Instagram: 'LOC',
      Walmart: 'LOC',
      Boeing: 'MISC',
    });
    assert.deepEqual(shown(found), ['PER Okafor', 'ORG Twitter', 'ORG Instagram', 'ORG Walmart', 'ORG Boeing']);
    assert.deepEqual(shown(mentions('Nabisco cut jobs, and Exxon Mobil reported.', { Nabisco: 'PER', 'Exxon Mobil': 'PER' })), [
      'ORG Nabisco',
      'ORG Exxon Mobil',
    ]);
    // A news agency, unless the article names the person in full.
    assert.deepEqual(shown(mentions('The senator told Bloomberg that he would run.', { Bloomberg: 'LOC' })), ['ORG Bloomberg']);
    assert.deepEqual(shown(mentions('Michael Bloomberg spoke. Later, Bloomberg said he would not run.', { 'Michael Bloomberg': 'PER', Bloomberg: 'LOC' })), [
      'PER Michael Bloomberg',
      'PER Bloomberg',
    ]);
    // A well-known agency, in a language whose wire rarely names it.
    assert.deepEqual(shown(mentions('Agentes del FBI hallaron los restos.', { FBI: 'MISC' })), ['ORG FBI']);
    // A company unless the article makes it the river.
    assert.deepEqual(shown(mentions('Amazon hired. Trees fell along the Amazon.', { Amazon: 'LOC' })), ['ORG Amazon', 'LOC Amazon']);
    // The network alone, unless the article names a person of that name.
    assert.deepEqual(shown(mentions('Okafor told Fox that he would run.', { Okafor: 'PER', Fox: 'PER' })), ['PER Okafor', 'ORG Fox']);
    const president = mentions('Former President Vicente Fox spoke. Fox said no.', { 'Vicente Fox': 'PER', Fox: 'PER' });
    assert.deepEqual(shown(president), ['PER Vicente Fox', 'PER Fox']);
  });

  it('reads "Us" in a Title Case headline as the pronoun, not the US', () => {
    const found = shown(mentions('Okafor Tells Us Why He Ran\n\nOkafor said the US and the U.S. Senate agree.', { Us: 'LOC', US: 'LOC', Okafor: 'PER' }));
    assert.deepEqual(found, ['PER Okafor', 'PER Okafor', 'LOC US']);
  });

  it('takes a link off a name and makes none of a link alone, but keeps a site named by its address', () => {
    const tagged = { 'RNC https://t.co/daC7Qr': 'ORG', 'http://nyti.ms/1RHiW': 'PER', 'twitter.com/lTVyfz': 'LOC', 'www.todosport.com': 'ORG' } as const;
    const text =
      'Tyson will appear at RNC https://t.co/daC7Qr today. Read http://nyti.ms/1RHiW now. -H pic.twitter.com/lTVyfz SIGN UP. See www.todosport.com too.';
    assert.deepEqual(shown(mentions(text, tagged)), ['ORG RNC', 'ORG www.todosport.com']);
  });

  it("takes a results table's country code off a person's name, but not a numeral nor an organisation's acronym", () => {
    const text = '3. Rui Aguas POR 1:31.826 4. Ana Burlotti ITA 1:31.945. John Smith III won. El Secretario General de la ONU habló.';
    const tagged = { 'Rui Aguas POR': 'PER', 'Ana Burlotti ITA': 'PER', 'John Smith III': 'PER', 'General de la ONU': 'PER' } as const;
    assert.deepEqual(shown(mentions(text, tagged)).slice(0, 3), ['PER Rui Aguas', 'PER Ana Burlotti', 'PER John Smith III']);
  });

  it("takes a picture's label before its colon off a name, but not a surname there", () => {
    const text = 'Obama tweeted to student Ahmed Mohamed Image: Twitter. Eddie Small: I agree.';
    assert.deepEqual(shown(mentions(text, { Obama: 'PER', 'Ahmed Mohamed Image': 'PER', 'Eddie Small': 'PER' })), [
      'PER Obama',
      'PER Ahmed Mohamed',
      'PER Eddie Small',
    ]);
  });

  it('takes words that never begin or end a name off its edges', () => {
    assert.deepEqual(shown(mentions('Habló con Putin y Maduro Según notificó el Kremlin.', { 'Maduro Según': 'PER' })), ['PER Maduro']);
    // A subhead run into the sentence after it: "ayer" ends no name, even capitalised.
    assert.deepEqual(shown(mentions('La valoración de Jordi Vilaró Ayer , de todos modos , fue buena.', { 'Jordi Vilaró Ayer': 'PER' })), ['PER Jordi Vilaró']);
    assert.deepEqual(shown(mentions('To Ben Carson, it was news to the campaign.', { 'To Ben Carson': 'PER' })), ['PER Ben Carson']);
    const contractions = mentions('I’m Muslim, she said. I’ve seen it. I’m Nancy.', { 'I’m Muslim': 'PER', 'I’ve': 'PER', 'I’m Nancy': 'PER' });
    assert.deepEqual(shown(contractions), ['MISC Muslim', 'PER Nancy']);
    // A people's word is a group's, whatever the tagger read ("everybody's Latin" was a person).
    assert.deepEqual(shown(mentions('Suddenly everybody is Latin here.', { Latin: 'PER' })), ['MISC Latin']);
    // A country's name with a nationality's ending is a nationality ("Kuwait" + "i"), but a plural may be a team.
    const nationalities = mentions('The Kuwaiti request and Kenyan runners. The Indians won.', { Kuwaiti: 'PER', Kenyan: 'LOC', Indians: 'ORG' });
    assert.deepEqual(shown(nationalities), ['MISC Kuwaiti', 'MISC Kenyan', 'ORG Indians']);
    const surname = mentions('R. Irani bowled well. Irani took two wickets.', { 'R. Irani': 'PER', Irani: 'PER' });
    assert.deepEqual(shown(surname), ['PER R. Irani', 'PER Irani']);
  });

  it('takes a sentence word off a person where capitals say nothing: a Title Case headline and a quoted title', () => {
    const text = 'Donald Trump Leads In Iowa Poll\n\nThe media like ‘Donald Trump Leads’ more than anything. Donald Trump Leads stays a name in a sentence.';
    const found = shown(mentions(text, { 'Donald Trump Leads': 'PER', Iowa: 'LOC' }));
    assert.deepEqual(found, ['PER Donald Trump', 'LOC Iowa', 'PER Donald Trump', 'PER Donald Trump Leads']);
  });

  it("reads an article's first line as its headline, full stop or not, and ends a person's name there at a sentence word", () => {
    const text = 'Guns Are A Crisis, Howard Okafor Tells Democratic Convention.\n\nHoward Okafor Tells Democratic Convention stays a name in a sentence.';
    const found = mentions(text, { 'Howard Okafor Tells Democratic Convention': 'PER' });
    assert.deepEqual(shown(found), ['PER Howard Okafor', 'PER Howard Okafor Tells Democratic Convention']);
    assert.deepEqual(
      found.map((mention) => mention.weak === true),
      [true, false],
    );
  });

  it('marks mentions in a headline or a line of capitals as weak', () => {
    const found = mentions('Marco Rubio Donor Quits Campaign Over Ads\n\nMarco Rubio thanked him.', { 'Marco Rubio Donor': 'PER', 'Marco Rubio': 'PER' });
    assert.deepEqual(shown(found), ['PER Marco Rubio', 'PER Marco Rubio']);
    assert.deepEqual(
      found.map((mention) => mention.weak ?? false),
      [true, false],
    );
  });

  it('joins F/A-18 and a ministry that lists its fields into one name', () => {
    assert.deepEqual(shown(mentions('Dos cazabombarderos F/A-18 sobrevolaron la zona.', { 'A-18': 'MISC' })), ['MISC F/A-18']);
    const ministry = mentions('El Ministerio de Agricultura, Pesca y Alimentación respondió.', {
      'Ministerio de Agricultura': 'ORG',
      Pesca: 'MISC',
      Alimentación: 'ORG',
    });
    assert.deepEqual(shown(ministry), ['ORG Ministerio de Agricultura, Pesca y Alimentación']);
  });

  it("makes a person's name inside an organisation's the organisation", () => {
    assert.deepEqual(shown(mentions('Bill and Hillary Clinton Foundation donors met.', { Bill: 'PER', 'Hillary Clinton Foundation': 'PER' })), [
      'PER Bill',
      'ORG Hillary Clinton Foundation',
    ]);
    assert.deepEqual(shown(mentions('Exit polls by Okafor Research showed it.', { 'Okafor Research': 'PER' })), ['ORG Okafor Research']);
    assert.deepEqual(shown(mentions('Okafor Motor and Vexcor Technologies merged.', { 'Okafor Motor': 'PER', 'Vexcor Technologies': 'PER' })), [
      'ORG Okafor Motor',
      'ORG Vexcor Technologies',
    ]);
    assert.deepEqual(shown(mentions('The Daily Beast and the Vexcor Register reported it.', { 'Daily Beast': 'PER', 'Vexcor Register': 'PER' })), [
      'ORG Daily Beast',
      'ORG Vexcor Register',
    ]);
    // An event holding a person's name is another name: "Rose Bowl", "Copa Davis".
    assert.deepEqual(shown(mentions('She swam at the Summer Paralympics and the Rose Bowl.', { 'Summer Paralympics': 'PER', 'Rose Bowl': 'PER' })), [
      'MISC Summer Paralympics',
      'MISC Rose Bowl',
    ]);
    assert.deepEqual(shown(mentions('España ganó la Copa Davis ayer en Madrid.', { España: 'LOC', 'Copa Davis': 'PER', Madrid: 'LOC' })), [
      'LOC España',
      'MISC Copa Davis',
      'LOC Madrid',
    ]);
    // English opens some with their kind, too: "Conservatoire de Paris", "Church of Scientology".
    assert.deepEqual(shown(mentions('She later studied at the Conservatoire de Paris.', { 'Conservatoire de Paris': 'PER' })), ['ORG Conservatoire de Paris']);
    // A company's legal form ends its name: "Ruch SA", "Pirelli Holdings", "Talleres Pérez Hermanos".
    assert.deepEqual(shown(mentions('Shares in Ruch SA rose.', { 'Ruch SA': 'PER' })), ['ORG Ruch SA']);
    assert.deepEqual(
      shown(mentions('La empresa Talleres Pérez Hermanos cerró ayer por la tarde sus puertas en la ciudad.', { 'Talleres Pérez Hermanos': 'PER' })),
      ['ORG Talleres Pérez Hermanos'],
    );
  });

  it('reads datelines, party designations and known places', () => {
    const found = mentions('LONDON 1996-08-30\n\nSen. Ted Cruz (R-Texas) flew to Germany.', {
      LONDON: 'ORG',
      'Ted Cruz': 'PER',
      'R-Texas': 'LOC',
      Germany: 'LOC',
    });
    assert.deepEqual(shown(found), ['LOC LONDON', 'PER Ted Cruz', 'LOC Texas', 'LOC Germany']);
    assert.equal(found[0].dateline, true);
    assert.equal(found[3].placeKind, 'country');
    const states = mentions('After the funeral Mass, Sen. Ann Okafor (D-Mass.) and Rep. Bo Lee (R-Ohio) met voters in Roanoke, Va., at noon.', {
      'Ann Okafor': 'PER',
      'D-Mass': 'ORG',
      'Bo Lee': 'PER',
      'R-Ohio': 'ORG',
      Roanoke: 'LOC',
      'Va.': 'ORG',
      Mass: 'ORG',
    });
    // The abbreviation keeps its full stop, as the AP writes it.
    assert.deepEqual(shown(states), ['ORG Mass', 'PER Ann Okafor', 'LOC Mass.', 'PER Bo Lee', 'LOC Ohio', 'LOC Roanoke', 'LOC Va.']);
    // A state's two letters after a party's letter; alone they stay what the tagger read.
    const codes = mentions('Sen. Ted Okafor (R-TX) met voters in Austin, TX on Monday.', { 'Ted Okafor': 'PER', 'R-TX': 'ORG', Austin: 'LOC', TX: 'ORG' });
    assert.deepEqual(shown(codes), ['PER Ted Okafor', 'LOC TX', 'LOC Austin', 'ORG TX']);
  });

  it('marks a place after a preposition of place, and a team before its score in a line of results', () => {
    const tagged: Record<string, EntityType> = { Portsmouth: 'LOC', Middlesex: 'ORG', Hampshire: 'ORG', TEXAS: 'ORG', Cleveland: 'ORG', Texas: 'ORG' };
    const [venue, winner] = mentions('At Portsmouth: Middlesex beat Hampshire by 188 runs.', tagged);
    assert.equal(venue.sited, true);
    assert.equal(winner.sited, undefined);
    assert.equal(mentions('Portsmouth won again.', tagged)[0].sited, undefined);
    const [home, away] = mentions('TEXAS 5 Cleveland 3', tagged);
    assert.equal(home.scored, true);
    assert.equal(away.scored, true);
    assert.equal(mentions('Texas 5 of whom were hurt.', tagged)[0].scored, undefined);
    // A Spanish town's club takes an article the town does not.
    const spanish = { Zaragoza: 'ORG', Madrid: 'LOC' } as const;
    assert.equal(mentions('El entrenador del Zaragoza dijo que el equipo jugará en Madrid el domingo.', spanish)[0].scored, true);
    assert.equal(mentions('La ciudad de Zaragoza recibió ayer a los ministros del Gobierno.', spanish)[0].scored, undefined);
  });

  it('reads a dateline whose country or state stands between its town and its date, and nothing else as one', () => {
    const tagged: Record<string, EntityType> = { WIGAN: 'ORG', England: 'LOC', 'KANSAS CITY': 'ORG', Wigan: 'ORG' };
    const wigan = mentions('WIGAN, England 1996-08-31\n\nRugby league.', tagged);
    assert.deepEqual(shown(wigan), ['LOC WIGAN', 'LOC England']);
    assert.equal(wigan[0].dateline, true);
    assert.equal(mentions('KANSAS CITY, Mo. 1996-08-30\n\nBaseball.', tagged)[0].dateline, true);
    const team = mentions('Wigan, England champions, won 1996-08-31 again.', tagged);
    assert.deepEqual(shown(team), ['ORG Wigan', 'LOC England']);
    assert.equal(team[0].dateline, undefined);
  });

  it('reads a dateline whose country stands in brackets after its town, and not a team before a bracketed score', () => {
    const tagged: Record<string, EntityType> = { Cardiff: 'ORG', 'Reino Unido': 'LOC', Gales: 'ORG' };
    const cardiff = mentions('Cardiff (Reino Unido), 23 may (EFE).\n\nPartido amistoso.', tagged);
    assert.deepEqual(shown(cardiff), ['LOC Cardiff', 'LOC Reino Unido']);
    assert.equal(cardiff[0].dateline, true);
    assert.equal(mentions('Gales (3), 23 puntos.\n\nLiga.', tagged)[0].dateline, undefined);
  });
});

describe('mention repairs of places', () => {
  it("reads a town's name after a preposition of place, or listed after a place, as the town", () => {
    const found = mentions('El temporal azotó A Coruña y Lugo. Un pesquero quedó frente a Cedeira.', { 'A Coruña': 'LOC', Lugo: 'PER', Cedeira: 'PER' });
    assert.deepEqual(shown(found), ['LOC A Coruña', 'LOC Lugo', 'LOC Cedeira']);
  });

  it('knows the countries by the names a reader uses, not only by their official ones', () => {
    const tagged = { Siria: 'ORG', Irak: 'ORG', 'Corea del Sur': 'LOC', Holanda: 'ORG', Syria: 'ORG', Britain: 'LOC', 'Soviet Union': 'ORG' } as const;
    const found = [
      ...mentions('Siria e Irak firmaron con Corea del Sur y Holanda.', tagged),
      ...mentions('Syria and Britain once dealt with the Soviet Union.', tagged),
    ];
    assert.deepEqual(
      found.map((mention) => `${mention.text} ${mention.placeKind}`),
      ['Siria country', 'Irak country', 'Corea del Sur country', 'Holanda country', 'Syria country', 'Britain country', 'Soviet Union country'],
    );
  });

  it("joins a place's name the tagger read as two names around its lower-case words, but not two places and", () => {
    const tagged = { Dar: 'LOC', Salaam: 'LOC', Jammu: 'LOC', Kashmir: 'LOC' } as const;
    assert.deepEqual(shown(mentions('Bombs hit the embassy in Dar es Salaam on Friday.', tagged)), ['LOC Dar es Salaam']);
    assert.deepEqual(shown(mentions('Police patrolled Jammu and Kashmir.', tagged)), ['LOC Jammu', 'LOC Kashmir']);
  });

  it("reads a known place's name with lower-case words inside as the place after a preposition of place or before its country, else leaves it", () => {
    const tagged = { 'Dar es Salaam': 'ORG', Kenya: 'LOC', Tanzania: 'LOC', 'Vasco da Gama': 'ORG' } as const;
    const found = mentions('Bombs hit Nairobi, Kenya, and Dar es Salaam, Tanzania. Vasco da Gama won.', { ...tagged, Nairobi: 'LOC' });
    assert.deepEqual(shown(found), ['LOC Nairobi', 'LOC Kenya', 'LOC Dar es Salaam', 'LOC Tanzania', 'ORG Vasco da Gama']);
  });

  it('reads a point of the compass alone as the region, unless a person bears it', () => {
    const found = mentions('Los alemanes del Este huían a Occidente. Kanye West cantó.', { Este: 'ORG', Occidente: 'ORG', 'Kanye West': 'PER' });
    assert.deepEqual(shown(found), ['LOC Este', 'LOC Occidente', 'PER Kanye West']);
  });

  it('reads a state and a role with no name after them as the state', () => {
    const found = mentions('As Virginia Governor, he would cut taxes. Ken Cuccinelli, a Texas Congressman, agreed. Pete King did not.', {
      'Virginia Governor': 'PER',
      'Ken Cuccinelli': 'PER',
      'Texas Congressman': 'PER',
      'Pete King': 'PER',
    });
    assert.deepEqual(shown(found), ['LOC Virginia', 'PER Ken Cuccinelli', 'LOC Texas', 'PER Pete King']);
  });

  it("reads a state's name the tagger took for a first name as the state where the article also reads it so, unless a person bears it", () => {
    const read = (...names: [string, EntityType][]) => {
      const found = names.map(([text, type], at) => entityMention(at * 20, at * 20 + text.length, type, text, noEvidence, undefined));
      placesReadAsFirstNames(found, mentionWordsFor('en'));
      return shown(found);
    };
    assert.deepEqual(read(['Virginia', 'PER'], ['Virginia', 'LOC']), ['LOC Virginia', 'LOC Virginia']);
    assert.deepEqual(read(['Virginia Woolf', 'PER'], ['Virginia', 'PER'], ['Virginia', 'LOC']), ['PER Virginia Woolf', 'PER Virginia', 'LOC Virginia']);
    assert.deepEqual(read(['Virginia', 'PER']), ['PER Virginia']);
  });

  it('leaves a person named like a town alone when nothing says place', () => {
    assert.deepEqual(shown(mentions('Lugo respondió a las preguntas.', { Lugo: 'PER' })), ['PER Lugo']);
  });

  it('reads a list of people as people, though a name before is also a town or a surname', () => {
    const lineup = mentions('Gales: Freestone, Page, Melville, Delaney.', { Freestone: 'PER', Page: 'PER', Melville: 'PER', Delaney: 'PER' });
    assert.deepEqual(shown(lineup), ['PER Freestone', 'PER Page', 'PER Melville', 'PER Delaney']);
    const candidates = mentions('Los candidatos Cárdenas y Camacho acordaron una tregua.', { Cárdenas: 'MISC', Camacho: 'PER' });
    assert.deepEqual(shown(candidates), ['MISC Cárdenas', 'PER Camacho']);
  });
});

describe('mention repairs of spans holding two names', () => {
  it('takes the given names the tagger left out before a surname with its Arabic article, but no word of a sentence', () => {
    const found = mentions('Turkey was a friend of Karim al-Haddad. In al-Mansur, they waited.', { 'al-Haddad': 'LOC', 'al-Mansur': 'LOC' });
    assert.deepEqual(shown(found), ['LOC Karim al-Haddad', 'LOC al-Mansur']);
  });

  it('takes a surname with its Arabic article the tagger left after a person, as one name', () => {
    const found = mentions('Its leader, Abu Bakr al-Baghdadi, spoke. General Suleiman al-Amr, in remarks, agreed.', {
      'Abu Bakr': 'PER',
      'al-Baghdadi': 'MISC',
      Suleiman: 'PER',
    });
    assert.deepEqual(shown(found), ['PER Abu Bakr al-Baghdadi', 'PER Suleiman al-Amr']);
  });

  it('takes a known first name the tagger left before a person, but not a title nor the word opening a question', () => {
    const found = mentions('The aide Caroline Wolverton spoke. Will Wolverton win? Pastor Kevin Swanson prayed.', {
      Wolverton: 'PER',
      'Pastor Kevin Swanson': 'PER',
    });
    assert.deepEqual(shown(found), ['PER Caroline Wolverton', 'PER Wolverton', 'PER Kevin Swanson']);
  });

  it('knows the first names of either sex and those faker lacks, but no surname listed among them', () => {
    const text = 'The candidate Carly Wolverton spoke, and Jamie Wolverton smiled. Said Sanders Okafor, nothing.';
    const found = mentions(text, { Wolverton: 'PER', Okafor: 'PER' });
    assert.deepEqual(shown(found), ['PER Carly Wolverton', 'PER Jamie Wolverton', 'PER Okafor']);
  });

  it('makes a person of a one-word organisation after a first name or a title and a first name, and types her surname alone', () => {
    const text = 'The executive Carly Wolverton spoke. Former CEO Carly Wolverton smiled. Later, Wolverton left. Dana Orlando Republican voted.';
    const found = mentions(text, { Wolverton: 'ORG', 'CEO Carly Wolverton': 'ORG', Republican: 'MISC', 'Dana Orlando Republican': 'PER' });
    assert.deepEqual(shown(found), ['PER Carly Wolverton', 'PER Carly Wolverton', 'PER Wolverton', 'PER Dana Orlando Republican']);
    const groups = mentions('Orlando Republican spoke. Republican voters cheered.', { 'Orlando Republican': 'PER', Republican: 'MISC' });
    assert.deepEqual(shown(groups), ['PER Orlando Republican', 'MISC Republican']);
  });

  it('makes a person of a known first name and surname in apposition, though the tagger read another name, but not an event', () => {
    const text = 'El portavoz de EH, Arnaldo Otegi, aseguró que irá al torneo de Roland Garros.';
    assert.deepEqual(shown(mentions(text, { EH: 'ORG', 'Arnaldo Otegi': 'MISC', 'Roland Garros': 'MISC' })), [
      'ORG EH',
      'PER Arnaldo Otegi',
      'MISC Roland Garros',
    ]);
  });

  it('makes a person of given names and a surname the article names alone as a person, but not a title, a place or an acronym', () => {
    const text = 'Morales beat Marco Antonio Barrera. Barrera bled; Barrera lost. The Hillary PAC paid. PAC said so; PAC won.';
    const found = mentions(text, { Morales: 'PER', 'Marco Antonio Barrera': 'MISC', Barrera: 'PER', 'Hillary PAC': 'ORG', PAC: 'PER' });
    assert.deepEqual(shown(found).slice(0, 4), ['PER Morales', 'PER Marco Antonio Barrera', 'PER Barrera', 'PER Barrera']);
    assert.equal(shown(found)[4], 'ORG Hillary PAC');
    const star = mentions('David wore the Star of David. David smiled.', { David: 'PER', 'Star of David': 'MISC' });
    assert.deepEqual(shown(star), ['PER David', 'MISC Star of David', 'PER David']);
  });

  it('parts two people a hyphen joins in one span, but not a hyphenated first name or a double surname', () => {
    const text = 'It was the Karim Ali-Joe Wolverton fight. Jean-Luc Okafor and Ana Lopez-Garcia Ruiz watched.';
    const found = mentions(text, { 'Karim Ali-Joe Wolverton': 'PER', 'Jean-Luc Okafor': 'PER', 'Ana Lopez-Garcia Ruiz': 'PER' });
    assert.deepEqual(shown(found), ['PER Karim Ali', 'PER Joe Wolverton', 'PER Jean-Luc Okafor', 'PER Ana Lopez-Garcia Ruiz']);
  });

  it("parts a state's abbreviation ending one sentence from the person opening the next, but keeps a person's initials", () => {
    const found = mentions('They met at Bedminster, N.J. Roger Ailes, the former chairman, was there. J.R. Smith played.', {
      Bedminster: 'LOC',
      'N.J. Roger Ailes': 'PER',
      'J.R. Smith': 'PER',
    });
    assert.deepEqual(shown(found), ['LOC Bedminster', 'LOC N.J.', 'PER Roger Ailes', 'PER J.R. Smith']);
  });

  it("leaves out of a name an editor's bracket opened or closed outside it", () => {
    const text = 'He did what [New Jersey Gov. Tom] Kessler did to Dana Whitfield [R-Ohio] and to the Partido Popular (PP).';
    const found = mentions(text, { 'Tom] Kessler': 'PER', 'Whitfield [R-Ohio': 'PER', 'Partido Popular (PP)': 'ORG' });
    assert.deepEqual(shown(found), ['PER Kessler', 'PER Whitfield', 'ORG Partido Popular (PP)']);
  });

  it('splits a person span at a conjunction, a lower-case word that is no name particle or a word that never opens a name', () => {
    assert.deepEqual(
      shown(mentions('Why Hillary And Obama Disagree\n\nDonald remains Donald, they said.', { 'Hillary And Obama': 'PER', 'Donald remains Donald': 'PER' })),
      ['PER Hillary', 'PER Obama', 'PER Donald', 'PER Donald'],
    );
    assert.deepEqual(shown(mentions('Ludwig van Beethoven y Ana de Palacio.', { 'Ludwig van Beethoven': 'PER', 'Ana de Palacio': 'PER' })), [
      'PER Ludwig van Beethoven',
      'PER Ana de Palacio',
    ]);
    // A capitalised word that never begins or ends a name parts it too, unless a name may begin with it.
    const footer = mentions('Follow Dana Okafor On Twitter @okafor. The Hague listened.', { 'Dana Okafor On Twitter': 'PER', 'The Hague': 'LOC' });
    assert.deepEqual(shown(footer), ['PER Dana Okafor', 'ORG Twitter', 'LOC The Hague']);
  });
});
