// Benchmark articles of a given length from real copy: the Wikinews corpus (../shared/corpus, outside
// the project) when present, and the seed articles. Articles are concatenated whole paragraphs at a
// time; each variant renames people and organisations, and changes every figure and month, so no
// paragraph repeats within an article or across variants (no cache — Copydesk's or harper's — can
// serve a run from an earlier one).

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_PATH = join(root, '..', 'shared', 'corpus', 'meantime_en.jsonl');

/** The source articles, as lists of paragraphs; and where they came from. */
export function loadSources() {
  const articles = [];
  let corpus = false;
  if (existsSync(CORPUS_PATH)) {
    for (const line of readFileSync(CORPUS_PATH, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line);
      articles.push(paragraphsOf(record.text));
      corpus = true;
    }
  }
  const seeds = join(root, 'seeds');
  for (const name of readdirSync(seeds).sort()) {
    const text = readFileSync(join(seeds, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
    articles.push(paragraphsOf(text.replace(/^#+\s*/gm, '')));
  }
  const words = articles.reduce((n, a) => n + a.reduce((m, p) => m + countWords(p), 0), 0);
  return {
    articles,
    description: corpus
      ? `${articles.length} articles (${words.toLocaleString('en-US')} words): the Wikinews corpus (../shared/corpus/meantime_en.jsonl) and seeds/`
      : `${articles.length} articles (${words.toLocaleString('en-US')} words): seeds/ only — ../shared/corpus/meantime_en.jsonl is absent`,
  };
}

function paragraphsOf(text) {
  return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line.length > 0);
}

export function countWords(text) {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

/** A small seeded generator (mulberry32): the same variant is the same text on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = ['Amara', 'Bilal', 'Chiara', 'Dmitri', 'Elena', 'Farid', 'Greta', 'Hiroshi', 'Ingrid', 'Jamal', 'Keiko', 'Lars',
  'Mireille', 'Nikolai', 'Olufemi', 'Priya', 'Quentin', 'Rosa', 'Soren', 'Tamar', 'Ulrich', 'Valentina', 'Wei', 'Ximena',
  'Yusuf', 'Zofia', 'Anders', 'Beatriz', 'Cormac', 'Daniela', 'Emeka', 'Fatima', 'Gustavo', 'Hana', 'Idris', 'Joanna'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Moreau', 'Castellano', 'Nakamura', 'Haddad', 'Kowalczyk', 'Oyelaran', 'Brennan',
  'Varga', 'Sorensen', 'Achterberg', 'Delacroix', 'Fitzgerald', 'Galindo', 'Hakimi', 'Ivanova', 'Jaramillo', 'Kristiansen',
  'Laurent', 'Mbeki', 'Novak', 'Ortega', 'Petrakis', 'Quiroga', 'Rasmussen', 'Szabo', 'Takahashi', 'Uribe', 'Vasquez',
  'Weatherby', 'Yilmaz', 'Zielinski', 'Abernathy', 'Bergstrom', 'Carvalho', 'Dragomir', 'Esposito', 'Ferreira', 'Gallagher'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYNONYMS = {
  markets: 'exchanges', stocks: 'shares', fall: 'drop', plunge: 'slump', rise: 'climb', said: 'added', says: 'adds',
  company: 'firm', largest: 'biggest', week: 'fortnight', year: 'season', government: 'administration', talks: 'negotiations',
  would: 'will', workers: 'employees', residents: 'locals', officials: 'authorities', surge: 'jump', global: 'worldwide',
  continue: 'keep', first: 'initial', new: 'fresh', people: 'citizens', city: 'town', money: 'funding', told: 'informed',
};
const SYNONYM_PATTERN = new RegExp(`\\b(?:${Object.keys(SYNONYMS).join('|')})\\b`, 'g');

/** Capitalised words that are not names: kept, so sentences keep their shape. */
const KEEP = new Set(['The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'I', 'In', 'On', 'At', 'But', 'And', 'Or', 'His', 'Her',
  'Its', 'Their', 'This', 'That', 'These', 'Those', 'There', 'After', 'Before', 'When', 'While', 'As', 'If', 'Since', 'During',
  'According', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr', 'President',
  'Minister', 'Prime', 'Chief', 'Executive', 'Officer', 'Secretary', 'Senator', 'Governor', 'General', 'Mayor', 'Director',
  'Chairman', 'Spokesman', 'Spokeswoman', 'Company', 'Corporation', 'Inc', 'Ltd', 'Group', 'Bank', 'Ministry', 'Department',
  'Council', 'Association', 'Union', 'United', 'States', 'Kingdom', 'News', 'For', 'With', 'By', 'From', 'Of', 'To', 'Also', 'However',
  ...MONTHS]);

/**
 * A variant of one source article: variant 0 is the copy as published; every other variant draws its
 * own names (one consistent mapping per article, so "Jobs" stays the same person within it), figures
 * and months.
 */
function varyArticle(paragraphs, variant, salt) {
  if (variant === 0) return paragraphs;
  const rand = random(variant * 7919 + salt * 104729 + 1);
  const names = new Map();
  const nameFor = (word) => {
    let name = names.get(word);
    if (!name) {
      const pool = rand() < 0.3 ? GIVEN : SURNAMES;
      name = pool[Math.floor(rand() * pool.length)] + (rand() < 0.5 ? '' : pool === GIVEN ? 'a' : 'son');
      names.set(word, name);
    }
    return name;
  };
  const digit = () => String(Math.floor(rand() * 10));
  return paragraphs.map((paragraph) =>
    paragraph
      // Figures: the same number of digits, another value; a year stays a plausible year.
      .replace(/\d+/g, (digits) => /^(?:19|20)\d\d$/.test(digits)
        ? `${rand() < 0.5 ? '19' : '20'}${Math.floor(rand() * 3)}${digit()}`
        : digits.replace(/\d/g, (d, i) => (i === 0 && d !== '0' ? String(1 + Math.floor(rand() * 9)) : digit())))
      // Common words: a synonym, half the time (headlines and quotes without names or figures change too).
      .replace(SYNONYM_PATTERN, (word) => (rand() < 0.5 ? SYNONYMS[word] : word))
      .replace(/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g,
        () => MONTHS[Math.floor(rand() * 12)])
      // Names: a capitalised word not at a sentence start, not a function word or title.
      .replace(/(?<=[a-z,;]\s)[A-Z][a-z]{2,}\b/g, (word) => (KEEP.has(word) ? word : nameFor(word))),
  );
}

/**
 * An article of about `words` words (whole paragraphs; stops at the first paragraph that reaches the
 * size). `variant` picks a fresh text: different articles first, then renamed copies of them.
 */
export function buildArticle(sources, words, variant) {
  const { articles } = sources;
  const rand = random(1000003 * (variant + 1) + words);
  // A different order of articles per variant.
  const order = articles.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const out = [];
  const seen = new Set();
  let count = 0;
  for (let pass = 0; count < words * 0.95; pass++) {
    for (const index of order) {
      // Pass 0 of variant 0 is the published copy; later passes and variants rename and refigure it.
      const copy = varyArticle(articles[index], pass === 0 && variant === 0 ? 0 : variant * 101 + pass + 1, index);
      for (let p = 0; p < copy.length; p++) {
        const paragraph = copy[p];
        // A line the variation left alone would repeat an earlier variant's: left out.
        if (seen.has(paragraph) || (copy !== articles[index] && paragraph === articles[index][p])) continue;
        const n = countWords(paragraph);
        // Whole paragraphs, within 5% of the size: one that overshoots is skipped for a shorter one.
        if (count + n > words * 1.05 && count < words * 0.95) continue;
        seen.add(paragraph);
        out.push(paragraph);
        count += n;
        if (count >= words * 0.95) break;
      }
      if (count >= words * 0.95) break;
    }
  }
  return out.join('\n\n') + '\n';
}
