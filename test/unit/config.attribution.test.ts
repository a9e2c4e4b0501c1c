import { strict as assert } from 'assert';
import { analyse } from '../../server/src/core/analyse';
import { parseConfig } from '../../server/src/core/config';
import { toAnalysisOptions } from '../../server/src/configFile';

describe('.copydesk.json attribution word lists', () => {
  it('reads extra reporting verbs and the loaded-verb list', () => {
    const { config, problems } = parseConfig('{ "attribution": { "cues": ["Grumbled"], "loadedVerbs": ["claim"] } }');
    assert.deepEqual(problems, []);
    assert.deepEqual(config.attribution, { cues: ['grumbled'], loadedVerbs: ['claim'] });
  });

  it('reports a wrong type or an unknown key at its position, keeping the rest', () => {
    const text = '{ "attribution": { "cues": "grumbled", "verbs": [], "loadedVerbs": ["admit", 3] } }';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(config.attribution, { loadedVerbs: ['admit'] });
    assert.deepEqual(problems.map((p) => text.slice(p.offset, p.offset + p.length)), ['"grumbled"', '"verbs"', '3']);
  });

  it('makes a newsroom’s own reporting verb attribute a quotation', () => {
    const text = 'Fire Chief Marisol Duarte visited.\n“The building was empty when crews arrived,” Duarte grumbled.';
    const speakerOf = (options: object) => analyse(text, options).attribution.attributions.find((a) => a)?.speaker?.text ?? null;
    assert.equal(speakerOf({}), null);
    assert.equal(speakerOf(toAnalysisOptions(parseConfig('{ "attribution": { "cues": ["grumbled"] } }').config)), 'Duarte');
  });

  it('makes attribution.loaded-verb follow the configured list', () => {
    const text = 'Ukraine claims that fewer than 400 children have been returned.';
    const loaded = (options: object) => analyse(text, options).findings.filter((f) => f.rule === 'attribution.loaded-verb').length;
    assert.equal(loaded({}), 1);
    assert.equal(loaded(toAnalysisOptions(parseConfig('{ "attribution": { "loadedVerbs": ["admit"] } }').config)), 0);
  });
});
