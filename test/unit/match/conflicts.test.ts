// Conflicts as evidence against a match (issue #11): another named subject, another list of places, an
// accomplished event against an attempt (fr and en), a later explicit date. Each refuses the match and
// is reported in the decision that `recoupe scan --explain` prints.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createMatcher, type Matcher, type PageContext, type RankedClaim } from '../../../src/core/match/matcher.ts';
import type { Claim, Entity } from '../../../src/core/pack/types.ts';
import { claims, entities } from './mini-pack.ts';

const places: Entity[] = [
  { id: 'homs', kind: 'other', name: { fr: 'Homs', en: 'Homs' } },
  { id: 'latakia', kind: 'other', name: { fr: 'Lattaquié', en: 'Latakia' } },
  { id: 'idlib', kind: 'other', name: { fr: 'Idleb', en: 'Idlib' } },
  { id: 'city-hall', kind: 'government', name: { en: 'City Hall' } },
  { id: 'syria', kind: 'other', name: { fr: 'Syrie', en: 'Syria' } },
  { id: 'iraq', kind: 'other', name: { fr: 'Irak', en: 'Iraq' } },
];
// The places of the list lie in Syria (a place's parent is the larger place it lies in).
const inSyria: Entity[] = [...entities, ...places].map((e) =>
  e.kind === 'other' && e.id !== 'syria' && e.id !== 'iraq' ? { ...e, parent: 'syria' } : e,
);
const extra: Claim[] = [
  {
    id: 'provinces',
    claimant: 'ru-mod',
    date: '2015-10-18',
    text: { fr: 'Les frappes russes ont visé les provinces de Hama, Homs, Alep et Lattaquié.', en: 'The Russian strikes hit the provinces of Hama, Homs, Aleppo and Latakia.' },
    evidence: [],
  },
  {
    id: 'families',
    claimant: 'ru-mod',
    date: '2015-10-18',
    text: { en: 'Some 3,000 families have fled their homes south of Aleppo since the offensive began.' },
    evidence: [],
  },
  {
    id: 'partial-list',
    claimant: 'ru-mod',
    date: '2015-10-18',
    text: { en: 'Russian jets struck 212 targets in seven provinces including Hama, Homs, Aleppo and Latakia.' },
    evidence: [],
  },
  { id: 'chicago', claimant: 'city-hall', date: '2015-10-18', text: { en: 'Chicago has the highest murder rate of any large American city.' }, evidence: [] },
];
const matcher = createMatcher({ claims: [...claims, ...extra], entities: inSyria });
const ids = (text: string, lang: string): string[] => matcher.matchBlocks([text], lang).map((m) => m.claimId);
const conflictsOf = (text: string, lang: string, claimId: string): string[] =>
  matcher.explainBlocks([text], lang, 10)[0]!.candidates.find((c) => c.claimId === claimId)?.decision.conflicts.map((c) => c.kind) ?? [];

/** One claim among a sentence's best k, conflicts looked for even where a gate or the model refused (as the "ask" card does). */
function rankedAs(m: Matcher, text: string, lang: string, claimId: string, k = 10, page?: PageContext): RankedClaim | undefined {
  return m.rankClaims(text, lang, k, { allConflicts: true, ...(page ? { page } : {}) }).find((c) => c.claimId === claimId);
}
const kindsOf = (r: RankedClaim | undefined): string[] | undefined => r?.decision.conflicts.map((c) => c.kind);
const figuresSaid = (r: RankedClaim | undefined): string[] | undefined => r?.decision.conflicts.filter((c) => c.kind === 'figure').map((c) => c.said ?? '');

/** Conflicts of the shared matcher's claim; undefined when not ranked. */
const allConflictsOf = (text: string, lang: string, claimId: string): string[] | undefined => kindsOf(rankedAs(matcher, text, lang, claimId, 20));

describe('conflicts', () => {
  it('an accomplished event is not the attempt (en and fr)', () => {
    const trying = 'The Syrian army is trying to break the Islamic State siege of the Kweires military airport.';
    assert.deepEqual(ids(trying, 'en'), ['kweires-siege']);
    const broke = 'The Syrian army managed to break the Islamic State siege of the Kweires military airport on Tuesday.';
    assert.deepEqual(ids(broke, 'en'), []);
    assert.deepEqual(conflictsOf(broke, 'en', 'kweires-siege'), ['attempt']);
    const brise = "L'armée syrienne a brisé mardi le siège imposé par l'État islamique à l'aéroport militaire de Kweires.";
    assert.deepEqual(ids(brise, 'fr'), []);
    assert.deepEqual(conflictsOf(brise, 'fr', 'kweires-siege'), ['attempt']);
  });

  it('another list of places is another day’s list', () => {
    assert.deepEqual(ids('Les frappes russes ont visé les provinces de Hama, Homs, Alep et Lattaquié, selon Moscou.', 'fr'), ['provinces']);
    const other = "Les frappes russes ont visé les provinces d'Idleb, Hama, Alep et Lattaquié, selon Moscou.";
    assert.deepEqual(ids(other, 'fr'), []);
    assert.deepEqual(conflictsOf(other, 'fr', 'provinces'), ['places']);
    const unknownPlace = 'The Russian strikes hit the provinces of Hama, Raqqa, Aleppo and Latakia.';
    assert.deepEqual(ids(unknownPlace, 'en'), []);
  });

  it('the country the listed places lie in is not another list member', () => {
    // Real wire wordings (SANA, Sputnik, Al Arabiya relays, October 2015): "in Syria's Hama, …", "provinces in Syria".
    assert.deepEqual(ids('The Russian strikes hit the provinces of Syria’s Hama, Homs, Aleppo and Latakia.', 'en'), ['provinces']);
    assert.deepEqual(ids('The Russian strikes hit the provinces of Hama, Homs, Aleppo and Latakia in Syria.', 'en'), ['provinces']);
    // Another country in the list still is.
    const iraq = 'The Russian strikes hit the provinces of Hama, Homs, Aleppo and Latakia in Iraq.';
    assert.deepEqual(conflictsOf(iraq, 'en', 'provinces'), ['places']);
  });

  it('a claim whose list is partial ("including") has no list to contradict', () => {
    const longer = 'Russian jets struck 212 targets in the provinces of Hama, Homs, Idlib, Aleppo and Latakia.';
    assert.deepEqual(allConflictsOf(longer, 'en', 'partial-list'), []);
    // Without "including" the same list would contradict it.
    assert.deepEqual(allConflictsOf(longer, 'en', 'provinces'), ['places']);
  });

  it('a sentence placed elsewhere is another place; a demonym of a known place is not', () => {
    const ramadi = 'In Ramadi, some 3,000 families have fled their homes since the offensive began.';
    assert.deepEqual(allConflictsOf(ramadi, 'en', 'families'), ['places']);
    const syrian = 'Some 3,000 families have fled their homes in Syrian villages since the offensive began.';
    assert.deepEqual(allConflictsOf(syrian, 'en', 'families'), []);
  });

  it('another named subject in the same role (Chicago vs Milwaukee)', () => {
    assert.deepEqual(ids('Chicago has the highest murder rate of any large American city, the report says.', 'en'), ['chicago']);
    const milwaukee = 'Milwaukee has the highest murder rate of any large American city.';
    assert.deepEqual(ids(milwaukee, 'en'), []);
    assert.deepEqual(conflictsOf(milwaukee, 'en', 'chicago'), ['subject']);
  });

  it('an explicit date after the claim’s is a later event; a period start is not', () => {
    const later = 'Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours, the ministry said on 10 November.';
    assert.deepEqual(ids(later, 'en'), []);
    assert.deepEqual(conflictsOf(later, 'en', 'targets-60'), ['date']);
    assert.deepEqual(ids('Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours, the ministry said on October 18.', 'en'), ['targets-60']);
    assert.deepEqual(ids("L'aviation russe a frappé 60 cibles terroristes en Syrie au cours des dernières 24 heures, depuis le 30 novembre.", 'fr'), ['targets-60']);
  });
});

describe('figure conflicts against a sentence that agrees on two figures', () => {
  // Reuters, 30 Oct 2015 (test/fixtures/devset/en-reuters-2015-10-30.json): the General Staff's month of
  // strikes, its sub-counts broken down otherwise than the recorded claim.
  const month: Claim = {
    id: 'month',
    claimant: 'ru-mod',
    date: '2015-10-30',
    text: { en: 'In one month in Syria, Russian aircraft flew 1,391 sorties and destroyed 1,623 terrorist sites, including 786 camps and bases.' },
    figures: [
      { value: 1391, counts: { en: ['sorties'] } },
      { value: 1623, counts: { en: ['sites', 'targets'] } },
      { value: 786, counts: { en: ['camps', 'bases'] } },
    ],
    evidence: [],
  };
  const m = createMatcher({ claims: [...claims, month], entities: inSyria });
  const figureConflicts = (text: string): string[] | undefined =>
    figuresSaid(rankedAs(m, text, 'en', 'month'));

  it('is another breakdown, not another claim, when two of the claim’s figures are stated exactly', () => {
    const breakdown = 'Russia carried out 1,391 sorties since launching its operations in Syria, which destroyed 1,623 targets, including 51 training camps.';
    assert.deepEqual(figureConflicts(breakdown), []);
  });

  it('still refuses a sentence that agrees on one figure and not on another', () => {
    const otherDay = 'Russia carried out 1,391 sorties since launching its operations in Syria, which destroyed 1,700 targets.';
    assert.deepEqual(figureConflicts(otherDay), ['1700']);
  });
});

describe('figure conflicts: the claim’s own other figures and ranges', () => {
  // SANA, 18 Nov 2015, and Reuters, 4 Nov 2015 (dev set): a claim with two figures for one quantity, and a range.
  const planned: Claim = {
    id: 'planned',
    claimant: 'ru-mod',
    date: '2015-11-17',
    text: { en: 'On the first day of the stepped-up air operation, 127 sorties against 206 terrorist targets were planned; 82 sorties had already engaged 140 targets.' },
    figures: [
      { value: 127, counts: { en: ['sorties'] } },
      { value: 206, counts: { en: ['targets'] } },
      { value: 82, counts: { en: ['sorties'] } },
      { value: 140, counts: { en: ['targets'] } },
    ],
    evidence: [],
  };
  const range: Claim = {
    id: 'range',
    claimant: 'ru-mod',
    date: '2015-11-04',
    text: { en: '85 to 90 percent of Russian strikes in Syria have hit the moderate opposition.' },
    figures: [
      { value: 85, counts: { en: ['percent'] } },
      { value: 90, counts: { en: ['percent'] } },
    ],
    evidence: [],
  };
  const m = createMatcher({ claims: [...claims, planned, range], entities: inSyria });
  const figureConflicts = (text: string, id: string): string[] | undefined =>
    figuresSaid(rankedAs(m, text, 'en', id));

  it('a value that is another of the claim’s figures for that quantity is no conflict', () => {
    assert.deepEqual(figureConflicts('Russian warplanes hit two hundred and six terrorist targets in Syria last night.', 'planned'), []);
    assert.deepEqual(figureConflicts('Russian warplanes hit 150 terrorist targets in Syria last night.', 'planned')?.length, 2);
  });

  it('both ends of a range count what its last number counts', () => {
    assert.deepEqual(figureConflicts('Eighty-five to 90 percent of Russian strikes in Syria have hit the moderate Syrian opposition.', 'range'), []);
    assert.deepEqual(figureConflicts('70 to 80 percent of Russian strikes in Syria have hit the moderate Syrian opposition.', 'range')?.length, 2);
  });
});

describe('questions', () => {
  it('a sentence that asks does not state the claim (BFM TV headline, 8 Oct 2015)', () => {
    const asks = 'Did the Russian strikes hit 60 terrorist targets in Syria in the past 24 hours?';
    assert.deepEqual(ids(asks, 'en'), []);
    assert.ok(allConflictsOf(asks, 'en', 'targets-60')?.includes('question'));
    assert.ok(allConflictsOf('Les frappes russes ont-elles touché 60 cibles terroristes en Syrie en 24 heures ? »', 'fr', 'targets-60')?.includes('question'));
  });
});

describe('announced against done', () => {
  // AFP via Ahram, 26 Nov 2015 (dev set): the Ministry's 25 November announcement and its 26 November report.
  const announced: Claim = { id: 's400-announced', claimant: 'ru-mod', date: '2015-11-25', text: { en: 'S-400 air defence systems will be deployed at the Hmeimim airbase in Syria.' }, evidence: [] };
  const done: Claim = { id: 's400-done', claimant: 'ru-mod', date: '2015-11-26', text: { en: 'The S-400 systems have been delivered to and deployed at the Hmeimim airbase in Syria.' }, evidence: [] };
  const m = createMatcher({ claims: [...claims, announced, done], entities: inSyria });
  const kinds = (text: string, id: string): string[] | undefined =>
    kindsOf(rankedAs(m, text, 'en', id));

  it('a system delivered is not one that will be deployed, and the reverse', () => {
    const delivered = 'An air defence complex S-400 has been delivered to the Russian Hmeimim airbase in Syria and is already on duty.';
    assert.deepEqual(kinds(delivered, 's400-announced'), ['attempt']);
    assert.deepEqual(kinds(delivered, 's400-done'), []);
    const willDeploy = 'Moscow said Wednesday it would deploy the S-400 system at the Hmeimim airbase in Syria.';
    assert.deepEqual(kinds(willDeploy, 's400-done'), ['attempt']);
    assert.deepEqual(kinds(willDeploy, 's400-announced'), []);
  });

  it('in French too: the conditional of reported speech announces, "a déjà" is done (Sputnik, RT France, 26 Nov 2015)', () => {
    const fr: Claim[] = [
      { id: 'fr-announced', claimant: 'ru-mod', date: '2015-11-25', text: { fr: 'Des systèmes de défense antiaérienne S-400 seront déployés sur la base de Hmeimim en Syrie.' }, evidence: [] },
      { id: 'fr-done', claimant: 'ru-mod', date: '2015-11-26', text: { fr: 'Les systèmes S-400 ont été livrés et déployés sur la base de Hmeimim en Syrie.' }, evidence: [] },
    ];
    const mf = createMatcher({ claims: [...claims, ...fr], entities: inSyria });
    const k = (text: string, id: string): string[] | undefined =>
      kindsOf(rankedAs(mf, text, 'fr', id));
    const serait = 'Le ministre a déclaré qu’un système S-400 serait déployé sur la base de Hmeimim en Syrie.';
    assert.deepEqual(k(serait, 'fr-done'), ['attempt']);
    const deja = 'Un système S-400 a été rapidement déployé sur la base de Hmeimim en Syrie et a déjà commencé sa mission.';
    assert.deepEqual(k(deja, 'fr-announced'), ['attempt']);
  });
});

describe('rivals', () => {
  // AP, 19 Oct 2015 (dev set): the army "aims to lift the siege" of Kweires; the state media's "siege broken"
  // claim of 10 November reads the same words better, but a page of 19 October cannot report it.
  const attempt: Claim = { id: 'siege-attempt', claimant: 'ru-mod', date: '2015-10-17', text: { en: 'The Syrian army seeks to break the Islamic State siege of the Kweires military airport.' }, evidence: [] };
  const broken: Claim = { id: 'siege-broken', claimant: 'ru-mod', date: '2015-11-10', text: { en: 'The Syrian army broke the Islamic State siege of the Kweires military airport.' }, evidence: [] };
  const m = createMatcher({ claims: [...claims, attempt, broken], entities: inSyria });
  const positionOf = (text: string, id: string, published?: string): number | undefined =>
    rankedAs(m, text, 'en', id, 10, published ? { published } : undefined)?.context.position;

  it('a claim made after the page was published is no rival reading', () => {
    const sentence = 'The offensive aims to lift the Islamic State siege of the Kweires military airport, the army said.';
    assert.equal(positionOf(sentence, 'siege-attempt', '2015-11-20'), positionOf(sentence, 'siege-attempt'));
    assert.equal(positionOf(sentence, 'siege-attempt', '2015-10-19'), 0);
  });
});
