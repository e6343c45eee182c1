/**
 * The schema of a report's questionnaire file (`data/questionnaire.json`):
 * the survey definition the validator, the analysis, the tables and the
 * questionnaire appendix read. `questionnaire.schema.json` beside the
 * survey modules is generated from it for editors.
 */
import { z } from 'zod';

const optionSchema = z.strictObject({
  text: z.string().min(1).describe('选项文字，与答卷文件中的写法一致（不含“请注明”提示）'),
  label: z.string().min(1).optional().describe('报告中代替 text 显示的简称'),
  writeIn: z.boolean().optional().describe('选项带填写项：答卷中写作“选项〖填写内容〗”'),
  other: z.boolean().optional().describe('“其他”类选项：计入指数，但不作为频数表中排序的一行'),
  exclusive: z.boolean().optional().describe('互斥的“未开展”类选项：不能与其他选项同选，排在表末，计入指数时为 0'),
  group: z.string().min(1).optional().describe('选项所属的类别，应为本题 groups 之一'),
});

const shownIfSchema = z
  .strictObject({
    question: z.int().min(1).describe('决定是否显示本题的前面某题的题号'),
    includes: z.string().min(1).optional().describe('该题选了此选项时显示本题'),
    excludes: z.string().min(1).optional().describe('该题没有选此选项时显示本题'),
  })
  .describe('跳题逻辑：只有前面某题选了（或没有选）某个选项时才显示本题');

const questionSchema = z.strictObject({
  number: z.int().min(1).describe('题号：从 1 起依次编号'),
  type: z.enum(['text', 'multiple', 'single', 'count', 'upload']),
  text: z.string().min(1),
  required: z.boolean(),
  options: z.array(optionSchema).min(2).optional().describe('选择题的选项，按问卷中的顺序'),
  personal: z.boolean().optional().describe('个人信息（姓名、电话、上传文件）：不保存、不发布'),
  role: z.enum(['library', 'stage']).optional().describe('题目的用途：library 为填写单位名称的填空题；stage 为表示开展阶段的单选题'),
  index: z.string().min(1).optional().describe('本题计入的复合指数的 id（indices 中定义）'),
  groups: z.array(z.string().min(1)).optional().describe('分组表格的类别名称，按报告中的顺序'),
  shownIf: shownIfSchema.optional(),
  blanks: z.array(z.string().min(1)).min(1).optional().describe('数量填空题各填空的名称；答卷中用“^”连接各填空'),
});

const indexSchema = z.strictObject({
  id: z.string().min(1).describe('复合指数的 id，题目的 index 引用它'),
  name: z.string().min(1).describe('报告中显示的指数名称'),
});

/** The questionnaire file's shape, before the checks across fields (`questionnaireRules`). */
export const questionnaireShape = z.strictObject({
  $schema: z.string().optional().describe('本文件遵循的 JSON Schema（供编辑器校验与补全）'),
  title: z.string().min(1),
  metadataColumns: z.array(z.string().min(1)).length(6).describe('题目之前的六个元数据列：序号、提交答卷时间、所用时间、来源、来源详情、来自IP'),
  indices: z.array(indexSchema).describe('复合指数：每个指数为其所属各题所选选项数之和；可以没有'),
  questions: z.array(questionSchema),
});

export type Questionnaire = z.infer<typeof questionnaireShape>;
export type Question = Questionnaire['questions'][number];
export type QuestionOption = NonNullable<Question['options']>[number];
export type CompositeIndex = Questionnaire['indices'][number];
export type ChoiceQuestion = Question & { options: QuestionOption[] };

type Issue = { path: (string | number)[]; message: string };

/** Where the options of a question are, for an issue's path. */
const at = (i: number, ...rest: (string | number)[]) => ['questions', i, ...rest];

/** Problems no single field shows: numbering, what options and blanks go with which type, references between fields. */
export function questionnaireRules(doc: Questionnaire): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const indexIds = doc.indices.map((ix) => ix.id);
  doc.indices.forEach((ix, i) => {
    if (indexIds.indexOf(ix.id) !== i) add(['indices', i, 'id'], `指数 id「${ix.id}」重复`);
  });
  for (const role of ['library', 'stage'] as const) {
    const holders = doc.questions.filter((q) => q.role === role);
    if (holders.length > 1) add(at(doc.questions.indexOf(holders[1]!), 'role'), `只能有一道题的 role 为「${role}」，第 ${holders[0]!.number} 题已是`);
  }
  doc.questions.forEach((q, i) => {
    if (q.number !== i + 1) add(at(i, 'number'), `应为 ${i + 1}：题号从 1 起依次编号，这是第 ${i + 1} 道题`);
    const choice = q.type === 'multiple' || q.type === 'single';
    if (choice && q.options === undefined) add(at(i), `${q.type} 题应有 options`);
    if (!choice && q.options !== undefined) add(at(i, 'options'), `只有 multiple、single 题有 options，本题是 ${q.type}`);
    if (q.type === 'count' && q.blanks === undefined) add(at(i), 'count 题应有 blanks（各填空的名称）');
    if (q.type !== 'count' && q.blanks !== undefined) add(at(i, 'blanks'), `只有 count 题有 blanks，本题是 ${q.type}`);
    if (q.index !== undefined && !indexIds.includes(q.index)) {
      add(at(i, 'index'), indexIds.length === 0 ? `indices 中没有定义任何指数，不能引用「${q.index}」` : `应为 indices 中定义的 id 之一：${indexIds.join('、')}；这里是「${q.index}」`);
    }
    if (q.index !== undefined && !choice) add(at(i, 'index'), `只有选择题计入指数，本题是 ${q.type}`);
    if (q.role === 'stage' && q.type !== 'single') add(at(i, 'role'), `role 为 stage 的题应为 single 题，本题是 ${q.type}`);
    if (q.role === 'library' && q.type !== 'text') add(at(i, 'role'), `role 为 library 的题应为 text 题，本题是 ${q.type}`);
    const texts = q.options?.map((o) => o.text) ?? [];
    q.options?.forEach((o, j) => {
      if (texts.indexOf(o.text) !== j) add(at(i, 'options', j, 'text'), `选项「${o.text}」重复`);
      // Cells join options with ┋ and put write-ins in 〖〗: an option text holding one could not be read back.
      if (/[┋〖〗]/.test(o.text)) add(at(i, 'options', j, 'text'), '选项文字不能含有「┋」「〖」「〗」（答卷文件用它们分隔选项、标出填写内容）');
      if (o.group !== undefined && !q.groups?.includes(o.group)) add(at(i, 'options', j, 'group'), `应为本题 groups 中的一项：${q.groups?.join('、') ?? '（本题没有 groups）'}`);
    });
    if (q.options !== undefined && q.options.filter((o) => o.exclusive).length > 1) add(at(i, 'options'), '最多只能有一个 exclusive 选项');
    const s = q.shownIf;
    if (s !== undefined) {
      if ((s.includes === undefined) === (s.excludes === undefined)) add(at(i, 'shownIf'), 'includes 与 excludes 应恰好给出一个');
      if (s.question >= q.number) add(at(i, 'shownIf', 'question'), `应为本题之前的题号（1–${q.number - 1}）：跳题逻辑只能依据前面的题`);
      else {
        const target = doc.questions[s.question - 1];
        const option = s.includes ?? s.excludes;
        const key = s.includes !== undefined ? 'includes' : 'excludes';
        if (target?.options === undefined) add(at(i, 'shownIf', 'question'), `第 ${s.question} 题不是选择题`);
        else if (option !== undefined && !target.options.some((o) => o.text === option)) add(at(i, 'shownIf', key), `应为第 ${s.question} 题的选项之一：${target.options.map((o) => o.text).join('、')}`);
      }
    }
  });
  // In the order of the file: index problems first, then question by question.
  const rank = (path: (string | number)[]) => (path[0] === 'questions' ? 1 + Number(path[1]) : 0);
  return issues.sort((a, b) => rank(a.path) - rank(b.path));
}
