import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';

// How the name table reads introductions, and how a speaker is found past them: one test per rule of
// news prose, each with a case the rule must leave alone.

function speakers(text: string) {
  const analysis = analyse(text);
  return analysis.attribution.attributions.filter((a) => a !== null && a.kind === 'direct').map((a) => ({
    speaker: a!.speaker?.text ?? null,
    person: a!.person !== null ? analysis.people.people[a!.person].name : a!.organisation,
  }));
}

function person(text: string, name: string) {
  return analyse(text).people.people.find((p) => p.name === name) ?? null;
}

describe('attribution engine: introductions', () => {
  it('a role phrase before the comma introduces the name after it', () => {
    const text = '“It is the best decision for our plants,” said the general secretary of the union Unite, Tony Woodley.';
    assert.equal(person(text, 'Tony Woodley')?.title, 'general secretary of the union Unite');
    assert.deepEqual(speakers(text), [{ speaker: 'Tony Woodley', person: 'Tony Woodley' }]);
  });

  it('not a role that is the object of an opening phrase', () => {
    const text = 'Asked about the president, Dana Whitfield said: “We have not spoken in weeks.”';
    assert.equal(person(text, 'Dana Whitfield')?.title, null);
  });

  it('the name between two commas is the subject, its title before it', () => {
    const [a] = speakers('The bank’s CEO, Ken Lewis, said in a statement that “credit costs remain high.”');
    assert.deepEqual(a, { speaker: 'Ken Lewis', person: 'Ken Lewis' });
  });

  it('“Mr” before a surname the article never gives in full: a person, and “he” is them', () => {
    const text = 'Mr Howard announced the grant. Industry Minister Ian MacDonald welcomed it.\n' +
      'Mr Kowalczyk said the plant would stay open. “The funding secures the project,” he said.';
    assert.equal(person(text, 'Kowalczyk')?.gender, 'm');
    assert.deepEqual(speakers(text), [{ speaker: 'he', person: 'Kowalczyk' }]);
  });

  it('not from a courtesy title inside a quotation', () => {
    assert.equal(person('Dana Whitfield said: “Mr Kowalczyk never called us back.”', 'Kowalczyk'), null);
  });

  it('“Ben” opens a name; a lower-case particle does not', () => {
    assert.ok(person('Fed chairman Ben Bernanke said the recovery had begun.', 'Ben Bernanke'));
    assert.equal(person('Officials said bin Nasser said nothing.', 'bin Nasser'), null);
  });

  it('a name after a preposition is not the subject of the verb that follows', () => {
    assert.equal(person('The premier of the state of North Rhine-Westphalia remarked that “the deal is dead.”', 'North Rhine-Westphalia'), null);
    assert.ok(person('Karen Oduya remarked that “the deal is dead.”', 'Karen Oduya'));
  });

  it('“and” between a name and the next titled person does not join them into one title', () => {
    const text = 'Industry Minister Ian MacDonald and Mr Kowalczyk visited the plant.';
    assert.equal(person(text, 'Ian MacDonald')?.title, 'Industry Minister');
    assert.equal(person('Special Assistant to the Secretary and Director of Air Force Communications Bill Bodie wrote back.', 'Bill Bodie')?.title,
      'Secretary and Director of Air Force Communications');
  });

  it('a role before the comma of an apposition closed by a second comma, even after a preposition', () => {
    const text = 'The plan, the brainchild of Ford’s Chief Executive Officer, William Clay Ford Jr., is to end the losses.';
    assert.equal(person(text, 'William Clay Ford Jr.')?.title, 'Ford’s Chief Executive Officer');
  });

  it('a capitalised name after “the” is an organisation, not a person: “The US Treasury described”', () => {
    const text = 'The US Treasury described the plan in a press release. It said that “the program is temporary and voluntary.”';
    assert.equal(person(text, 'US Treasury'), null);
    assert.deepEqual(speakers(text), [{ speaker: 'It', person: 'US Treasury' }]);
    assert.ok(person('The Prime Minister Benjamin Netanyahu said the talks were over.', 'Benjamin Netanyahu'));
  });

  it('a connector inside an organisation’s name: “the Project on Government Oversight”', () => {
    const [a] = speakers('The watchdog group the Project on Government Oversight has called it “a textbook case of favoritism.”');
    assert.deepEqual(a, { speaker: 'Project on Government Oversight', person: 'Project on Government Oversight' });
  });

  it('an apposition whose opening comma is missing: “X an equity strategist for Y, commented”', () => {
    assert.equal(person('Peter Boockvar an equity strategist for Miller Tabak, commented on the falls.', 'Peter Boockvar')?.title,
      'equity strategist for Miller Tabak');
    assert.equal(person('Trading Places an old comedy about brokers is on tonight.', 'Trading Places'), null);
  });

  it('an age in apposition after the surname makes the full name a person, and “she” is her', () => {
    const text = 'The carmaker today named Mary Barra as its new chief executive. Barra, 51, will be the first woman in the post. ' +
      'She said in a statement: “This is an exciting time for the company.”';
    assert.deepEqual(speakers(text), [{ speaker: 'She', person: 'Mary Barra' }]);
    assert.equal(person('The carmaker today named Mary Barra as its new chief. “Barra, 51, is too young,” a rival said.', 'Mary Barra'), null);
  });

  it('local titles and everyday roles introduce a name: “Councilwoman Lena Ortiz”, “longtime patron Walter Kim, 82”', () => {
    const text = 'Library director Priya Nair spoke first. Councilwoman Lena Ortiz, who voted against it, called it “a betrayal of the neighborhood.” ' +
      'She added: “We found money for a garage last year.” “It’s a sad day,” said longtime patron Walter Kim, 82.';
    assert.deepEqual(speakers(text).slice(1), [{ speaker: 'She', person: 'Lena Ortiz' }, { speaker: 'Walter Kim', person: 'Walter Kim' }]);
    assert.equal(person(text, 'Lena Ortiz')?.gender, 'f');
    assert.equal(person('The store was busy, said Walter Kim. It closes at 82.', 'Walter Kim')?.title, null);
  });

  it('a name with its affiliation before the verb: “X of Y commented”', () => {
    const text = 'David Buik of BGC Partners commented on the falls. “It’s carnage,” he said.';
    assert.deepEqual(speakers(text), [{ speaker: 'he', person: 'David Buik' }]);
    assert.equal(person('Trading at Bank Leumi commented on the falls.', 'Bank Leumi'), null);
  });
});

describe('attribution engine: subjects past an apposition', () => {
  it('a relative clause after an apposition: “X, a …, who stated”', () => {
    const [a] = speakers('A contrary view is offered by Charles Reilly, a management expert at Stanford University, who stated, “Great companies rarely go from strength to strength.”');
    assert.deepEqual(a, { speaker: 'Charles Reilly', person: 'Charles Reilly' });
  });

  it('an apposition whose closing comma is missing: the name that opens the sentence', () => {
    const [a] = speakers('Ralph Crosby, the North America CEO and former Northrop executive commented that the firm had “committed our full resources.”');
    assert.deepEqual(a, { speaker: 'Ralph Crosby', person: 'Ralph Crosby' });
  });

  it('“indicated” reports speech: the name between the commas said it', () => {
    const [a] = speakers('Apple’s vice-president of marketing, Greg Joswiak, indicated that the patch is for people who want “an easy-to-use option to set their own limit.”');
    assert.deepEqual(a, { speaker: 'Greg Joswiak', person: 'Greg Joswiak' });
    const [b] = speakers('The survey data indicated that buyers want “an easy-to-use option to set their own limit.”');
    assert.equal(b.person, null);
  });

  it('the agent of a passive verb said the words it is quoted “as”', () => {
    const intro = 'Company CEO Steve Jobs unveiled the phone. Fund manager Dana Whitfield retired.\n';
    const [a] = speakers(intro + 'The new iPhone was praised by Jobs as “the biggest leap we have taken since the original.”');
    assert.deepEqual(a, { speaker: 'Jobs', person: 'Steve Jobs' });
    const [b] = speakers(intro + 'The fund, created by Dana Whitfield as “a safety net for the poor,” closed last year.');
    assert.equal(b.person, null);
  });

  it('coordinated reporting verbs share the main clause’s subject', () => {
    const [a] = speakers('The carmaker Ford has said that it posted a profit, and predicted that it would be “solidly profitable” by 2011.');
    assert.equal(a.speaker, 'Ford');
  });

  it('not across sentences: a verb after “and” with no subject earlier in its sentence', () => {
    const [a] = speakers('Ford said it posted a profit. Analysts were surprised and predicted that it would be “solidly profitable for years to come.”');
    assert.notEqual(a.speaker, 'Ford');
  });

  it('a modifier before a titled name: “The current Microsoft CEO Steve Ballmer … described him as”', () => {
    const [a] = speakers('The current Microsoft CEO Steve Ballmer also expressed condolences and described him as “one of the founders of our industry.”');
    assert.deepEqual(a, { speaker: 'Steve Ballmer', person: 'Steve Ballmer' });
  });
});

describe('attribution engine: attributions after the quotations', () => {
  const intro = 'Industry Minister Ian MacDonald and Mr Kowalczyk visited the plant.\n';

  it('quotations side by side, the first closing on a comma, share the attribution after the last', () => {
    const quotes = speakers(intro + '“It was a good day,” Mr MacDonald said. “The project will bring jobs,” “This puts the plant on the map.” Mr Kowalczyk said.');
    assert.deepEqual(quotes.map((q) => q.person), ['Ian MacDonald', 'Kowalczyk', 'Kowalczyk']);
  });

  it('not when the first closes on a full stop: the next quotation may be someone else’s', () => {
    const quotes = speakers(intro + '“It was a good day,” said Mr MacDonald. “We are all relieved tonight.” “The project will bring jobs,” said Mr Kowalczyk.');
    assert.deepEqual(quotes.map((q) => q.person), ['Ian MacDonald', 'Ian MacDonald', 'Kowalczyk']);
  });

  it('a sentence that is only “X said.” after a quotation that ends on a full stop', () => {
    const [a] = speakers(intro + '“The project will bring jobs to the valley.” Mr Kowalczyk said.');
    assert.equal(a.person, 'Kowalczyk');
  });

  it('not a sentence that goes on after the verb', () => {
    const [a] = speakers(intro + '“The project will bring jobs to the valley.” Mr Kowalczyk said the talks went on.');
    assert.equal(a.speaker, null);
  });
});

describe('attribution engine: who speaks for several', () => {
  it('two people as one subject: the first named leads the statement', () => {
    const [a] = speakers('UAW President Ron Gettelfinger and Vice President Gerald Bantom said the plan is “extremely disappointing for our members.”');
    assert.equal(a.person, 'Ron Gettelfinger');
    const [b] = speakers('UAW President Ron Gettelfinger met the board. Vice President Gerald Bantom said the plan is “extremely disappointing for our members.”');
    assert.equal(b.person, 'Gerald Bantom');
  });

  it('an abbreviation that is not plain initials names the organisation whose words it spells: SIA', () => {
    const text = 'Singapore Airlines says it will be compensated. In a statement, SIA said that “the delays are disappointing for all of us.”';
    assert.equal(speakers(text)[0].person, 'Singapore Airlines');
    const other = 'Singapore Airlines says it will be compensated. In a statement, ASI said that “the delays are disappointing for all of us.”';
    assert.equal(speakers(other)[0].person, 'ASI');
  });
});

describe('attribution engine: organisations named earlier', () => {
  it('“the union said” → the union the article named before', () => {
    const analysis = analyse('The Library Workers Union opposed the plan. “We will be at every meeting,” the union said in a statement.');
    const a = analysis.attribution.attributions.find((x) => x?.kind === 'direct')!;
    assert.equal(a.organisation, 'Library Workers Union');
  });

  it('not a company the article never named with that word', () => {
    const analysis = analyse('Boeing Commercial Airplanes lost the bid. “We are disappointed with the result,” the company said.');
    const a = analysis.attribution.attributions.find((x) => x?.kind === 'direct')!;
    assert.equal(a.organisation, null);
  });
});
