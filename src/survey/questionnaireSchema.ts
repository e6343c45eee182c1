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

const rowSchema = z.strictObject({
  text: z.string().min(1).describe('行（小题）的文字，与答卷文件表头中的写法一致'),
  reverse: z.boolean().optional().describe('反向计分：分值按 points 的最高分 + 最低分 − 所选分值计算（仅量表题）'),
  index: z.string().min(1).optional().describe('本行计入的复合指数的 id（仅量表题；不写时用本题的 index）'),
});

const pointSchema = z.strictObject({
  label: z.string().min(1).describe('量表点的文字，如“非常满意”；答卷中写这个文字（或写分值）'),
  score: z.number().describe('这一点的分值，如 5'),
});

/** The question types, and the fields each must have besides number, type, text and required (the rules and the JSON Schema read this one table). */
export const QUESTION_TYPES = {
  text: [],
  multiple: ['options'],
  single: ['options'],
  count: ['blanks'],
  upload: [],
  scale: ['points'],
  matrixScale: ['rows', 'points'],
  matrixSingle: ['rows', 'options'],
  matrixMultiple: ['rows', 'options'],
  ranking: ['options'],
} as const satisfies Record<string, readonly ('options' | 'blanks' | 'rows' | 'points')[]>;

export type QuestionType = keyof typeof QUESTION_TYPES;

const questionTypeNames = Object.keys(QUESTION_TYPES) as [QuestionType, ...QuestionType[]];

const questionSchema = z.strictObject({
  number: z.int().min(1).describe('题号：从 1 起依次编号'),
  type: z
    .enum(questionTypeNames)
    .describe(
      '题型：text 填空、single 单选、multiple 多选、count 数量填空（必须有 blanks）、upload 上传、scale 量表（必须有 points）、matrixScale 矩阵量表（rows、points）、matrixSingle 矩阵单选与 matrixMultiple 矩阵多选（rows、options）、ranking 排序（options，以及 rankAll 或 rankTop）',
    ),
  text: z.string().min(1),
  required: z.boolean(),
  options: z.array(optionSchema).min(2).optional().describe('选择题、矩阵单选/多选题（每行共用）、排序题的选项，按问卷中的顺序'),
  rows: z.array(rowSchema).min(1).optional().describe('矩阵题（matrixScale、matrixSingle、matrixMultiple）的行，按问卷中的顺序；答卷文件中每行一列'),
  points: z.array(pointSchema).min(2).optional().describe('量表题（scale、matrixScale）的量表点，按问卷中从左到右的顺序，各有文字与分值；NPS 为 0–10 共 11 点'),
  notApplicable: z.string().min(1).optional().describe('量表题的“不适用”一类选项的文字：单独计数，不计入任何均值'),
  reverse: z.boolean().optional().describe('scale 题反向计分（矩阵量表题在 rows[].reverse 中给出）'),
  nps: z.literal(true).optional().describe('推荐意愿题（NPS 量表）：scale 题，量表点分值为 0–10 共 11 点；表中另给推荐者（9–10）、中立者（7–8）、贬损者（0–6）的比例与净推荐值'),
  rankAll: z.literal(true).optional().describe('排序题：作答者给全部选项排序'),
  rankTop: z.int().min(1).optional().describe('排序题：作答者最多排出前 k 项（k 为此数），可以少于 k 项'),
  personal: z.boolean().optional().describe('个人信息（姓名、电话、上传文件）：不保存、不发布'),
  role: z
    .enum(['name', 'stage', 'library'])
    // 'library' is the role's name in questionnaires written before it was generalised.
    .transform((r) => (r === 'library' ? 'name' : r))
    .optional()
    .describe('题目的用途：name 为填写单位名称的填空题（旧名 library 仍可用）；stage 为表示开展阶段的单选题'),
  index: z.string().min(1).optional().describe('本题计入的复合指数的 id（indices 中定义）'),
  groups: z.array(z.string().min(1)).optional().describe('分组表格的类别名称，按报告中的顺序'),
  shownIf: shownIfSchema.optional(),
  blanks: z.array(z.string().min(1)).min(1).optional().describe('数量填空题（count）必须有：各填空的名称；答卷中用“^”连接各填空。其他题型不能有'),
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
export type QuestionRow = NonNullable<Question['rows']>[number];
export type ScalePoint = NonNullable<Question['points']>[number];

type Issue = { path: (string | number)[]; message: string };

/** Where the options of a question are, for an issue's path. */
const at = (i: number, ...rest: (string | number)[]) => ['questions', i, ...rest];

/** Between the options of a ranking cell written in one column: `甲→乙→丙`. */
export const RANK_SEPARATOR = '→';

const TYPED_FIELDS = ['options', 'blanks', 'rows', 'points'] as const;
const FIELD_HINTS: Record<(typeof TYPED_FIELDS)[number], string> = { options: '', blanks: '（各填空的名称）', rows: '（各行的文字）', points: '（各量表点的文字与分值）' };
const INDEXED_TYPES: readonly QuestionType[] = ['multiple', 'single', 'scale', 'matrixScale'];
/** Option fields that mean something only for the options of a plain single or multiple choice. */
const PLAIN_CHOICE_OPTION_KEYS = ['writeIn', 'other', 'exclusive', 'group'] as const;

/** The types that have `field`, in the table's order. */
function typesWith(field: (typeof TYPED_FIELDS)[number]): QuestionType[] {
  return (Object.keys(QUESTION_TYPES) as QuestionType[]).filter((t) => (QUESTION_TYPES[t] as readonly string[]).includes(field));
}

/** The positions of the indices that have both choice questions (a count) and scale rows (a mean) among their members. */
function indexMixes(doc: Questionnaire): number[] {
  return doc.indices.flatMap((ix, i) => {
    const choice = doc.questions.some((q) => (q.type === 'single' || q.type === 'multiple') && q.index === ix.id);
    const scale = doc.questions.some((q) => (q.type === 'scale' && q.index === ix.id) || (q.type === 'matrixScale' && (q.rows ?? []).some((r) => (r.index ?? q.index) === ix.id)));
    return choice && scale ? [i] : [];
  });
}

/** Rows: unique texts a header can name; `reverse` and `index` only on the rows of a matrix scale. */
function rowRules(q: Question, indexIds: readonly string[]): Issue[] {
  const issues: Issue[] = [];
  const texts = q.rows?.map((r) => r.text) ?? [];
  q.rows?.forEach((r, j) => {
    if (texts.indexOf(r.text) !== j) issues.push({ path: ['rows', j, 'text'], message: `行「${r.text}」重复` });
    for (const key of ['reverse', 'index'] as const) {
      if (r[key] !== undefined && q.type !== 'matrixScale') issues.push({ path: ['rows', j, key], message: `只有 matrixScale 题的行有 ${key}，本题是 ${q.type}` });
    }
    if (r.index !== undefined && !indexIds.includes(r.index)) issues.push({ path: ['rows', j, 'index'], message: `应为 indices 中定义的 id 之一：${indexIds.join('、') || '（没有定义任何指数）'}；这里是「${r.index}」` });
  });
  if (q.reverse !== undefined && q.type !== 'scale') issues.push({ path: ['reverse'], message: `只有 scale 题有 reverse（矩阵量表题写在 rows[].reverse），本题是 ${q.type}` });
  return issues;
}

/** Points: labels and scores unique (a cell may give either), and 不适用 not one of them. */
function pointRules(q: Question): Issue[] {
  const issues: Issue[] = [];
  const labels = q.points?.map((p) => p.label) ?? [];
  const scores = q.points?.map((p) => p.score) ?? [];
  q.points?.forEach((p, j) => {
    if (labels.indexOf(p.label) !== j) issues.push({ path: ['points', j, 'label'], message: `量表点「${p.label}」重复` });
    if (scores.indexOf(p.score) !== j) issues.push({ path: ['points', j, 'score'], message: `分值 ${p.score} 重复（已是「${labels[scores.indexOf(p.score)]}」的分值）：答卷中写分值时无法区分` });
  });
  if (q.notApplicable !== undefined) {
    if (q.points === undefined) issues.push({ path: ['notApplicable'], message: `只有量表题（scale、matrixScale）有 notApplicable，本题是 ${q.type}` });
    else if (labels.includes(q.notApplicable)) issues.push({ path: ['notApplicable'], message: `「${q.notApplicable}」已是一个量表点；“不适用”应是量表点以外的选项` });
  }
  if (q.nps && q.type !== 'scale') issues.push({ path: ['nps'], message: `只有 scale 题可以是推荐意愿题（nps），本题是 ${q.type}` });
  else if (q.nps && [...scores].sort((a, b) => a - b).join() !== '0,1,2,3,4,5,6,7,8,9,10') {
    issues.push({ path: ['nps'], message: `推荐意愿题（nps）的量表点分值应为 0–10 共 11 点，这里是 ${scores.join('、') || '（没有量表点）'}` });
  }
  return issues;
}

/** A ranking ranks all its options or the first k of them, exactly one of the two. */
function rankingRules(q: Question): Issue[] {
  if (q.type !== 'ranking') {
    return (['rankAll', 'rankTop'] as const).flatMap((key) => (q[key] === undefined ? [] : [{ path: [key], message: `只有 ranking 题有 ${key}，本题是 ${q.type}` }]));
  }
  if ((q.rankAll === undefined) === (q.rankTop === undefined)) return [{ path: [], message: 'ranking 题应恰好给出 rankAll: true（全部排序）或 rankTop: k（只排前 k 项）之一' }];
  const n = q.options?.length ?? 0;
  // Ranks are stored a byte each.
  if (n > 255) return [{ path: ['options'], message: `排序题最多 255 个选项，这里有 ${n} 个` }];
  if (q.rankTop !== undefined && n > 0 && q.rankTop > n) return [{ path: ['rankTop'], message: `应为 1–${n}：本题只有 ${n} 个选项` }];
  return [];
}

/** Problems no single field shows: numbering, what options and blanks go with which type, references between fields. */
export function questionnaireRules(doc: Questionnaire): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const indexIds = doc.indices.map((ix) => ix.id);
  doc.indices.forEach((ix, i) => {
    if (indexIds.indexOf(ix.id) !== i) add(['indices', i, 'id'], `指数 id「${ix.id}」重复`);
  });
  for (const role of ['name', 'stage'] as const) {
    const holders = doc.questions.filter((q) => q.role === role);
    if (holders.length > 1) add(at(doc.questions.indexOf(holders[1]!), 'role'), `只能有一道题的 role 为「${role}」，第 ${holders[0]!.number} 题已是`);
  }
  indexMixes(doc).forEach((i) => add(['indices', i], `指数「${doc.indices[i]!.id}」不能同时由选择题（计所选项数）和量表题（取分值均值）组成`));
  doc.questions.forEach((q, i) => {
    if (q.number !== i + 1) add(at(i, 'number'), `应为 ${i + 1}：题号从 1 起依次编号，这是第 ${i + 1} 道题`);
    for (const field of TYPED_FIELDS) {
      const needed = (QUESTION_TYPES[q.type] as readonly string[]).includes(field);
      if (needed && q[field] === undefined) add(at(i), `${q.type} 题应有 ${field}${FIELD_HINTS[field]}`);
      if (!needed && q[field] !== undefined) add(at(i, field), `只有 ${typesWith(field).join('、')} 题有 ${field}，本题是 ${q.type}`);
    }
    if (q.index !== undefined && !indexIds.includes(q.index)) {
      add(at(i, 'index'), indexIds.length === 0 ? `indices 中没有定义任何指数，不能引用「${q.index}」` : `应为 indices 中定义的 id 之一：${indexIds.join('、')}；这里是「${q.index}」`);
    }
    if (q.index !== undefined && !INDEXED_TYPES.includes(q.type)) add(at(i, 'index'), `只有选择题（multiple、single）和量表题（scale、matrixScale）计入指数，本题是 ${q.type}`);
    if (q.role === 'stage' && q.type !== 'single') add(at(i, 'role'), `role 为 stage 的题应为 single 题，本题是 ${q.type}`);
    if (q.role === 'name' && q.type !== 'text') add(at(i, 'role'), `role 为 name 的题应为 text 题，本题是 ${q.type}`);
    const texts = q.options?.map((o) => o.text) ?? [];
    q.options?.forEach((o, j) => {
      if (texts.indexOf(o.text) !== j) add(at(i, 'options', j, 'text'), `选项「${o.text}」重复`);
      // Cells join options with ┋ and put write-ins in 〖〗: an option text holding one could not be read back.
      if (/[┋〖〗]/.test(o.text)) add(at(i, 'options', j, 'text'), '选项文字不能含有「┋」「〖」「〗」（答卷文件用它们分隔选项、标出填写内容）');
      if (q.type === 'ranking' && o.text.includes(RANK_SEPARATOR)) add(at(i, 'options', j, 'text'), `排序题的选项文字不能含有「${RANK_SEPARATOR}」（答卷文件用它连接排序）`);
      if (o.group !== undefined && !q.groups?.includes(o.group)) add(at(i, 'options', j, 'group'), `应为本题 groups 中的一项：${q.groups?.join('、') ?? '（本题没有 groups）'}`);
      for (const key of PLAIN_CHOICE_OPTION_KEYS) {
        if (o[key] !== undefined && !(q.type === 'single' || q.type === 'multiple' || (key === 'exclusive' && q.type === 'matrixMultiple'))) add(at(i, 'options', j, key), `${key} 只用于 single、multiple 题的选项${key === 'exclusive' ? '（以及 matrixMultiple 题）' : ''}，本题是 ${q.type}`);
      }
    });
    if (q.options !== undefined && q.options.filter((o) => o.exclusive).length > 1) add(at(i, 'options'), '最多只能有一个 exclusive 选项');
    rowRules(q, indexIds).forEach((issue) => add(at(i, ...issue.path), issue.message));
    pointRules(q).forEach((issue) => add(at(i, ...issue.path), issue.message));
    rankingRules(q).forEach((issue) => add(at(i, ...issue.path), issue.message));
    const s = q.shownIf;
    if (s !== undefined) {
      if ((s.includes === undefined) === (s.excludes === undefined)) add(at(i, 'shownIf'), 'includes 与 excludes 应恰好给出一个');
      if (s.question >= q.number) add(at(i, 'shownIf', 'question'), `应为本题之前的题号（1–${q.number - 1}）：跳题逻辑只能依据前面的题`);
      else {
        const target = doc.questions[s.question - 1];
        const option = s.includes ?? s.excludes;
        const key = s.includes !== undefined ? 'includes' : 'excludes';
        if (target?.options === undefined || !(target.type === 'single' || target.type === 'multiple')) add(at(i, 'shownIf', 'question'), `第 ${s.question} 题不是选择题`);
        else if (option !== undefined && !target.options.some((o) => o.text === option)) add(at(i, 'shownIf', key), `应为第 ${s.question} 题的选项之一：${target.options.map((o) => o.text).join('、')}`);
      }
    }
  });
  // In the order of the file: index problems first, then question by question.
  const rank = (path: (string | number)[]) => (path[0] === 'questions' ? 1 + Number(path[1]) : 0);
  return issues.sort((a, b) => rank(a.path) - rank(b.path));
}
