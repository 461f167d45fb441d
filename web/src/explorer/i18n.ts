/**
 * The interface in Finnish and English. Strings are written in English in the code and looked up here for Finnish;
 * a missing Finnish string shows the English one (never a key). The data (names, quotes) stays as the reports wrote it.
 * The language is the URL's `lang`, else the last choice (localStorage), else the browser's; `<html lang>` follows.
 */
import { createContext, useCallback, useContext } from 'react';

export type Lang = 'fi' | 'en';
export const LANGS: Lang[] = ['fi', 'en'];

const FI: Record<string, string> = {
  Network: 'Verkosto',
  Explore: 'Tutki',
  Path: 'Yhteys',
  Compare: 'Vertaa vuosia',
  Priorities: 'Painopisteet',
  Funders: 'Rahoittajat',
  Year: 'Vuosi',
  'all years': 'kaikki vuodet',
  Language: 'Kieli',
  explorer: 'tutkija',
  'Ask the API directly': 'Kysy rajapinnalta suoraan',
  'report(s)': 'raportti(a)',
  Loading: 'Ladataan',
  'Loading the network view': 'Ladataan verkostonäkymää',
  Retry: 'Yritä uudelleen',
  'The {view} view': 'Näkymä {view}',
  'The details': 'Tiedot',
  // Network
  'Who works with whom in {year}': 'Kuka toimii kenen kanssa vuonna {year}',
  'Who works with whom, all years': 'Kuka toimii kenen kanssa, kaikki vuodet',
  'Ties through': 'Siteet',
  'projects, events, working groups': 'hankkeet, tapahtumat, työryhmät',
  'projects only': 'vain hankkeet',
  'events only': 'vain tapahtumat',
  'the steering group only': 'vain alueohjausryhmä',
  'everything, steering group too': 'kaikki, myös alueohjausryhmä',
  'Only ties with at least this many shared projects, bodies and events': 'Vain siteet, joissa on vähintään näin monta yhteistä hanketta, toimielintä tai tapahtumaa',
  'Ties ≥': 'Siteitä ≥',
  'Colour by': 'Väri',
  'kind of organisation': 'organisaation laji',
  'community (modularity {m})': 'yhteisö (modulaarisuus {m})',
  'community (none: modularity {m})': 'yhteisö (ei merkitseviä: modulaarisuus {m})',
  'Size by': 'Koko',
  betweenness: 'välillisyys',
  'shared items': 'yhteiset kohteet',
  'Show as': 'Näytä',
  Picture: 'Kuva',
  Table: 'Taulukko',
  'Collaboration network': 'Yhteistyöverkosto',
  'Loading the network': 'Ladataan verkostoa',
  'Drawing {n} members…': 'Piirretään {n} jäsentä…',
  'No collaboration in this year.': 'Ei yhteistyötä tänä vuonna.',
  'The {shown} most central of {total} members': '{shown} keskeisintä {total} jäsenestä',
  '{total} members': '{total} jäsentä',
  '{n} ties': '{n} sidettä',
  '{n} drawn': '{n} piirretty',
  Ties: 'Siteet',
  '{c} communities, modularity {m}.': '{c} yhteisöä, modulaarisuus {m}.',
  'Modularity {m}: no community structure worth colouring.': 'Modulaarisuus {m}: ei värittämisen arvoista yhteisörakennetta.',
  '{n} without a tie of this kind (the row below)': '{n} ilman tällaista sidettä (alarivi)',
  'Show more ({n})': 'Näytä lisää ({n})',
  'Arranging… (step {i})': 'Järjestetään… (askel {i})',
  'Click a member for its details and quotes. Scroll to zoom.': 'Napsauta jäsentä nähdäksesi tiedot ja lainaukset. Vieritä zoomataksesi.',
  'Kind of organisation': 'Organisaation laji',
  Community: 'Yhteisö',
  'Tie width': 'Siteen leveys',
  'shared item': 'yhteinen kohde',
  'most shared': 'eniten yhteisiä',
  Download: 'Lataa',
  'with {name}': 'mukana {name}',
  'Download as CSV': 'Lataa CSV-tiedostona',
  Name: 'Nimi',
  Kind: 'Laji',
  Collaborators: 'Kumppanit',
  'Shared items': 'Yhteiset kohteet',
  Betweenness: 'Välillisyys',
  PageRank: 'PageRank',
  // Kinds of organisation (label() of the enum values)
  'joint municipal authority': 'kuntayhtymä',
  hospital: 'sairaala',
  'competence centre': 'osaamiskeskus',
  'regional council': 'maakuntaliitto',
  university: 'yliopisto',
  'university centre': 'yliopistokeskus',
  'university of applied sciences': 'ammattikorkeakoulu',
  'vocational college': 'ammattiopisto',
  association: 'yhdistys',
  foundation: 'säätiö',
  'state agency': 'valtion virasto',
  'subregional unit': 'seutukunta',
  municipality: 'kunta',
  company: 'yritys',
  'foreign organization': 'ulkomainen organisaatio',
  other: 'muu',
  // Explore, path, compare
  'Expand from any entity': 'Laajenna mistä tahansa',
  'Pick an entity with the search, or start from': 'Valitse kohde haulla tai aloita kohteesta',
  'Click a node to expand it; click a line for its quote.': 'Napsauta solmua laajentaaksesi; napsauta viivaa nähdäksesi lainauksen.',
  'Start again': 'Aloita alusta',
  'How are they linked?': 'Miten ne liittyvät toisiinsa?',
  From: 'Mistä',
  To: 'Mihin',
  'Longest path': 'Pisin polku',
  'Relationship types': 'Suhdetyypit',
  all: 'kaikki',
  'No connection of at most {n} steps.': 'Ei enintään {n} askeleen yhteyttä.',
  '{n} steps': '{n} askelta',
  'Search…': 'Hae…',
  'What changed between two years': 'Mitä muuttui vuosien välillä',
  'Only one report year is in the graph: nothing to compare yet.': 'Graafissa on vain yhden vuoden raportti: ei vielä vertailtavaa.',
  Appeared: 'Tuli mukaan',
  Ended: 'Päättyi',
  Continued: 'Jatkui',
  Organisations: 'Organisaatiot',
  Projects: 'Hankkeet',
  Seats: 'Paikat',
  'Ties between organisations': 'Organisaatioiden väliset siteet',
  'Priority scores': 'Painopisteiden arviot',
  Change: 'Muutos',
  'Open quote': 'Lainaus',
  '{year} (no report)': '{year} (ei raporttia)',
  'score (1 = not achieved … 5 = very well)': 'arvio (1 = ei toteutunut … 5 = erittäin hyvin)',
  'Scores in {year}': 'Arviot vuonna {year}',
  '({n} of {m} answered)': '({n}/{m} vastasi)',
  'No report for {year}: the graph holds reports for {years}.': 'Vuodelta {year} ei ole raporttia: graafissa on raportit vuosilta {years}.',
};

export const LangContext = createContext<Lang>('en');

export type Translate = (text: string, vars?: Record<string, string | number>) => string;

export function translate(lang: Lang, text: string, vars?: Record<string, string | number>): string {
  const template = lang === 'fi' ? (FI[text] ?? text) : text;
  return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
}

/** The translator of the current language; the same function while the language stays (safe in memo deps). */
export function useT(): Translate {
  const lang = useContext(LangContext);
  return useCallback((text: string, vars?: Record<string, string | number>) => translate(lang, text, vars), [lang]);
}

export function initialLang(fromUrl: string | undefined): Lang {
  if (fromUrl === 'fi' || fromUrl === 'en') return fromUrl;
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('botnia-lang') : null;
  if (stored === 'fi' || stored === 'en') return stored;
  return navigator.language.toLowerCase().startsWith('fi') ? 'fi' : 'en';
}
