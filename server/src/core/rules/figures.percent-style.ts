import type { Draft, Rule } from './rule';

export type PercentStyle = '%' | 'percent';

export const figuresPercentStyle: Rule = {
  id: 'figures.percent-style',
  title: 'Percent written against house style',
  severity: 'information',
  fixable: true,
  summary: 'Percentages as the house writes them: “3%” (AP since 2019) or “3 percent”, with a figure.',
  check(analysis) {
    const drafts: Draft[] = [];
    const style: PercentStyle = (analysis.options as { percentStyle?: PercentStyle }).percentStyle ?? '%';
    const text = analysis.text;
    for (const f of analysis.figures.figures) {
      if (f.kind !== 'percent' || f.unit !== '%' || f.headline) continue;
      let number = text.slice(f.numberStart, f.numberEnd);
      let sign = '';
      if (number.endsWith('%')) { number = number.slice(0, -1); sign = '%'; }
      // The percent word or sign right after the number (a range's last part carries it).
      const tail = sign ? [sign, ''] : /^(\s*%| ?percent| per cent)/i.exec(text.slice(f.numberEnd, f.end + 1));
      if (!tail) continue;
      const figure = f.spelled ? (Number.isInteger(f.value) ? String(f.value) : null) : number;
      if (!figure) continue;
      const wanted = style === '%' ? `${figure}%` : `${figure} percent`;
      const written = number + (sign || tail[1]);
      if (written === wanted) continue;
      if (f.sentenceStart && f.spelled) continue; // "Twenty percent of…" at a sentence start is right.
      const quoted = f.inQuote;
      drafts.push({
        start: f.numberStart,
        end: f.numberEnd + tail[1].length,
        message: `House style: “${wanted}”, not “${written}”.`,
        explanation: 'AP (since 2019) writes percentages with a figure and the % sign: “3%”; a house that keeps the ' +
          'word sets `copydesk.percentStyle` to `percent`. A difference between two percentages is in percentage points.',
        ...(quoted ? { severity: 'information' as const } :
          { fixes: [{ title: `Write “${wanted}”`, edits: [{ start: f.numberStart, end: f.numberEnd + tail[1].length, newText: wanted }] }] }),
      });
    }
    return drafts;
  },
};
