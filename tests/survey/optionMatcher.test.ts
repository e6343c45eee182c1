/** The one option matcher, on its own: which option a token names, or why it names none. */
import { describe, expect, it } from 'vitest';
import { readChoiceCell } from '../../src/survey/validate/choiceCell.ts';
import { matchOption, optionMatcher } from '../../src/survey/validate/optionMatcher.ts';

const m = optionMatcher([
  { text: '学生助理（有偿）' },
  { text: '志愿服务（无偿）' },
  { text: '开展服务试运行，并根据用户反馈及时优化调整' },
  { text: '品牌类活动', writeIn: true },
  { text: '品牌' },
  { text: '其他', writeIn: true, other: true },
]);

describe('matchOption', () => {
  it.each([
    ['学生助理（有偿）', 0],
    ['学生助理(有偿)', 0],
    [' 志愿服务（无偿） ', 1],
    ['\u3000志愿服务(无偿)', 1],
    ['开展服务试运行,并根据用户反馈及时优化调整', 2],
    ['品牌类活动〖书香节〗', 3],
    ['品牌类活动', 3],
    ['品牌', 4],
    ['其他〖〗', 5],
    ['其他 〖校园电视台〗', 5],
  ])('%j names option %i', (token, option) => expect(matchOption(m, token)).toBe(option));

  it('matches a token inside a cell by its bounds', () => {
    const cell = '品牌┋品牌类活动〖读书节〗┋其他';
    expect([matchOption(m, cell, 0, 2), matchOption(m, cell, 3, 13), matchOption(m, cell, 14, 16)]).toEqual([4, 3, 5]);
  });

  it.each([
    ['资源推荐', /^不是本题的选项；应为：学生助理（有偿）、志愿服务（无偿）、/],
    ['', /^多余的「┋」/],
    ['  ', /^多余的「┋」/],
    ['品牌〖x〗', /^选项「品牌」没有填写项/],
    ['其他〖没有结尾', /^填写内容缺少结尾的「〗」/],
    ['学生助理', /^不是本题的选项/],
  ])('%j names no option', (token, reason) => expect(matchOption(m, token)).toMatch(reason));
});

describe('readChoiceCell', () => {
  const rule = { matcher: m, single: false, exclusive: -1 };
  const bits = (cell: string) => {
    const picked = new Uint32Array(1);
    return { issues: readChoiceCell(rule, cell, picked), picked: picked[0] };
  };
  it('sets one bit per option, in any order, clearing what it held', () => {
    expect(bits('其他〖x〗┋学生助理（有偿）')).toEqual({ issues: null, picked: 0b100001 });
    expect(bits('品牌')).toEqual({ issues: null, picked: 0b10000 });
  });
  it('reports each bad token and a repeated option', () => {
    expect(bits('品牌┋资源推荐┋品牌').issues!.map((i) => i.value)).toEqual(['资源推荐', '品牌']);
  });
  it('reads options past the 32nd of a question with 40', () => {
    const wide = { matcher: optionMatcher(Array.from({ length: 40 }, (_, i) => ({ text: `选项${i + 1}` }))), single: false, exclusive: -1 };
    const picked = new Uint32Array(2);
    expect(readChoiceCell(wide, '选项40┋选项1┋选项33', picked)).toBeNull();
    expect([...picked]).toEqual([1, (1 << 0) | (1 << 7)]);
  });
});
