/**
 * data/README.md, written by the generator so the seed and the measured
 * figures it states are always those of the shipped files.
 */
import type { IndexValues } from '../../src/survey/analysis/indexMeansByStage.ts';

export interface Summary {
  seed: number;
  rows: number;
  correlations: { benefitTrust: number; benefitParticipation: number; trustParticipation: number };
  stage: { at: IndexValues; rest: IndexValues };
  thresholds: { question: number; atLeast: number; count: number; share: number }[];
  movesAccepted: number;
}

export function readme(s: Summary): string {
  const f4 = (v: number) => v.toFixed(4);
  const f2 = (v: number) => v.toFixed(2);
  const pct = (v: number) => `${(100 * v).toFixed(2)}%`;
  const [channels, services] = s.thresholds;
  return `# data/：网站据以构建的答卷文件

## \`responses.csv\` 是合成数据

**\`responses.csv\` 不是真实的调查数据。** 2023 年调查的原始答卷（“高校图书馆用户关系管理情况调查表”
的问卷星导出文件）没有公开。本文件是一份合成的替身，格式与该导出文件相同（约定见
[\`docs/data-contract.md\`](../docs/data-contract.md)），用于构建和检验网站。其中所有的答题人、电话号码、IP 地址、
文本题答案、“其他”填写内容和上传文件名都是虚构的；唯一真实的名称是报告本身在
\`已形成系统规划并全面开展工作\` 阶段点名的 12 家图书馆，其余 110 家图书馆均为占位名称
（\`样本高校图书馆（编号NNN）\`）。除报告已公布的内容外，从中读不出任何真实图书馆的信息。

它精确复现的内容：报告公布的每一个数字——表1–表11 的每一行（${s.rows} 份有效问卷）、4.1 节引用的题6
各项比例、4.4.1 节的各阶段馆数及其中的 12 家图书馆、保留两位小数的相关系数矩阵表12、第四阶段图书馆在
三项指数上全部领先（4.5 节），以及 5.1 节的两个门槛。报告未公布的选项（题14、15、25，题6 的部分选项，
所有 \`其他\`，题28 的其余阶段）取值合理，由人工设定在 \`scripts/sample/marginals.ts\` 中。
已公布关系之外的题目间关系（哪家图书馆同时选了哪些选项）是生成器的产物，没有任何意义。

用真实导出文件替换它（使用同一文件名，或把 \`REPORT_DATA\` 指向该文件），网站就会改用真实数据构建。

## 生成方式

由 \`scripts/generate-sample.ts\` 生成，给定随机种子时结果确定（种子为 **${s.seed}**，是脚本中的常量；
使用一个很小的 mulberry32 随机数生成器，无任何依赖）：

1. 每道选择题的每个选项，恰好分配给报告所统计数目的图书馆（按一个带种子的潜在“成熟度”打分，
   使各项复合指数一开始就呈正相关；题9 分两档分配，原因见 [\`docs/data-contract.md\`](../docs/data-contract.md) 的附录）；
2. 带种子的搜索每次把单个选项从一家图书馆移到另一家（各项边际分布始终保持精确），直到三个相关系数
   与 0.79 / 0.73 / 0.75 的差距都在 0.0001 以内、第四阶段图书馆在每项指数上都领先、两个门槛都成立
   （共移动 ${s.movesAccepted} 次）；
3. 在保持每家图书馆所选数目不变的前提下交换选项，把选择打散；然后按问卷星的写法写出各单元格：
   用 \`┋\` 连接多个选项，\`其他〖…〗\` 表示填写内容，题15/22/23/24 被跳题逻辑隐藏时写
   \`(跳过)\`，选填题未答写 \`(空)\`，题24 写作 \`a^b\`，另有少量人数按人们习惯的写法填写
   （\`约…\`、\`…人\`、\`50-60\`，以及两个无法识别的 \`不详\`、\`若干\`，校验器会将其报告为警告）。

在本文件上实测：

| 指标 | 数值 |
| --- | --- |
| r 用户受益–用户信任 | ${f4(s.correlations.benefitTrust)} |
| r 用户受益–用户参与 | ${f4(s.correlations.benefitParticipation)} |
| r 用户信任–用户参与 | ${f4(s.correlations.trustParticipation)} |
| 受益 / 信任 / 参与 均值，第四阶段 | ${f2(s.stage.at.benefit!)} / ${f2(s.stage.at.trust!)} / ${f2(s.stage.at.participation!)} |
| 受益 / 信任 / 参与 均值，其余图书馆 | ${f2(s.stage.rest.benefit!)} / ${f2(s.stage.rest.trust!)} / ${f2(s.stage.rest.participation!)} |
| 题${channels!.question}：≥ ${channels!.atLeast} 种渠道 | ${channels!.count} 家，${pct(channels!.share)} |
| 题${services!.question}：> ${services!.atLeast - 1} 项服务 | ${services!.count} 家，${pct(services!.share)} |

重新生成（结果逐字节相同）：

\`\`\`sh
npm run generate-sample                 # 重写 data/responses.csv、library-order.csv、README.md
npm run generate-sample -- --out DIR    # 改为写入 DIR
\`\`\`

\`tests/sample/\` 通过真实的校验器（\`loadDataset\`）检查随附文件是否符合已公布的数字
（\`scripts/sample/published-2023.ts\`），并检查生成器能否复现该文件。

## \`library-order.csv\`（可选）

报告按现有馆员人数（4.4.1 节，脚注①）排列处于 \`已形成系统规划并全面开展工作\` 阶段的图书馆，
而问卷并未询问这一项。本文件给出这一顺序：首行为表头（\`图书馆\`），之后每行一个图书馆名称，
与题3 的写法完全一致，按报告中的顺序排列。处于该阶段但不在本文件中的图书馆排在这些图书馆之后，
按中文排序规则排列；本文件中没有任何答卷对应的名称会被忽略。没有本文件时，全部按中文排序规则排列。
本文件只包含报告已公布的名称。
`;
}
