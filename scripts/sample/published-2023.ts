/**
 * The figures the 2023 report publishes, copied from the published report
 * (表1–表11, the inline figures of 4.1, 4.4.1, 4.5 and 5.1). This is the one
 * place the published numbers are written down: the sample generator beside
 * it aims at them, and the tests assert the shipped file and site against them.
 */

export interface PublishedRow {
  label: string;
  count: number;
  percent: string;
  /** 表7 only: the group the row is printed under. */
  group?: string;
}

export interface PublishedTable {
  table: string;
  question: number;
  rows: PublishedRow[];
}

/** Number of valid responses (4 调查结果分析: 共收回 122 份有效问卷). */
export const publishedTotal = 122;

export const publishedTables: PublishedTable[] = [
  {
    table: '表1 信息传播渠道使用比例',
    question: 4,
    rows: [
      { label: '图书馆主页/APP', count: 122, percent: '100%' },
      { label: '图书馆社交媒体账号（微信公众号等）', count: 122, percent: '100%' },
      { label: '馆内线下电子屏与公告栏', count: 113, percent: '92.62%' },
      { label: '图书馆纸质宣传物（宣传单、海报等）', count: 107, percent: '87.70%' },
      { label: '学校主页/APP', count: 95, percent: '77.87%' },
      { label: '图书馆微信群', count: 91, percent: '74.59%' },
      { label: '馆员个人传播（如学科馆员等）', count: 87, percent: '71.31%' },
      { label: '学校社交媒体账号', count: 60, percent: '49.18%' },
      { label: '校内线下公告栏', count: 39, percent: '31.97%' },
      { label: '全校群发邮件', count: 36, percent: '29.51%' },
      { label: '社会媒体平台（地方媒体等）', count: 35, percent: '28.69%' },
      { label: '校内论坛', count: 19, percent: '15.57%' },
    ],
  },
  {
    table: '表2 周期性活动开展情况',
    question: 5,
    rows: [
      { label: '世界读书日活动', count: 122, percent: '100%' },
      { label: '迎新季活动', count: 119, percent: '97.54%' },
      { label: '毕业季活动', count: 113, percent: '92.62%' },
      { label: '品牌类活动', count: 82, percent: '67.21%' },
      { label: '校庆活动', count: 69, percent: '56.56%' },
      { label: '中秋、端午等其他传统节日活动', count: 41, percent: '33.61%' },
      { label: '国庆活动', count: 33, percent: '27.05%' },
      { label: '春节活动', count: 28, percent: '22.95%' },
      { label: '馆庆活动', count: 20, percent: '16.39%' },
    ],
  },
  {
    table: '表3 多元化服务开展情况',
    question: 9,
    rows: [
      { label: '资源荐购', count: 121, percent: '99.18%' },
      { label: '阅读推广服务', count: 121, percent: '99.18%' },
      { label: '入馆指南/教育', count: 121, percent: '99.18%' },
      { label: '信息素质教育', count: 120, percent: '98.36%' },
      { label: '文化通识教育服务（讲座、展览等）', count: 113, percent: '92.62%' },
      { label: '查收查引', count: 110, percent: '90.16%' },
      { label: '多类型空间服务', count: 102, percent: '83.61%' },
      { label: '学科情报分析', count: 102, percent: '83.61%' },
      { label: '科技查新', count: 92, percent: '75.41%' },
      { label: '数据服务', count: 86, percent: '70.49%' },
      { label: '知识产权服务', count: 83, percent: '68.03%' },
      { label: '多媒体视听服务', count: 79, percent: '64.75%' },
      { label: '学术规范与投稿指南', count: 79, percent: '64.75%' },
      { label: '写作支持与指导', count: 74, percent: '60.66%' },
      { label: '嵌入课堂服务', count: 73, percent: '59.84%' },
      { label: '课题咨询', count: 69, percent: '56.56%' },
      { label: '开题支持与指导', count: 68, percent: '55.74%' },
      { label: '嵌入科研团队服务', count: 68, percent: '55.74%' },
      { label: '教学参考资料服务', count: 66, percent: '54.10%' },
      { label: '前沿科技产品体验', count: 46, percent: '37.70%' },
      { label: '上门送书/取书服务', count: 43, percent: '35.25%' },
      { label: '求职与面试支持服务', count: 24, percent: '19.67%' },
      { label: '心理健康服务', count: 23, percent: '18.85%' },
    ],
  },
  {
    table: '表4 用户体验工作开展情况',
    question: 10,
    rows: [
      { label: '日常广泛收集分析用户反馈，进行服务创新与优化', count: 110, percent: '90.16%' },
      { label: '前期开展用户需求调研', count: 106, percent: '86.89%' },
      { label: '开展服务试运行，并根据用户反馈及时优化调整', count: 104, percent: '85.25%' },
      { label: '开展专项服务效果调查，并及时优化调整', count: 90, percent: '73.77%' },
      { label: '邀请师生代表参与服务设计', count: 79, percent: '64.75%' },
      { label: '尚未开展相关工作', count: 2, percent: '1.64%' },
    ],
  },
  {
    table: '表5 理念宣传方式',
    question: 13,
    rows: [
      { label: '工作会议宣讲', count: 117, percent: '95.90%' },
      { label: '纳入工作计划', count: 106, percent: '86.89%' },
      { label: '组织馆员活动', count: 105, percent: '86.07%' },
      { label: '制定文件', count: 100, percent: '81.97%' },
      { label: '组织座谈与讨论', count: 99, percent: '81.15%' },
      { label: '形成宣传口号或标语', count: 73, percent: '59.84%' },
      { label: '未开展宣传', count: 1, percent: '0.82%' },
    ],
  },
  {
    table: '表6 激励机制',
    question: 16,
    rows: [
      { label: '将服务效果纳入考核或晋升体系', count: 98, percent: '80.33%' },
      { label: '开展先进典型宣传', count: 86, percent: '70.49%' },
      { label: '实施目标责任制', count: 82, percent: '67.21%' },
      { label: '设置荣誉体系', count: 78, percent: '63.93%' },
      { label: '提供物质奖励', count: 50, percent: '40.98%' },
      { label: '设置处罚制度', count: 48, percent: '39.34%' },
      { label: '未采取相关激励机制', count: 5, percent: '4.10%' },
    ],
  },
  {
    table: '表7 图书馆制度规范建设情况',
    question: 18,
    rows: [
      { group: '图书馆发展管理', label: '图书馆年度或中长期计划', count: 112, percent: '91.80%' },
      { group: '图书馆发展管理', label: '图书馆章程', count: 91, percent: '74.59%' },
      { group: '用户服务管理', label: '台口值班服务制度', count: 86, percent: '70.49%' },
      { group: '用户服务管理', label: '用户突发事件管理制度', count: 83, percent: '68.03%' },
      { group: '用户服务管理', label: '舆情监控管理制度', count: 79, percent: '64.75%' },
      { group: '用户服务管理', label: '用户沟通反馈处理制度', count: 76, percent: '62.30%' },
      { group: '用户服务管理', label: '服务跟踪回访制度', count: 49, percent: '40.16%' },
      { group: '用户行为管理', label: '借阅规章制度', count: 121, percent: '99.18%' },
      { group: '用户行为管理', label: '馆内行为规范', count: 119, percent: '97.54%' },
      { group: '用户行为管理', label: '进出馆管理制度', count: 106, percent: '86.89%' },
    ],
  },
  {
    table: '表8 用户沟通交流渠道',
    question: 19,
    rows: [
      { label: '馆内服务台', count: 118, percent: '96.72%' },
      { label: '微信公众号', count: 117, percent: '95.90%' },
      { label: '电话', count: 115, percent: '94.26%' },
      { label: '邮件', count: 109, percent: '89.34%' },
      { label: '与学生社团组织/学生代表沟通', count: 106, percent: '86.89%' },
      { label: '专题座谈会', count: 104, percent: '85.25%' },
      { label: '馆长信箱', count: 94, percent: '77.05%' },
      { label: '馆员个人联系（如学科馆员等）', count: 92, percent: '75.41%' },
      { label: '图书馆微信群', count: 77, percent: '63.11%' },
      { label: '专门的用户反馈系统平台', count: 51, percent: '41.80%' },
      { label: '微博', count: 44, percent: '36.07%' },
      { label: '校内论坛', count: 23, percent: '18.85%' },
      { label: '视频平台', count: 20, percent: '16.39%' },
      { label: '校内树洞', count: 3, percent: '2.46%' },
    ],
  },
  {
    table: '表9 用户参与方式',
    question: 21,
    rows: [
      { label: '学生助理（有偿）', count: 109, percent: '89.34%' },
      { label: '志愿服务（无偿）', count: 109, percent: '89.34%' },
      { label: '与院系合作', count: 106, percent: '86.89%' },
      { label: '指导组建图书馆学生社团组织', count: 95, percent: '77.87%' },
      { label: '用户体验调查与意见收集', count: 93, percent: '76.23%' },
      { label: '与校内学生社团组织合作', count: 92, percent: '75.41%' },
      { label: '活动创意与内容征集（如闭馆音乐投票、书评专栏内容征集等）', count: 86, percent: '70.49%' },
      { label: '与课程合作', count: 57, percent: '46.72%' },
      { label: '与校友会合作', count: 51, percent: '41.80%' },
      { label: '学生代表/学生大使', count: 44, percent: '36.07%' },
      { label: '多方用户咨询委员会（多类型用户构成）', count: 33, percent: '27.05%' },
      { label: '教师咨询委员会', count: 31, percent: '25.41%' },
      { label: '学生咨询委员会', count: 22, percent: '18.03%' },
    ],
  },
  {
    table: '表10 用户参与领域',
    question: 26,
    rows: [
      { label: '馆藏建设（如图书收登、上架整架等）', count: 117, percent: '95.90%' },
      { label: '活动组织策划', count: 102, percent: '83.61%' },
      { label: '用户意见收集与沟通反馈', count: 101, percent: '82.79%' },
      { label: '用户咨询服务', count: 97, percent: '79.51%' },
      { label: '借还书服务', count: 96, percent: '78.69%' },
      { label: '宣传工作（宣传文案、平面设计、微信编辑等）', count: 96, percent: '78.69%' },
      { label: '环境秩序维护', count: 92, percent: '75.41%' },
      { label: '用户调研', count: 87, percent: '71.31%' },
      { label: '信息素质教育', count: 79, percent: '64.75%' },
      { label: '数据服务', count: 56, percent: '45.90%' },
      { label: '空间环境设计', count: 56, percent: '45.90%' },
      { label: '服务项目设计', count: 42, percent: '34.43%' },
      { label: '图书馆管理决策', count: 38, percent: '31.15%' },
      { label: '系统开发与支持（如网页开发等）', count: 37, percent: '30.33%' },
      { label: '馆内行政事务', count: 33, percent: '27.05%' },
      { label: '馆内科研工作', count: 30, percent: '24.59%' },
    ],
  },
  {
    table: '表11 用户关系管理工作开展的主要困难',
    question: 29,
    rows: [
      { label: '用户需求多元且不断变化', count: 102, percent: '83.61%' },
      { label: '人力不足', count: 90, percent: '73.77%' },
      { label: '用户对服务体验的要求升高', count: 89, percent: '72.95%' },
      { label: '欠缺理论和经验指导', count: 82, percent: '67.21%' },
      { label: '资金欠缺', count: 81, percent: '66.39%' },
      { label: '缺乏与用户合作的机会与平台', count: 43, percent: '35.25%' },
      { label: '对用户关系重视不足', count: 35, percent: '28.69%' },
      { label: '外部信息服务产品吸引力更高', count: 32, percent: '26.23%' },
      { label: '欠缺与用户日常沟通交流的机会', count: 29, percent: '23.77%' },
      { label: '用户对图书馆的信任度不足', count: 25, percent: '20.49%' },
      { label: '馆内积极性不高，难以推行', count: 20, percent: '16.39%' },
    ],
  },
];

/** Inline figures of the report given as a percentage of libraries choosing an option (4.1.1, 4.1.2). */
export const publishedOptionShares: { question: number; label: string; percent: string }[] = [
  { question: 6, label: '本科新生', percent: '98.36%' },
  { question: 6, label: '研究生新生', percent: '90.98%' },
  { question: 6, label: '不同学科的师生', percent: '72.95%' },
  { question: 6, label: '校友', percent: '36.07%' },
];

/** 4.4.1: the stage question (题28). */
export const publishedStages: { label: string; count?: number; percent: string }[] = [
  { label: '已形成系统规划并全面开展工作', count: 12, percent: '9.84%' },
  { label: '已开展部分工作', percent: '72.95%' },
];

/** 4.4.1: the libraries at `已形成系统规划并全面开展工作`, in the report's order (by staff size, footnote ①). */
export const publishedStageFourLibraries: string[] = [
  '北京大学图书馆',
  '四川大学图书馆',
  '厦门大学图书馆',
  '扬州大学图书馆',
  '曲阜师范大学图书馆',
  '南开大学图书馆',
  '南京大学图书馆',
  '南京师范大学图书馆',
  '西北工业大学图书馆',
  '河南科技大学图书馆',
  '华北理工大学图书馆',
  '华东理工大学图书馆',
];

/** 表12: the correlation matrix as printed (two decimals). */
export const publishedCorrelations = {
  benefitTrust: '0.79',
  benefitParticipation: '0.73',
  trustParticipation: '0.75',
} as const;

/** 5.1: 超过70%的高校馆采用了7种以上的传播渠道 (题4)，半数以上高校馆提供超过19种的多元服务 (题9). */
export const publishedThresholds = {
  channels: { question: 4, atLeast: 7, shareAbove: 0.7 },
  services: { question: 9, atLeast: 20, shareAbove: 0.5 },
} as const;
