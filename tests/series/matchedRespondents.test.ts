/** Respondents in both editions, matched by the answer to the name question: counted once each, blanks never matched. */
import { describe, expect, it } from 'vitest';
import { matchedRespondents } from '../../src/series/trend.ts';
import { handEdition, multiple } from '../helpers/editionContext.ts';

const nameQuestion = { number: 1, type: 'text', text: '单位名称', required: false, role: 'name' };
const edition = (id: string, names: readonly string[], withName = true) =>
  handEdition({ id, questions: withName ? [nameQuestion, multiple(2, ['是', '否'])] : [multiple(1, ['是', '否'])], total: names.length, names });

describe('matchedRespondents', () => {
  it('counts the names given in both, each once', () => {
    const a = edition('a', ['东馆', '西馆', '南馆', '北馆', '']);
    // 西馆 twice, 东馆 and 南馆 once; 中馆 only here; the blank matches nothing.
    const b = edition('b', ['西馆', '中馆', '西馆', '东馆', '南馆', '']);
    expect(matchedRespondents(a, b)).toBe(3);
    expect(matchedRespondents(b, a)).toBe(3);
  });

  it('is 0 when no name recurs', () => {
    expect(matchedRespondents(edition('a', ['东馆']), edition('b', ['西馆']))).toBe(0);
  });

  it('is null when either edition has no name question', () => {
    expect(matchedRespondents(edition('a', ['东馆']), edition('b', [], false))).toBeNull();
    expect(matchedRespondents(edition('a', [], false), edition('b', ['东馆']))).toBeNull();
  });
});
