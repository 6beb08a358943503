// A small pack written for the matcher's unit tests, independent of claims-db content.
import type { Claim, Entity } from '../../../src/core/pack/types.ts';

export const entities: Entity[] = [
  { id: 'ru-mod', kind: 'ministry', name: { fr: 'Ministère russe de la Défense', en: 'Russian Ministry of Defence' }, aliases: { fr: ['ministère russe de la Défense'], en: ['Russian Defence Ministry', 'Russian defense ministry'] } },
  { id: 'sohr', kind: 'monitor', name: { fr: "Observatoire syrien des droits de l'homme", en: 'Syrian Observatory for Human Rights' }, aliases: { fr: ['OSDH'], en: ['SOHR'] } },
  { id: 'islamic-state', kind: 'armed-group', name: { fr: 'État islamique', en: 'Islamic State' }, aliases: { fr: ['EI', 'Daech'], en: ['IS', 'ISIS'] } },
  { id: 'nusra', kind: 'armed-group', name: { fr: 'Front al-Nosra', en: 'al-Nusra Front' }, aliases: { fr: ['Nosra'], en: ['Nusra Front', 'Nusra'] } },
  { id: 'kweires', kind: 'other', name: { fr: 'aéroport militaire de Kweires', en: 'Kweires military airport' }, aliases: { fr: ['Kweires'], en: ['Kweires', 'Kuweires'] } },
  { id: 'aleppo', kind: 'other', name: { fr: 'Alep', en: 'Aleppo' } },
  { id: 'syrian-army', kind: 'armed-forces', name: { fr: 'armée syrienne', en: 'Syrian army' } },
  { id: 'hama', kind: 'other', name: { fr: 'Hama', en: 'Hama' } },
];

const claim = (c: Partial<Claim> & Pick<Claim, 'id' | 'claimant' | 'text'>): Claim => ({ date: '2015-10-18', evidence: [], ...c });

export const claims: Claim[] = [
  claim({
    id: 'targets-60',
    claimant: 'ru-mod',
    text: {
      fr: "L'aviation russe a frappé 60 cibles terroristes en Syrie au cours des dernières 24 heures.",
      en: 'Russian aircraft struck 60 terrorist targets in Syria in the past 24 hours.',
    },
    figures: [{ value: 60, counts: { fr: ['cibles'], en: ['targets'] } }],
  }),
  claim({
    id: 'kweires-siege',
    claimant: 'syrian-army',
    text: {
      fr: "L'armée syrienne cherche à briser le siège imposé par l'État islamique à l'aéroport militaire de Kweires.",
      en: 'The Syrian army is trying to break the Islamic State siege of the Kweires military airport.',
    },
    about: ['kweires', 'islamic-state'],
  }),
  claim({
    id: 'is-nusra-fighting',
    claimant: 'ru-mod',
    text: {
      fr: "Les combats entre l'État islamique et les groupes rebelles du Front al-Nosra se sont intensifiés.",
      en: 'Fighting between Islamic State and rebel groups of the Nusra Front has intensified.',
    },
    about: ['islamic-state', 'nusra'],
  }),
  claim({
    id: 'families-2000',
    claimant: 'sohr',
    text: { fr: 'Les combats ont poussé 2000 familles à fuir leurs habitations.', en: 'The fighting forced 2,000 families to flee their homes.' },
    figures: [{ value: 2000, counts: { fr: ['familles'], en: ['families'] } }],
  }),
];
