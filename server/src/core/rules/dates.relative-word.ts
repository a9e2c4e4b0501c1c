import type { Draft, Rule } from './rule';
import { skipForStyle } from './dates.common';

const WORD = /\b(today|tonight|yesterday|tomorrow)\b/i;

export const datesRelativeWord: Rule = {
  id: 'dates.relative-word',
  title: 'Relative day word',
  severity: 'information',
  fixable: true,
  summary: 'today, tonight, yesterday or tomorrow in the writer’s words: AP uses the day of the week.',
  check(analysis) {
    const drafts: Draft[] = [];
    for (const date of analysis.dates.dates) {
      // The writer's words only: a quotation keeps what was said.
      if (date.quoted || date.form !== 'relative' || skipForStyle(analysis, date)) continue;
      const m = WORD.exec(date.text);
      if (!m) continue;
      const start = date.start + m.index;
      const end = start + m[0].length;
      const word = m[1].toLowerCase();
      // "what they earn today", "aircraft today": "today" meaning nowadays, not a day. A day has an event:
      // a verb in the past or the future in its sentence.
      if (word === 'today' && (!dayEvent(analysis.prose, start, end) ||
        /\bthan\b[^.,;]*$/i.test(analysis.prose.slice(Math.max(0, start - 60), start)))) continue;
      const weekday = date.range ? weekdayOf(date.range.first) : null;
      if (!weekday || !analysis.publicationDate) {
        drafts.push({
          start, end,
          message: `“${m[0]}” depends on when the story is read: use the day of the week. Set a publication date to get the day.`,
          explanation: 'Set it with front matter `date: YYYY-MM-DD`, the setting `copydesk.publicationDate` or `--date`.',
        });
        continue;
      }
      const replacement = matchCase(word === 'tonight' ? `${weekday} night` : weekday, m[0]);
      drafts.push({
        start, end,
        message: `“${m[0]}” is ${weekday}, ${date.range!.first}: AP uses the day of the week.`,
        explanation: `Resolved against the publication date ${analysis.publicationDate.date}. A story is read after the day it is written.`,
        fixes: [{ title: `Write ${replacement}`, edits: [{ start, end, newText: replacement }] }],
      });
    }
    return drafts;
  },
};

const EVENT_VERB = /\b(?:[a-z]{2,}ed|said|says|was|were|had|made|came|rose|fell|took|gave|went|saw|sold|won|lost|began|met|left|told|held|became|paid|bought|set|cut|hit|shut|put|will|'ll|’ll|plans?|announces?|unveils?|launches?|releases?|opens?|closes?|votes?|meets?)\b/i;

/** Whether the sentence around [start, end) reports something that happens on a day. */
function dayEvent(prose: string, start: number, end: number): boolean {
  const low = Math.max(0, start - 120);
  const before = prose.slice(low, start);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'));
  const after = prose.slice(end, end + 80);
  const stop = after.search(/\.\s|\n/);
  return EVENT_VERB.test(before.slice(cut + 1)) || EVENT_VERB.test(stop >= 0 ? after.slice(0, stop) : after);
}

function weekdayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
}

/** Weekdays are capitalised anyway; keep the text's all-caps if it was. */
function matchCase(text: string, like: string): string {
  return like === like.toUpperCase() && like !== like.toLowerCase() ? text.toUpperCase() : text;
}
