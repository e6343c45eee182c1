/** The questionnaire file as a product: loaded per report, every problem located, a JSON Schema for editors kept up to date. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatQuestionnaireProblems, loadQuestionnaire, parseQuestionnaire } from '../../src/survey/loadQuestionnaire.ts';
import { nameQuestion, stageQuestion } from '../../src/survey/questionnaire.ts';
import { jsonSchemas, jsonSchemaText } from '../../src/report/jsonSchemas.ts';

const [questionnaireSchemaFile] = jsonSchemas;
import { questionnaireFile } from '../helpers/questionnaire.ts';

const shipped = JSON.parse(readFileSync(questionnaireFile, 'utf8'));

/** The problems of the shipped questionnaire after `change` edits a copy of it. */
function problemsAfter(change: (doc: typeof shipped) => void) {
  const doc = structuredClone(shipped);
  change(doc);
  const r = parseQuestionnaire('data/questionnaire.json', JSON.stringify(doc));
  if (r.ok) throw new Error('expected problems');
  return r.problems.map((p) => [p.path, p.message]);
}

describe('loadQuestionnaire', () => {
  it('loads the 2023 questionnaire with its roles', () => {
    const r = loadQuestionnaire(questionnaireFile);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.questionnaire.questions).toHaveLength(31);
    expect(stageQuestion(r.questionnaire)?.number).toBe(28);
    expect(nameQuestion(r.questionnaire)?.number).toBe(3);
  });

  it('refuses a count question without its blanks, saying what they are', () => {
    expect(problemsAfter((d) => delete d.questions[21].blanks)).toEqual([['questions[21]', 'count 题应有 blanks（各填空的名称）']]);
  });

  it('accepts an NPS question only as a scale scored 0–10', () => {
    const points = (scores: number[]) => scores.map((score) => ({ label: String(score), score }));
    const nps = (extra: object) => (d: typeof shipped) => d.questions.push({ number: 32, text: '推荐吗', required: false, nps: true, ...extra });
    expect(parseQuestionnaire('q.json', JSON.stringify({ ...shipped, questions: [...shipped.questions, { number: 32, type: 'scale', text: '推荐吗', required: false, nps: true, points: points([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) }] })).ok).toBe(true);
    expect(problemsAfter(nps({ type: 'scale', points: points([1, 2, 3, 4, 5]) }))).toEqual([['questions[31].nps', '推荐意愿题（nps）的量表点分值应为 0–10 共 11 点，这里是 1、2、3、4、5']]);
    expect(problemsAfter(nps({ type: 'single', options: [{ text: '会' }, { text: '不会' }] }))).toEqual([['questions[31].nps', '只有 scale 题可以是推荐意愿题（nps），本题是 single']]);
  });

  it('reads the older role name "library" as "name"', () => {
    const doc = structuredClone(shipped);
    doc.questions[2].role = 'library';
    const r = parseQuestionnaire('data/questionnaire.json', JSON.stringify(doc));
    expect(r.ok && nameQuestion(r.questionnaire)?.number).toBe(3);
  });

  it('names the file, the place inside it and what was expected, for every problem at once', () => {
    const problems = problemsAfter((d) => {
      d.questions[27].options[3].text = 7;
      d.questions[4].type = 'multi';
      d.indices[0].colour = 'red';
    });
    expect(problems.map(([path]) => path)).toEqual(['indices[0]', 'questions[4].type', 'questions[27].options[3].text']);
    expect(problems[1]![1]).toContain('multiple');
    expect(problems[2]![1]).toMatch(/string/);
  });

  it('checks references across fields: index ids, skip logic, numbering, roles', () => {
    expect(
      problemsAfter((d) => {
        d.questions[3].index = 'benfit';
        d.questions[14].shownIf.excludes = '没有这个选项';
        d.questions[5].number = 60;
        d.questions[29].role = 'stage';
      }),
    ).toEqual([
      ['questions[3].index', '应为 indices 中定义的 id 之一：benefit、trust、participation；这里是「benfit」'],
      ['questions[5].number', '应为 6：题号从 1 起依次编号，这是第 6 道题'],
      ['questions[14].shownIf.excludes', expect.stringMatching(/^应为第 14 题的选项之一：新入职馆员、一线服务馆员、/)],
      ['questions[29].role', '只能有一道题的 role 为「stage」，第 28 题已是'],
      ['questions[29].role', 'role 为 stage 的题应为 single 题，本题是 text'],
    ]);
  });

  it('accepts no indices and no roles: the roles are then undefined', () => {
    const doc = structuredClone(shipped);
    doc.indices = [];
    for (const q of doc.questions) {
      delete q.index;
      delete q.role;
    }
    const r = parseQuestionnaire('q.json', JSON.stringify(doc));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(stageQuestion(r.questionnaire)).toBeUndefined();
      expect(nameQuestion(r.questionnaire)).toBeUndefined();
    }
  });

  it('reports a missing file and broken JSON as problems, never a throw', () => {
    const missing = loadQuestionnaire('/nonexistent/questionnaire.json');
    expect(missing).toMatchObject({ ok: false, problems: [{ file: '/nonexistent/questionnaire.json', path: '', message: expect.stringMatching(/^找不到问卷文件/) }] });
    const broken = parseQuestionnaire('q.json', '{"title": ');
    expect(broken).toMatchObject({ ok: false, problems: [{ file: 'q.json', path: '', message: expect.stringMatching(/^不是合法的 JSON/) }] });
  });

  it('prints the problems under one heading naming the file', () => {
    const r = parseQuestionnaire('data/questionnaire.json', JSON.stringify({ ...shipped, title: '' }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatQuestionnaireProblems(r.problems).split('\n')).toEqual(['问卷文件 data/questionnaire.json 有 1 处问题：', expect.stringMatching(/^ {2}title：/)]);
  });
});

describe('the JSON Schema for editors', () => {
  it.each(jsonSchemas.map((e) => [e.path, e] as const))('%s is committed as generated from the zod schema (npm run questionnaire-schema)', (path, entry) => {
    expect(readFileSync(resolve(path), 'utf8')).toBe(jsonSchemaText(entry));
  });
  it('is what the shipped questionnaire points to, and lists every top-level key of it', () => {
    expect(resolve(questionnaireFile, '..', shipped.$schema)).toBe(resolve(questionnaireSchemaFile.path));
    const schema = JSON.parse(jsonSchemaText(questionnaireSchemaFile));
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(shipped).sort());
    expect(schema.additionalProperties).toBe(false);
  });
  it('tells editors the fields each type needs: a count question its blanks', () => {
    const question = JSON.parse(jsonSchemaText(questionnaireSchemaFile)).properties.questions.items;
    expect(question.allOf).toContainEqual({ if: { properties: { type: { const: 'count' } }, required: ['type'] }, then: { required: ['blanks'] } });
    expect(question.allOf).toContainEqual({ if: { properties: { type: { const: 'matrixScale' } }, required: ['type'] }, then: { required: ['rows', 'points'] } });
    expect(question.properties.blanks.description).toMatch(/^数量填空题（count）必须有/);
  });
});
