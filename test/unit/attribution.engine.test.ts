import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

/** Each top-level quotation's opening words, route, speaker mention and resolved person. */
function attributions(text: string) {
  const analysis = analyse(text);
  return analysis.attribution.attributions.filter((a) => a !== null).map((a) => {
    const q = analysis.quotes.quotations[a!.quotation];
    return {
      quote: text.slice(q.start + 1, q.start + 12),
      kind: a!.kind,
      route: a!.route,
      speaker: a!.speaker?.text ?? null,
      person: a!.person !== null ? analysis.people.people[a!.person].name : null,
    };
  });
}

const intro = 'Fire Chief Marisol Duarte visited the scene on Monday.\n';

describe('attribution engine: routes', () => {
  it('quote, then subject and verb: “…,” Duarte said', () => {
    const [a] = attributions(intro + '“The building was empty when crews arrived,” Duarte said.');
    assert.deepEqual([a.route, a.speaker, a.person], ['explicit', 'Duarte', 'Marisol Duarte']);
  });

  it('quote, then verb and subject: “…,” said Duarte', () => {
    const [a] = attributions(intro + '“The building was empty when crews arrived,” said Duarte.');
    assert.deepEqual([a.route, a.speaker, a.person], ['explicit', 'Duarte', 'Marisol Duarte']);
  });

  it('subject and verb, then the quote: Duarte said: “…”', () => {
    const [a] = attributions(intro + 'Duarte said: “The building was empty when crews arrived.”');
    assert.deepEqual([a.route, a.person], ['explicit', 'Marisol Duarte']);
  });

  it('a verb with a place: Duarte wrote on Telegram, “…”', () => {
    const [a] = attributions(intro + 'Duarte wrote on Telegram, “The building was empty when crews arrived.”');
    assert.deepEqual([a.route, a.person], ['explicit', 'Marisol Duarte']);
  });

  it('a relative clause: X, who took to X to say “…”', () => {
    const [a] = attributions('The sentiments were echoed by Prime Minister Benjamin Netanyahu who took to X to say “news about a truce is not true,” and left.');
    assert.deepEqual([a.route, a.person], ['explicit', 'Benjamin Netanyahu']);
  });

  it('a partial quotation woven into its speaker’s sentence', () => {
    const quotes = attributions('Prime Minister Benjamin Netanyahu said “news about a truce is not true,” and pledged to fight until “the goals of the war are achieved.”');
    assert.deepEqual(quotes.map((q) => q.person), ['Benjamin Netanyahu', 'Benjamin Netanyahu']);
  });

  it('according to', () => {
    const [a] = attributions(intro + 'The fire was “almost certainly electrical in origin,” according to Duarte.');
    assert.deepEqual([a.route, a.person], ['according-to', 'Marisol Duarte']);
  });

  it('an interrupted quotation: two quotes, one speaker', () => {
    const quotes = attributions(intro + '“The building was empty,” Duarte said. “Nobody was hurt tonight.”');
    assert.deepEqual(quotes.map((q) => [q.route, q.person]), [['explicit', 'Marisol Duarte'], ['explicit', 'Marisol Duarte']]);
  });

  it('an AP running quote across paragraphs', () => {
    const quotes = attributions(intro + '“The building was empty when crews arrived.\n“Nobody was hurt at all tonight,” Duarte said.');
    assert.deepEqual(quotes.map((q) => [q.route, q.person]), [['running', 'Marisol Duarte'], ['explicit', 'Marisol Duarte']]);
  });

  it('a quote-only paragraph after a paragraph with a speaker', () => {
    const quotes = attributions(intro + '“The building was empty when crews arrived,” Duarte said.\n“Nobody was hurt at all tonight.”');
    assert.deepEqual(quotes.map((q) => [q.route, q.person]), [['explicit', 'Marisol Duarte'], ['running', 'Marisol Duarte']]);
  });

  it('a quote-only sentence after a sentence whose verb names the speaker, in one paragraph', () => {
    const quotes = attributions(intro + 'Duarte denied the reports. “Nobody was hurt at all tonight.”');
    assert.deepEqual(quotes.map((q) => [q.route, q.person]), [['running', 'Marisol Duarte']]);
  });

  it('not when the sentence before has no speaker', () => {
    const quotes = attributions(intro + 'The reports were denied. “Nobody was hurt at all tonight.”');
    assert.deepEqual(quotes.map((q) => q.speaker), [null]);
  });

  it('leaves a quote with no speaker unattributed', () => {
    const [a] = attributions('Crews worked through the night.\n“The building was empty when crews arrived.”');
    assert.deepEqual([a.route, a.speaker], [null, null]);
  });

  it('tells scare quotes and titles from direct quotes', () => {
    const quotes = attributions('The so-called “death grip” hurt sales of the “Dreamliner” at the “Back to the Mac” event.');
    assert.deepEqual(quotes.map((q) => q.kind), ['scare', 'title', 'title']);
  });
});

describe('attribution engine: speakers', () => {
  it('introduces a person by title and name, with the title kept', () => {
    const analysis = analyse('Israeli Foreign Minister Israel Katz rejected the plan.');
    assert.deepEqual(analysis.people.people.map((p) => [p.name, p.title]), [['Israel Katz', 'Israeli Foreign Minister']]);
  });

  it('introduces a person by an apposition', () => {
    const analysis = analyse('Maria Lvova-Belova, Russia’s commissioner for children’s rights, welcomed them.');
    assert.deepEqual(analysis.people.people.map((p) => [p.name, p.title]), [['Maria Lvova-Belova', 'Russia’s commissioner for children’s rights']]);
  });

  it('keeps particles in names and surnames', () => {
    const analysis = analyse('Qatar’s Ambassador Sheikh Ahmed bin Nasser Al-Thani attended. Official spokesperson Majed Al Ansari said so.');
    assert.deepEqual(analysis.people.people.map((p) => [p.name, p.surname]), [['Ahmed bin Nasser Al-Thani', 'Al-Thani'], ['Majed Al Ansari', 'Al Ansari']]);
  });

  it('resolves he to the nearest earlier speaker', () => {
    const quotes = attributions('Official spokesperson Majed Al Ansari spoke first. Separately, Al Ansari said talks went on.\n“We cannot say more today,” he said.');
    assert.equal(quotes[0].person, 'Majed Al Ansari');
  });

  it('resolves she to the nearest person named as a subject, not an earlier speaker', () => {
    const quotes = attributions('Council member Luis Ortega said the plan failed.\nLibrary director Priya Nair welcomed the hours. “Families use the branches on Saturdays,” she said.');
    assert.equal(quotes[0].person, 'Priya Nair');
  });

  it('resolves a role noun to the person with that role: spokesman = spokesperson', () => {
    const quotes = attributions('At the Ministry of Foreign Affairs, official spokesperson Majed Al Ansari spoke.\nAnalyst Jane Roe disagreed.\n“I am not aware of a direct link at all,” the foreign ministry spokesman said.');
    assert.equal(quotes[0].person, 'Majed Al Ansari');
  });

  it('does not resolve a role nobody in the article holds', () => {
    const quotes = attributions('Analyst Jane Roe disagreed.\n“I am not aware of a direct link at all,” the ministry spokesman said.');
    assert.deepEqual([quotes[0].speaker, quotes[0].person], ['the ministry spokesman', null]);
  });

  it('does not take an organisation for a person', () => {
    const analysis = analyse('The Ministry of Foreign Affairs said the talks went on. Gaza Strip residents fled.');
    assert.deepEqual(analysis.people.people, []);
  });

  it('names an organisation speaker in full: an abbreviation defined or spelled by initials', () => {
    const organisationOf = (text: string) => analyse(text).attribution.attributions.find((a) => a)?.organisation ?? null;
    assert.equal(organisationOf('General Motors cut jobs.\n“We will close seven plants this year,” GM said.'), 'General Motors');
    assert.equal(organisationOf('Singapore Airlines (SIA) waited.\n“The delays are disappointing to all of us,” SIA said.'), 'Singapore Airlines');
    assert.equal(organisationOf('“We will close seven plants this year,” the company said.'), null);
  });
});
