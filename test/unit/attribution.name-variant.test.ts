import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { applyEdits } from '../../server/src/core/finding';

const RULE = 'attribution.name-variant';
const findings = (text: string) => analyse(text).findings.filter((f) => f.rule === RULE);
const fixed = (text: string) => applyEdits(text, findings(text).flatMap((f) => f.fixes[0]?.edits ?? []));

describe(RULE, () => {
  it('reports a hyphen spelled as a space, fixing it to the first reference', () => {
    const text = 'Qatar’s Ambassador Sheikh Ahmed bin Nasser Al-Thani welcomed them. Al Thani said the talks would go on.';
    const [finding, ...rest] = findings(text);
    assert.equal(rest.length, 0);
    assert.equal(text.slice(finding.start, finding.end), 'Al Thani');
    assert.equal(finding.severity, 'warning');
    assert.equal(text.slice(finding.related[0].start, finding.related[0].end), 'Al-Thani');
    assert.equal(fixed(text), text.replace('Al Thani said', 'Al-Thani said'));
  });

  it('takes the body’s first reference over the headline’s spelling', () => {
    const text = 'Al Thani welcomes children\nQatar’s Ambassador Sheikh Ahmed bin Nasser Al-Thani welcomed them.';
    assert.equal(fixed(text), text.replace('Al Thani welcomes', 'Al-Thani welcomes'));
  });

  it('reports a doubled final letter', () => {
    const text = 'President Volodymyr Zelensky said the war would end. Zelenskyy said Kyiv would not give up.';
    assert.deepEqual(findings(text).map((f) => text.slice(f.start, f.end)), ['Zelenskyy']);
    assert.equal(fixed(text), text.replace('Zelenskyy', 'Zelensky'));
  });

  it('merges by this article’s first names, whatever the article before had (the merging is kept between analyses)', () => {
    const merged = 'President Volodymyr Zelenskyy spoke. Later, President Volodymyr Zelensky said Kyiv would not give up.';
    const apart = 'President Volodymyr Zelenskyy spoke. Later, Minister Oksana Zelensky said Kyiv would not give up.';
    const alone = findings(apart);
    findings(merged);
    assert.deepEqual(findings(apart), alone);
    assert.notDeepEqual(findings(merged), alone);
  });

  it('reports a one-letter variant of a full name as the same person', () => {
    const text = 'President Volodymyr Zelenskyy spoke. Later, President Volodymyr Zelensky said Kyiv would not give up.';
    assert.equal(fixed(text), text.replace('Volodymyr Zelensky said', 'Volodymyr Zelenskyy said'));
  });

  it('reports a first name spelled two ways, with the accent of the first reference', () => {
    const text = 'José Mourinho, the Chelsea manager, said the team had played well. Later Jose Mourinho said he would stay.';
    assert.deepEqual(findings(text).map((f) => text.slice(f.start, f.end)), ['Jose Mourinho']);
    assert.equal(fixed(text), text.replace('Later Jose', 'Later José'));
  });

  it('accepts one spelling, and a difference of case only', () => {
    assert.deepEqual(findings('Sheikh Ahmed bin Nasser Al-Thani spoke. Al-Thani said the talks would go on.'), []);
  });

  it('does not take a different person, a plural or a short name for a variant', () => {
    assert.deepEqual(findings('Commentator Tucker Carlson spoke. Surgeon Ben Carson said he agreed.'), []);
    assert.deepEqual(findings('Mayor Dana Johnson spoke. The Johnsons said they agreed.'), []);
    assert.deepEqual(findings('Mayor Dana Putin spoke. Putn said they agreed.'), []);
  });
});
