// Attribution rules learned from the errors of the PolNeAR training split (docs/quotes.md), each on
// invented sentences: which cue, next to which quotation, names whom.
import { testSpeakers, type SpeakerCase } from '../helpers/speakerCases';

const cases: SpeakerCase[] = [
  {
    name: 'a quotation closed by two apostrophes ends its sentence, so the pronoun after it opens the next',
    language: 'en',
    text: "''The river is rising,'' Mr. Okafor said. ''We will not wait for the council.'' He said, twice, that the dam would hold.",
    names: { Okafor: 'PER' },
    quotes: [
      ["''The river", 'Mr. Okafor', 'Okafor', 'name'],
      ["''We will", 'Mr. Okafor', 'Okafor', 'name'],
    ],
  },
  {
    name: 'a verb in the next sentence reporting a clause of its own does not attribute the quotation before it',
    language: 'en',
    text: 'Greta Lindqvist called the mayor “a builder of nothing.” She also said, without proof, that the budget was late.',
    names: { 'Greta Lindqvist': 'PER' },
    quotes: [['“a builder', 'Greta Lindqvist', 'Greta Lindqvist', 'name']],
  },
  {
    name: 'the period of an abbreviation in an apposition does not end the attribution after a quotation',
    language: 'en',
    text: '“The bill will pass,” Senate Whip Dana Okafor, R-Ky., said Tuesday.',
    names: { 'Dana Okafor': 'PER' },
    quotes: [['“The bill', 'Senate Whip Dana Okafor, R-Ky.', 'Dana Okafor', 'name']],
  },
  {
    name: 'a passive speech verb without its agent names no speaker; the main clause after a subordinate one does',
    language: 'en',
    text: 'When the smugglers are revealed, Okafor and Lindqvist call them "lost sheep" and move on.',
    names: { Okafor: 'PER', Lindqvist: 'PER' },
    quotes: [['"lost sheep"', 'Okafor and Lindqvist', 'Lindqvist', 'name']],
  },
  {
    name: "a possessed report noun whose content clause holds the quotation is the speaker: “Okafor's claim that …”",
    language: 'en',
    text: "The watchdog seized on Emeka Okafor's claim that there were “thousands of empty homes” in the city. Contrary to his claim that voters would ''learn nothing,'' the files were long.",
    names: { 'Emeka Okafor': 'PER' },
    quotes: [
      ['“thousands', "Emeka Okafor's claim", 'Emeka Okafor', 'document'],
      ["''learn", 'his claim', 'Emeka Okafor', 'document'],
    ],
  },
  {
    name: 'a speech verb before the report noun reports the whole sentence: its subject speaks',
    language: 'en',
    text: "Lindqvist said Okafor's claim that the homes were “empty and rotting” was false.",
    names: { Lindqvist: 'PER', Okafor: 'PER' },
    quotes: [['“empty', 'Lindqvist', 'Lindqvist', 'name']],
  },
  {
    name: 'stray lower-case words before a speech verb cannot speak: the subject of the clause does',
    language: 'en',
    text: 'Okafor joked about the weather, but went on to say, “The river is the most dangerous place in the county.” Greta Lindqvist could only quip: "The flood was booked."',
    names: { Okafor: 'PER', 'Greta Lindqvist': 'PER' },
    quotes: [
      ['“The river', 'Okafor', 'Okafor', 'name'],
      ['"The flood', 'Greta Lindqvist', 'Greta Lindqvist', 'name'],
    ],
  },
  {
    name: 'a place in an introduction between the subject and its verb is no one',
    language: 'en',
    text: 'Okafor, during a town hall meeting in Columbus, Ohio, said she was "going to close the mines," while explaining her plan.',
    names: { Okafor: 'PER', Columbus: 'LOC', Ohio: 'LOC' },
    quotes: [['"going', 'Okafor', 'Okafor', 'name']],
  },
  {
    name: 'an adverb between the subject and its verb ("has always claimed") is passed over',
    language: 'en',
    text: 'The Daily Ledger has always claimed itself to be an “unbiased” review of the news.',
    names: { 'Daily Ledger': 'ORG' },
    quotes: [['“unbiased”', 'The Daily Ledger', 'Daily Ledger', 'name']],
  },
  {
    name: 'after an exclamation the splitter cut, an apposition between the speaker and the verb is read on',
    language: 'en',
    text: '"Perpetual motion!" Rep. Dana Okafor, R-Pa., said of the convention.',
    names: { 'Dana Okafor': 'PER' },
    quotes: [['"Perpetual', 'Rep. Dana Okafor, R-Pa.', 'Dana Okafor', 'name']],
  },
  {
    name: 'a hyphen joining a number to a word keeps the phrase whole: "said the 46-year-old"',
    language: 'en',
    text: 'Dana Okafor spoke last. “The river will rise,” said the 46-year-old.',
    names: { 'Dana Okafor': 'PER' },
    quotes: [['“The river', 'the 46-year-old', null, 'description']],
  },
  {
    name: 'a year in a time phrase between a relative pronoun and its verb is passed over: the relative pronoun speaks',
    language: 'en',
    text: 'The mayor met Dana Okafor, now the council leader, who in 2010 said the goal was to make the mayor "a one-term wonder."',
    names: { 'Dana Okafor': 'PER' },
    quotes: [['"a one-term', 'who', 'Dana Okafor', 'pronoun']],
  },
  {
    name: 'a verb and its particle make a speech cue: "shot back", "went on", "fired back:"',
    language: 'en',
    text: '“Look at these crowds,” Okafor said. “They came for the free food,” Lindqvist shot back. “It happens, right?” Okafor went on, smiling. When the mayor objected, Lindqvist fired back: “The council will lose.”',
    names: { Okafor: 'PER', Lindqvist: 'PER' },
    quotes: [
      ['“Look', 'Okafor', 'Okafor', 'name'],
      ['“They came', 'Lindqvist', 'Lindqvist', 'name'],
      ['“It happens', 'Okafor', 'Okafor', 'name'],
      ['“The council', 'Lindqvist', 'Lindqvist', 'name'],
    ],
  },
  {
    name: 'a gerund after "X said," goes on from that speech verb, not from the sentence’s first subject',
    language: 'en',
    text: 'Okafor and Lindqvist will meet next week, Dana Reyes said, adding, "They need to sit down and talk."',
    names: { Okafor: 'PER', Lindqvist: 'PER', 'Dana Reyes': 'PER' },
    quotes: [['"They need', 'Dana Reyes', 'Dana Reyes', 'name']],
  },
  {
    name: 'an uncued quotation takes the subject of its own clause, not of a relative clause nor a possessor',
    language: 'en',
    text: 'Okafor endorsed the deal, although she made it clear that she has “serious concerns” about it. Rep. Dana Reyes, who was elected in 2010, casts Okafor as a liberal who would “unravel” the budget.',
    names: { Okafor: 'PER', 'Dana Reyes': 'PER' },
    quotes: [
      ['“serious', 'she', 'Okafor', 'pronoun'],
      ['“unravel', 'Rep. Dana Reyes', 'Dana Reyes', 'name'],
    ],
  },
  {
    name: 'a naming cue after an article is a noun: "a call for “lethal aid”" names nothing, so the short phrase stays a term',
    language: 'en',
    text: 'The party platform dropped a call for “lethal aid” to the rebels.',
    names: {},
    quotes: [],
  },
  {
    name: 'a sentence standing alone in single straight quotes is a subhead, not speech; in double quotes it is speech',
    language: 'en',
    text: "She was fired in 2005. 'A change warrior.' Wary of 'chaos.' The board had once seen her as its savior. \"We will not change course.\" The company kept its plan.",
    names: {},
    quotes: [['"We will', null, null, undefined]],
  },
  {
    name: 'a description with a relative clause in apposition speaks, not the place that ends the clause',
    language: 'en',
    text: 'The complaint, which was filed in federal court in Boston, alleged that the council “failed to protect the river.”',
    names: { Boston: 'LOC' },
    quotes: [['“failed', 'The complaint', null, 'document']],
  },
  {
    name: 'a sentence opening with "While …," is introduced: the speaker is the main clause\'s subject, not the pronoun before the comma',
    language: 'en',
    text: 'While he acknowledged funding was a reason, Okafor also noted several “intangibles” that left him disillusioned. But Okafor said the plan, while “late,” would work.',
    names: { Okafor: 'PER' },
    quotes: [
      ['“intangibles”', 'Okafor', 'Okafor', 'name'],
      ['“late,”', 'Okafor', 'Okafor', 'name'],
    ],
  },
];

testSpeakers(cases);
