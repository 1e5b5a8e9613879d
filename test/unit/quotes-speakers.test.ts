// Who says it: the speaker the attribution names, the mention it stands for and what kind of
// reference it is, for the hard patterns of news attribution (docs/quotes.md).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { testSpeakers, type SpeakerCase } from '../helpers/speakerCases';
import { repairedAnalyzerOf } from '../helpers/taggedSpans';
import type { EntityType } from '../../server/src/analysis/types';

const cases: SpeakerCase[] = [
  {
    name: 'an adjective of a party opening the sentence leads to the name its title stands before, not across a verb',
    language: 'en',
    text: "Muslim mayor rebuffs Trump on 'exception' to ban;\n\nRepublican presidential front-runner Donald Trump is insisting that he has “expanded the party,” claiming credit.",
    names: { Republican: 'MISC', 'Donald Trump': 'PER', Muslim: 'MISC', Trump: 'PER' },
    quotes: [
      ["'exception'", 'Trump', 'Trump', 'name'],
      ['“expanded', 'Republican presidential front-runner Donald Trump', 'Donald Trump', 'name'],
    ],
  },
  {
    name: 'a description the article wrote beside a name stands for that person, not for the last subject',
    language: 'es',
    text:
      'El líder nacionalista Xabier Okendo criticó al Gobierno. José María Aznar respondió que no cederá. Más tarde, el líder nacionalista afirmó: «No vamos a negociar». ' +
      'Lucía Pardo, la alcaldesa de Porzuna, habló. Aznar insistió. «Es pronto», dijo la alcaldesa de Porzuna. ' +
      'Se vio con su colega ruso, Igor Ivanov, el canciller cubano exigió respeto. Aznar calló. «Una Rusia fuerte», dijo el canciller cubano. ' +
      'Según el fiscal jefe, Juan Pérez y Luis Gómez actuaron juntos. «Fue tensa», dijo el fiscal jefe.',
    names: {
      'Xabier Okendo': 'PER',
      'José María Aznar': 'PER',
      Aznar: 'PER',
      Gobierno: 'ORG',
      'Lucía Pardo': 'PER',
      Porzuna: 'LOC',
      'Igor Ivanov': 'PER',
      'Juan Pérez': 'PER',
      'Luis Gómez': 'PER',
    },
    quotes: [
      ['«No vamos', 'el líder nacionalista', 'Xabier Okendo', 'description'],
      ['«Es pronto', 'la alcaldesa de Porzuna', 'Lucía Pardo', 'description'],
      // "Igor Ivanov, el canciller cubano exigió": no apposition, so the last subject (Aznar, a man) stands in.
      ['«Una Rusia', 'el canciller cubano', 'Aznar', 'description'],
      // "el fiscal jefe, Juan Pérez y Luis Gómez actuaron": a list, no apposition; the last subject stands in.
      ['«Fue tensa', 'el fiscal jefe', 'Luis Gómez', 'description'],
    ],
  },
  {
    name: "a person's own (his wife, Kopp's stepmother) is someone else than that person, not the last subject",
    language: 'en',
    text:
      'James Kopp was arrested in France. “I would like to see him come forward,” his wife said. ' +
      '“He was a good son,” Kopp’s stepmother said. “It was hard,” his brother said. “We will appeal,” his lawyer, Ann Lee, said.',
    names: { 'James Kopp': 'PER', France: 'LOC', Kopp: 'PER', 'Ann Lee': 'PER' },
    quotes: [
      ['“I would', 'his wife', null, 'description'],
      ['“He was', 'Kopp’s stepmother', null, 'description'],
      ['“It was', 'his brother', null, 'description'],
      ['“We will', 'his lawyer, Ann Lee', 'Ann Lee', 'name'],
    ],
  },
  {
    name: 'a place or other name modifying the noun of a description is not who speaks, unless it wrote the document or heads the body',
    language: 'en',
    text:
      'Wheat fell in Rotterdam. “There is no market at the moment,” said a Rotterdam trader. ' +
      '“The rules are unfair,” Argentina’s top Roman Catholic cleric said. “Voters are tired,” a Quinnipiac poll said.',
    names: { Rotterdam: 'LOC', Argentina: 'LOC', 'Roman Catholic': 'MISC', Quinnipiac: 'MISC' },
    quotes: [
      ['“There is', 'a Rotterdam trader', null, 'description'],
      ['“The rules', 'Argentina’s top Roman Catholic cleric', null, 'description'],
      ['“Voters are', 'a Quinnipiac poll', 'Quinnipiac', 'document'],
    ],
  },
  {
    name: 'a Spanish sentence opening on its verb or on a number has no name there: its subject is implied or later',
    language: 'es',
    text:
      'La cumbre terminó ayer en La Habana. Abogó por una solución justa, y reiteró la necesidad de políticas "sanas". ' +
      'Cuarenta años después de ser proclamado candidato, el espíritu de John F. Kennedy planeó hoy sobre la convención, donde su hija Caroline apostó por renovar la "nueva frontera".',
    names: { 'La Habana': 'LOC', 'John F. Kennedy': 'PER', Caroline: 'PER' },
    quotes: [
      ['"sanas"', null, null, undefined],
      ['"nueva frontera"', 'Caroline', 'Caroline', 'implied'],
    ],
  },
  {
    name: 'a source the article keeps unnamed is no one it names, though it speaks of them',
    language: 'en',
    text: 'Ted Cruz met donors on Monday. A separate intelligence source confirmed it. “He will try to be friendlier,” the source said.',
    names: { 'Ted Cruz': 'PER' },
    quotes: [['“He will', 'the source', null, 'description']],
  },
  {
    name: 'the writer and the reader ("I", "we", "you") are no one the article names',
    language: 'en',
    text: 'Richard Dawkins wrote about DNA in 1976. When I asked about “clones,” I said it plainly. As you say, “free as in beer.”',
    names: { 'Richard Dawkins': 'PER', DNA: 'ORG' },
    quotes: [
      ['“clones,”', 'I', null, 'pronoun'],
      ['“free as', 'you', null, 'pronoun'],
    ],
  },
  {
    name: 'an outlet is named by the noun right after it too, and never a place a headline before it ends on',
    language: 'en',
    text: 'Israeli president invites Arafat to home - paper.\nJERUSALEM 1996-08-25\nThe Yedioth Ahronoth daily reported the plan. Netanyahu met Weizman on Tuesday. "I am prepared to wait," the paper said.',
    names: { Israeli: 'MISC', Arafat: 'PER', JERUSALEM: 'LOC', 'Yedioth Ahronoth': 'ORG', Netanyahu: 'PER', Weizman: 'PER' },
    quotes: [['"I am', 'the paper', 'Yedioth Ahronoth', 'description']],
  },
  {
    name: 'a bare organisation noun is that kind of body in general, not the organisation named last unless its name holds the noun',
    language: 'en',
    text:
      'The Carolina Panthers host the Minnesota Vikings on Sunday. Police say they have "adequate resources" for the game. ' +
      'The Charlotte Police Department opened an inquiry. Police said the inquiry would be "thorough and fair."',
    names: { 'Carolina Panthers': 'ORG', 'Minnesota Vikings': 'ORG', 'Charlotte Police Department': 'ORG' },
    quotes: [
      ['"adequate', 'Police', null, 'description'],
      ['"thorough', 'Police', 'Charlotte Police Department', 'description'],
    ],
  },
  {
    name: 'a surname the tagger missed names the person of the article whose name it ends, and no one when none does',
    language: 'en',
    text:
      'Salma Hayek spoke at the festival. Asked about her career, Hayek confirmed she had been and said, “America has a severe problem with discrimination.” ' +
      'Organizers were pleased. Young said, “We are proud of the program.” Matthew Prince runs the festival. ' +
      '“It is risky to mix film and politics,” Mr. Prince said.',
    names: { 'Salma Hayek': 'PER', 'Matthew Prince': 'PER' },
    quotes: [
      ['“America', 'Hayek', 'Salma Hayek', 'name'],
      ['“We are', 'Young', null, 'description'],
      ['“It is', 'Mr. Prince', 'Matthew Prince', 'name'],
    ],
  },
  {
    name: 'the person a role serves, named right after it, is not who speaks',
    language: 'en',
    text: 'Bernie Sanders rested. “Christmas Eve was booked,” said a spokesman for Bernie Sanders. Supporters of Sanders said the race was on the “wrong track.”',
    names: { 'Bernie Sanders': 'PER', Sanders: 'PER' },
    quotes: [
      ['“Christmas', 'a spokesman for Bernie Sanders', null, 'description'],
      ['“wrong', 'Supporters of Sanders', null, 'description'],
    ],
  },
  {
    name: 'in an apposition, the name that is a whole part of it, not a name inside the description',
    language: 'en',
    text: 'Ted Cruz smiled. Another delegate on the Cruz slate, Jim Poolman, said he was only “leaning Cruz.”',
    names: { Cruz: 'PER', 'Jim Poolman': 'PER', 'Ted Cruz': 'PER' },
    quotes: [['“leaning', 'the Cruz slate, Jim Poolman', 'Jim Poolman', 'name']],
  },
  {
    name: "of two names in the speaker, the one before its complement: a firm the tagger calls a person is the speaker's",
    language: 'en',
    text: '"It is a cosmetic move," said Jonathan S. Okafor of Wertheim Lindqvist amp Co.',
    names: { 'Jonathan S. Okafor': 'PER', 'Wertheim Lindqvist': 'PER' },
    quotes: [['"It is a', 'Jonathan S. Okafor of Wertheim Lindqvist amp Co.', 'Jonathan S. Okafor', 'name']],
  },
  {
    name: 'an outlet described stands for the outlet the article names, not for the company or club it writes about',
    language: 'es',
    text: 'El Dresdner Bank subió. «La bolsa afronta la recta final», afirma el diario económico. El diario Expansión cerró. «Todo sigue igual», dice el diario.',
    names: { 'Dresdner Bank': 'ORG', Expansión: 'ORG' },
    quotes: [
      ['«La bolsa', 'el diario económico', null, 'description'],
      ['«Todo sigue', 'el diario', 'Expansión', 'description'],
    ],
  },
  {
    name: 'a pronoun stands for the subject with its organisation, not for a name modifying a noun after an article',
    language: 'en',
    text: 'Matthew Okafor of The Globe and Mail dubbed the effort to remove the Cruise video "a farce". He called it "another small skirmish."',
    names: { 'Matthew Okafor': 'PER', 'The Globe and Mail': 'ORG', Cruise: 'PER' },
    quotes: [
      ['"a farce"', 'Matthew Okafor of The Globe and Mail', 'Matthew Okafor', 'name'],
      ['"another small', 'He', 'Matthew Okafor', 'pronoun'],
    ],
  },
  {
    name: '"tanto … como" after the verb opens its inverted subject, which is no word "tanto"',
    language: 'es',
    text: '"Corrijan su error", advirtieron hoy tanto el Ministerio de Asuntos Exteriores como el de Comercio.',
    names: { 'Ministerio de Asuntos Exteriores': 'ORG' },
    quotes: [['"Corrijan su', 'el Ministerio de Asuntos Exteriores', 'Ministerio de Asuntos Exteriores', 'name']],
  },
  {
    name: "a person's name before one of her people written in lower case says whose adviser speaks, not who",
    language: 'en',
    text: 'Dana Okafor met donors. “I think politicians are practical people,” said the senior Okafor adviser.',
    names: { 'Dana Okafor': 'PER', Okafor: 'PER' },
    quotes: [['“I think', 'the senior Okafor adviser', null, 'description']],
  },
  {
    name: "a preposition's object before the verb's comma introduces the clause and speaks for no one",
    language: 'es',
    text: 'Ana Okafor habló ayer. En este sentido, precisó que el euro "paga errores nacionales". Ante este problema, dijo, la UE "no ayuda".',
    names: { 'Ana Okafor': 'PER', UE: 'ORG' },
    quotes: [
      ['"paga errores', 'Ana Okafor', 'Ana Okafor', 'implied'],
      ['"no ayuda', 'Ana Okafor', 'Ana Okafor', 'implied'],
    ],
  },
  {
    name: 'an organisation someone owns speaks for its owner, not for the organisation named last',
    language: 'en',
    text: 'The Senate voted. Dana Okafor was pleased. Her campaign quickly blasted out an email to supporters stating, “Victory Comes Again.”',
    names: { Senate: 'ORG', 'Dana Okafor': 'PER' },
    quotes: [['“Victory Comes', 'Her campaign', 'Dana Okafor', 'description']],
  },
  {
    name: "a description's head is its last noun before a complement: a leader named after his chamber is no chamber",
    language: 'en',
    text: 'Dana Okafor met reporters. "We will not vote," the Senate minority leader said. "It is over," said Party Chairman Reince Priebus.',
    names: { 'Dana Okafor': 'PER', Senate: 'ORG', 'Party Chairman Reince Priebus': 'ORG' },
    quotes: [
      ['"We will', 'the Senate minority leader', 'Dana Okafor', 'description'],
      ['"It is', 'Party Chairman Reince Priebus', 'Party Chairman Reince Priebus', 'name'],
    ],
  },
  {
    name: 'a long apposition between the quotation and its verb',
    language: 'en',
    text: '“Very good reporter,” Trump, the 2016 GOP presidential frontrunner nationally and current polling leader in South Carolina, said.',
    names: { Trump: 'PER', 'South Carolina': 'LOC' },
    quotes: [['“Very good', 'Trump', 'Trump', 'name']],
  },
  {
    name: '"one said", "said another": the description speaks, for no one named',
    language: 'en',
    text: '“America is great! Trump is disgusting,” read one. Yet another said, “Rubio is in a five-person battle.”',
    names: { Trump: 'PER', Rubio: 'PER' },
    quotes: [
      ['“America is', 'one', null, 'description'],
      ['“Rubio is in', 'another', null, 'description'],
    ],
  },
  {
    name: "a person's supporters or aides speak for themselves, not for the person their name qualifies",
    language: 'en',
    text: 'Sanders supporters chanted "Feel the Bern!" in the streets. "We will win," Okafor and his aides said.',
    names: { Sanders: 'PER', Okafor: 'PER' },
    quotes: [
      ['"Feel the', 'Sanders supporters', null, 'description'],
      ['"We will', 'Okafor and his aides', 'Okafor', 'name'],
    ],
  },
  {
    name: '"she said" never stands for a man, even when he is the only person named near',
    language: 'en',
    text: 'Voters in the county trust Donald Trump on jobs. “I still have doubts,” she said.',
    names: { 'Donald Trump': 'PER' },
    quotes: [['“I still', 'she', null, 'pronoun']],
  },
  {
    name: '"he said" after a quotation that talks about someone in the third person is not that someone',
    language: 'en',
    text: 'Sen. Tom Reyes toured the plant with Mayor Emeka Okafor. Okafor thanked the workers. “Okafor has done good work here,” he said.',
    names: { 'Emeka Okafor': 'PER', 'Tom Reyes': 'PER', Okafor: 'PER' },
    quotes: [['“Okafor has', 'he', 'Tom Reyes', 'pronoun']],
  },
  {
    name: '"he added" goes on with the speaker of the quotation just before, or with no one when that speaker is no name the tagger found',
    language: 'en',
    text: [
      'Gov. Tom Reyes signed the bill on Monday.',
      '“It is a good day,” said Emeka Okafor, a lawyer. “We waited years,” he added.',
      '“Nobody asked us,” said Federico Alonso, a strategist. “It was rushed,” he added.',
    ].join('\n\n'),
    names: { 'Tom Reyes': 'PER', 'Emeka Okafor': 'PER' },
    quotes: [
      ['“It is a', 'Emeka Okafor', 'Emeka Okafor', 'name'],
      ['“We waited', 'he', 'Emeka Okafor', 'pronoun'],
      ['“Nobody asked', 'Federico Alonso', null, 'description'],
      ['“It was', 'he', null, 'pronoun'],
    ],
  },
  {
    name: 'after the quotation, the addressee "a EFE" passed over to the subject; a group speaks for no one',
    language: 'es',
    text: 'El director, Fidel Arroyo, habló ayer. "Hemos puesto medidas en marcha", explicó a EFE una portavoz de ADP. "Es una obra libre", según explicaron a EFE los integrantes de la compañía.',
    names: { 'Fidel Arroyo': 'PER', EFE: 'ORG', ADP: 'ORG' },
    quotes: [
      ['"Hemos puesto', 'una portavoz de ADP', null, 'description'],
      ['"Es una obra', 'los integrantes de la compañía', null, 'description'],
    ],
  },
  {
    name: 'a subject inverted after its verb between commas, right before the quotation',
    language: 'es',
    text: 'En este sentido, precisó Cuevas, "la fiscalidad no es algo absoluto y debe revisarse".',
    names: { Cuevas: 'PER' },
    quotes: [['"la fiscalidad', 'Cuevas', 'Cuevas', 'name']],
  },
  {
    name: 'the second half of a split quotation takes the first half’s speaker',
    language: 'en',
    text: '“Supporters of some other candidates,” Blackwell added, “have focused largely on paid advertising.”',
    names: { Blackwell: 'PER' },
    quotes: [
      ['“Supporters', 'Blackwell', 'Blackwell', 'name'],
      ['“have focused', 'Blackwell', 'Blackwell', 'name'],
    ],
  },
  {
    name: 'a verb that is also a noun, right after the quotation',
    language: 'en',
    text: '“Look at the statement Mr. Trump put out after the shootings,” Conway notes. “It was very different in tone.”',
    names: { Conway: 'PER', 'Mr. Trump': 'PER' },
    quotes: [
      ['“Look at', 'Conway', 'Conway', 'name'],
      ['“It was very', 'Conway', 'Conway', 'name'],
    ],
  },
  {
    name: 'a quotation that is a whole paragraph takes the speaker of the paragraph before',
    language: 'en',
    text: 'Carter said that critics had predicted a withdrawal from the region for decades.\n\n“That is because this region remains the most consequential for our security.”',
    names: { Carter: 'PER' },
    quotes: [['“That is', 'Carter', 'Carter', 'name']],
  },
  {
    name: 'a quotation going on in its paragraph, unless another cue names someone else',
    language: 'en',
    text: '“We will win,” Clinton said. “We will govern well.” Sanders disagreed. “They will not,” he said.',
    names: { Clinton: 'PER', Sanders: 'PER' },
    quotes: [
      ['“We will win', 'Clinton', 'Clinton', 'name'],
      ['“We will gov', 'Clinton', 'Clinton', 'name'],
      ['“They will', 'he', 'Sanders', 'pronoun'],
    ],
  },
  {
    name: 'transcripts: "NAME:" lines and "Name:" before a quotation',
    language: 'en',
    text: 'RAMOS: "Secretary Clinton, did you lie to them?"\n\nDavid Wasserman: “Indiana has long looked like a huge fork in the road to the nomination.”',
    names: { 'David Wasserman': 'PER', Clinton: 'PER', Indiana: 'LOC' },
    quotes: [
      ['"Secretary', 'RAMOS', null, 'description'],
      ['“Indiana has', 'David Wasserman', 'David Wasserman', 'name'],
    ],
  },
  {
    name: 'a signature after a dash, the quotation dash among them',
    language: 'en',
    text: '“The most unqualified child to ever run for president.” ― Francisco Herrero. "The whole idea needs to stop." -Michelle Marks, Philadelphia.',
    names: { 'Francisco Herrero': 'PER', 'Michelle Marks': 'PER', Philadelphia: 'LOC' },
    quotes: [
      ['“The most', 'Francisco Herrero', 'Francisco Herrero', 'name'],
      ['"The whole', 'Michelle Marks', 'Michelle Marks', 'name'],
    ],
  },
  {
    name: 'a pull quote whose closing mark follows its attribution line',
    language: 'en',
    text: 'The rules are clear.\n\n“We will not change them because a country is unhappy.\n— Ramon Iglesias, Commission spokesman”\n\nThe meeting ended.',
    names: { 'Ramon Iglesias': 'PER' },
    quotes: [['“We will not change them because a country is unhappy.', 'Ramon Iglesias, Commission spokesman', 'Ramon Iglesias', 'name']],
  },
  {
    name: 'a relative pronoun speaks for the name before it',
    language: 'en',
    text: '“Donald Trump is a dictator in the making,” said Beck, who said there were “too many disturbing things for me to dismiss.”',
    names: { 'Donald Trump': 'PER', Beck: 'PER' },
    quotes: [
      ['“Donald Trump', 'Beck', 'Beck', 'name'],
      ['“too many', 'who', 'Beck', 'pronoun'],
    ],
  },
  {
    name: 'a pronoun stands for the last person of its gender named as a subject',
    language: 'en',
    text: 'Margaret Holloway met Carlos Marin in London. Marin, who heads the group, said the claims had doubled. “We are seeing older boats,” she said.',
    names: { 'Margaret Holloway': 'PER', 'Carlos Marin': 'PER', Marin: 'PER', London: 'LOC' },
    quotes: [['“We are seeing', 'she', 'Margaret Holloway', 'pronoun']],
  },
  {
    name: 'an outlet or a document speaks for the organisation it names, else for no one, never a nearby person',
    language: 'en',
    text: 'Senator Ted Cruz spoke first. “Any further communication will be through our attorney,” a letter from the American Legion said. The report said the findings were “alarming.”',
    names: { 'Ted Cruz': 'PER', 'American Legion': 'ORG' },
    quotes: [
      ['“Any further', 'the American Legion', 'American Legion', 'name'],
      ['“alarming', 'The report', null, 'document'],
    ],
  },
  {
    name: 'a possessive names the author of a message',
    language: 'en',
    text: 'Margaret Holloway, who heads the association, said claims had doubled. Her message to ship owners was blunt: "If you can\'t find your gear, we can\'t insure it."',
    names: { 'Margaret Holloway': 'PER' },
    quotes: [['"If you can', 'Her message', 'Margaret Holloway', 'document']],
  },
  {
    name: 'a quotation after a colon with no speech verb speaks for the subject before the colon',
    language: 'en',
    text: 'Republican presidential nominee Donald Trump issued the following statement: “Our prayers are with all those affected by the horrible attacks in Munich.”',
    names: { 'Donald Trump': 'PER', Munich: 'LOC' },
    quotes: [['“Our prayers', 'Republican presidential nominee Donald Trump', 'Donald Trump', 'name']],
  },
  {
    name: 'a naming cue makes a short quotation speech, even a name',
    language: 'en',
    text: 'Within minutes, he called Rubio “Little Marco” and described the debate as “a circus.”',
    names: { Rubio: 'PER', 'Little Marco': 'PER' },
    quotes: [
      ['“Little Marco”', 'he', null, 'pronoun'],
      ['“a circus', 'he', null, 'pronoun'],
    ],
  },
  {
    name: 'no cue and no subject in front: the person named last before the phrase says it',
    language: 'en',
    text: 'For Governor Okafor, the “rolling blackouts” of last winter were a disgrace.',
    names: { 'Governor Okafor': 'PER' },
    quotes: [['“rolling', 'Governor Okafor', 'Governor Okafor', 'name']],
  },
  {
    name: 'a quotation that is a whole paragraph, signed by the short dash paragraph after it',
    language: 'en',
    text: 'The debate produced several claims worth checking.\n\n"We cut the deficit in half in four years."\n\n- Marlow.\n\nMarlow overstates the figure, which fell by a third.',
    names: { Marlow: 'PER' },
    quotes: [['"We cut', 'Marlow', 'Marlow', 'name']],
  },
  {
    name: 'verbs of manner that report speech: barked, beamed, exhorted, reacted',
    language: 'en',
    text: '“Get back to your seats,” Mayor Ortiz barked at the crowd. “What a night this is!” beamed Dana Reyes of Tulsa. “Vote early,” exhorted Senator Vance.',
    names: { 'Mayor Ortiz': 'PER', 'Dana Reyes': 'PER', Tulsa: 'LOC', 'Senator Vance': 'PER' },
    quotes: [
      ['“Get back', 'Mayor Ortiz', 'Mayor Ortiz', 'name'],
      ['“What a night', 'Dana Reyes of Tulsa', 'Dana Reyes', 'name'],
      ['“Vote early', 'Senator Vance', 'Senator Vance', 'name'],
    ],
  },
  {
    name: '"he points out" right after a quotation',
    language: 'en',
    text: '“Turnout was low,” Reyes says. “Nobody else will admit it,” he points out.',
    names: { Reyes: 'PER' },
    quotes: [
      ['“Turnout', 'Reyes', 'Reyes', 'name'],
      ['“Nobody', 'he', 'Reyes', 'pronoun'],
    ],
  },
  {
    name: 'a sentence word ("Unless", "Back") is no speaker',
    language: 'en',
    text: 'Unless more rivals quit the race, “it is very hard to see how he is stopped.”',
    names: {},
    quotes: [['“it is very', null, null, undefined]],
  },
  {
    name: 'a name and verb after a line break start a new paragraph, not the attribution of the quotation before it',
    language: 'en',
    text: 'Okafor is selling his old car.\n“I’m a free citizen,” he told a radio station. “I can sell what I own.”\nOkafor wrote in the listing that the money goes to charity.',
    names: { Okafor: 'PER' },
    quotes: [
      ['“I’m a free', 'he', 'Okafor', 'pronoun'],
      ['“I can sell', 'he', 'Okafor', 'pronoun'],
    ],
  },
  {
    name: 'a pronoun after an abbreviation starts the clause the sentence splitter missed ("the U.S. He says")',
    language: 'en',
    text: 'Reyes says the plan failed across the U.S. He says voters want “a clean break from the past.”',
    names: { Reyes: 'PER' },
    quotes: [['“a clean', 'He', 'Reyes', 'pronoun']],
  },
  {
    name: 'a name whose word is also an auxiliary or a preposition ("Will", "From") is still a name',
    language: 'en',
    text: '“Tuition keeps rising,” said Will Doyle, a professor of economics. “Costs have changed,” From said.',
    names: { 'Will Doyle': 'PER', From: 'PER' },
    quotes: [
      ['“Tuition', 'Will Doyle', 'Will Doyle', 'name'],
      ['“Costs', 'From', 'From', 'name'],
    ],
  },
  {
    name: 'English: a cue with no subject in sight takes the person named before the quotation in its sentence, not the last subject',
    language: 'en',
    text: 'Mayor Ortiz spoke first. There is still time for Senator Vance to make peace with the council, even after dismissing it as a “rubber stamp” and calling the mayor a liar.',
    names: { 'Mayor Ortiz': 'PER', 'Senator Vance': 'PER' },
    quotes: [['“rubber', 'Senator Vance', 'Senator Vance', 'name']],
  },
  {
    name: 'time phrases between a subject and its verb are passed over ("at the time", "two weeks ago")',
    language: 'en',
    text: 'Mayor Ortiz at the time said he had asked his “lawyers” to step in. The council less than two weeks ago said that “no deal” was possible.',
    names: { 'Mayor Ortiz': 'PER' },
    quotes: [
      ['“lawyers', 'Mayor Ortiz', 'Mayor Ortiz', 'name'],
      ['“no deal', 'The council', null, 'description'],
    ],
  },
  {
    name: 'a naming participle after a common noun ("a class called “…”") names the noun; the clause subject calls it so',
    language: 'en',
    text: 'On Sunday, Mayor Ortiz shared a syllabus for an evening course called “Civic Budgets” on his page.',
    names: { 'Mayor Ortiz': 'PER' },
    quotes: [['“Civic', 'Mayor Ortiz', 'Mayor Ortiz', 'name']],
  },
  {
    name: 'after a quoted question the clause goes on: "“…?” Mayor Ortiz said of the council members"',
    language: 'en',
    text: '“We lost the vote,” Reyes said. “Who do they think they are?” Mayor Ortiz said of the council members.',
    names: { 'Mayor Ortiz': 'PER', Reyes: 'PER' },
    quotes: [
      ['“We lost', 'Reyes', 'Reyes', 'name'],
      ['“Who do', 'Mayor Ortiz', 'Mayor Ortiz', 'name'],
    ],
  },
  {
    name: 'Spanish: a description with a name in apposition, and a description naming its organisation',
    language: 'es',
    text: 'La secretaria general de Pesca, Elena Marín, habló en Madrid. Su presidente, Carlos Marín, lo calificó de «paso necesario». Preguntada por las críticas, la responsable de Pesca respondió: «Entiendo el malestar de la flota».',
    names: { 'Elena Marín': 'PER', 'Carlos Marín': 'PER', Pesca: 'ORG', Madrid: 'LOC' },
    quotes: [
      ['«paso', 'Su presidente, Carlos Marín', 'Carlos Marín', 'name'],
      ['«Entiendo', 'la responsable de Pesca', 'Elena Marín', 'description'],
    ],
  },
  {
    name: 'Spanish: a verb with no subject speaks for the last person named as a subject, not for the addressee',
    language: 'es',
    text: 'Ramón Iglesias, por su parte, evitó comprometer plazos. “La Comisión recibirá el documento”, dijo a los periodistas portugueses y españoles al término de la reunión.',
    names: { 'Ramón Iglesias': 'PER', Comisión: 'ORG' },
    quotes: [['“La Comisión', 'Ramón Iglesias', 'Ramón Iglesias', 'implied']],
  },
  {
    name: 'a source cue reporting the whole sentence is the outer report: its source speaks',
    language: 'en',
    text:
      '“We will keep fighting for every vote,” Halvorsen said, according to the Daily Ledger. According to the Tribune, Okafor called the plan “a disaster.” ' +
      'Okafor said that according to his own count most members were “ready to vote.”',
    names: { Halvorsen: 'PER', 'Daily Ledger': 'ORG', Tribune: 'ORG', Okafor: 'PER' },
    quotes: [
      ['“We will', 'the Daily Ledger', 'Daily Ledger', 'name'],
      ['“a disaster', 'the Tribune', 'Tribune', 'name'],
      ['“ready to', 'Okafor', 'Okafor', 'name'],
    ],
  },
  {
    name: 'a speech verb after a comma, after the quoted words, with its subject after it',
    language: 'en',
    text:
      'The vote marks “the start of a long fight” for the council, said Mara Lindqvist, a historian at the university. ' +
      'Lindqvist, a historian, criticized Okafor, saying the plan was “a disaster.”',
    names: { 'Mara Lindqvist': 'PER', Lindqvist: 'PER', Okafor: 'PER' },
    quotes: [
      ['“the start', 'Mara Lindqvist', 'Mara Lindqvist', 'name'],
      ['“a disaster', 'Lindqvist, a historian', 'Lindqvist', 'name'],
    ],
  },
];

testSpeakers(cases);

// With the mention repairs, which mark a dateline's place and a known place's kind: [speaker, speaker's mention] of each quotation.
function speakersWithRepairs(names: Record<string, EntityType>, text: string): (string | null)[][] {
  return repairedAnalyzerOf(names)(text).quotes.map((quote) => [quote.speaker?.text ?? null, quote.speakerMention?.text ?? null]);
}

test("the agency a dateline credits wrote the article: it stands for no organisation or paper quoted in it, nor does a name in a speaker's relative clause", () => {
  const text =
    'Sevilla, 23 may (EFE).\n\nLa organización del festival aseguró que el acto fue "un éxito rotundo para todos los vecinos".\n\n' +
    'La Audiencia condenó al acusado. La sentencia de la Sección Cuarta, a la que ha tenido acceso Efe, dice que la versión de la víctima tiene más "consistencia interna".';
  assert.deepEqual(speakersWithRepairs({ Sevilla: 'LOC', EFE: 'ORG', Efe: 'ORG', Audiencia: 'ORG' }, text), [
    ['La organización del festival', null],
    ['la Sección Cuarta, a la que ha tenido acceso Efe', null],
  ]);
});

test("a state after its town's comma ends the subject before the verb; it does not speak", () => {
  const text = 'Ted Cruz spoke in Columbia. Stacy Baker of Columbia, South Carolina says she thinks Cruz can win if he keeps “doing what he’s doing.”';
  const names: Record<string, EntityType> = { 'Ted Cruz': 'PER', Columbia: 'LOC', 'Stacy Baker': 'PER', 'South Carolina': 'LOC', Cruz: 'PER' };
  assert.deepEqual(speakersWithRepairs(names, text), [['Stacy Baker of Columbia', 'Stacy Baker']]);
});
