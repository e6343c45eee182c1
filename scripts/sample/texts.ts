/**
 * Everything in the sample that is text rather than a choice: metadata,
 * names, phone numbers, library names, write-ins, free-text answers, counts
 * typed into 题22–24 and upload file names. All of it is plainly synthetic:
 * fake names and numbers, documentation/private IP ranges, placeholder
 * library names (except the twelve the report itself names), generic
 * answers marked 示例.
 */
import type { Rng } from './prng.ts';

/** Where the twelve libraries the report names are, for a plausible `来自IP` region. */
export const namedLibraryRegions: Record<string, string> = {
  北京大学图书馆: '北京-北京',
  四川大学图书馆: '四川-成都',
  厦门大学图书馆: '福建-厦门',
  扬州大学图书馆: '江苏-扬州',
  曲阜师范大学图书馆: '山东-济宁',
  南开大学图书馆: '天津-天津',
  南京大学图书馆: '江苏-南京',
  南京师范大学图书馆: '江苏-南京',
  西北工业大学图书馆: '陕西-西安',
  河南科技大学图书馆: '河南-洛阳',
  华北理工大学图书馆: '河北-唐山',
  华东理工大学图书馆: '上海-上海',
};

const regions = [
  '北京-北京', '天津-天津', '上海-上海', '重庆-重庆', '河北-石家庄', '山西-太原', '辽宁-沈阳', '辽宁-大连',
  '吉林-长春', '黑龙江-哈尔滨', '江苏-南京', '江苏-苏州', '浙江-杭州', '安徽-合肥', '福建-福州', '江西-南昌',
  '山东-济南', '山东-青岛', '河南-郑州', '湖北-武汉', '湖南-长沙', '广东-广州', '广西-南宁', '海南-海口',
  '四川-成都', '贵州-贵阳', '云南-昆明', '陕西-西安', '甘肃-兰州', '内蒙古-呼和浩特', '新疆-乌鲁木齐', '宁夏-银川',
];

/** Ranges that are never a real respondent's address: RFC 5737 documentation ranges and 10/8. */
const ipPrefixes = ['192.0.2', '198.51.100', '203.0.113', '10.23.8', '10.116.40'];

export function placeholderLibrary(serial: number): string {
  return `样本高校图书馆（编号${String(serial).padStart(3, '0')}）`;
}

export function fakeName(serial: number): string {
  return `测试填写人${String(serial).padStart(3, '0')}`;
}

export function fakePhone(serial: number): string {
  return `1380000${String(serial).padStart(4, '0')}`;
}

export function fakeIp(rng: Rng, region: string | undefined): string {
  return `${rng.pick(ipPrefixes)}.${rng.int(1, 254)}(${region ?? rng.pick(regions)})`;
}

export function source(rng: Rng): { source: string; detail: string } {
  return rng.chance(0.7) ? { source: '微信', detail: 'N/A' } : { source: '链接', detail: '直接访问' };
}

/** `n` submission times in order, spread over 2023-04-10 … 2023-05-12, mostly in working hours. */
export function submissionTimes(rng: Rng, n: number): string[] {
  const start = Date.UTC(2023, 3, 10);
  const days = 33;
  const stamps: number[] = [];
  for (let i = 0; i < n; i++) {
    // Answers come in waves: more in the first days after each reminder.
    const day = Math.min(days - 1, Math.floor(days * rng.next() ** 1.6));
    const hour = rng.chance(0.85) ? rng.int(8, 17) : rng.pick([7, 18, 19, 20, 21, 22]);
    stamps.push(start + day * 86_400_000 + hour * 3_600_000 + rng.int(0, 3599) * 1000);
  }
  stamps.sort((a, b) => a - b);
  return stamps.map((t) => {
    const d = new Date(t);
    const pad = (v: number) => String(v).padStart(2, '0');
    return `${d.getUTCFullYear()}/${d.getUTCMonth() + 1}/${d.getUTCDate()} ${d.getUTCHours()}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  });
}

/** Time spent: a long questionnaire, so mostly 5–30 minutes, a few quick or very slow ones. */
export function timeSpent(rng: Rng): string {
  const seconds = Math.round(Math.exp(6.6 + 0.55 * rng.normal()));
  return `${Math.min(5400, Math.max(180, seconds))}秒`;
}

/** Write-ins per question for `其他` (and 题5 品牌类活动), generic and obviously examples. */
export const writeIns: Record<number, string[]> = {
  4: ['QQ群', '校园广播', '学院通知群', '新生入学手册'],
  5: ['考试周延时开放', '寒暑假阅读打卡', '科技活动周', '开放日'],
  6: ['留学生', '继续教育学生', '退休教职工'],
  9: ['学位论文提交服务', '24小时自助服务', '研讨间预约', '古籍阅览', '学科竞赛支持'],
  10: ['读者座谈会', '先在部分院系试点'],
  13: ['新馆员入职培训中讲解', '馆内刊物'],
  14: ['学生助理', '物业服务人员'],
  15: ['服务礼仪培训', '消防安全培训'],
  16: ['年度服务之星评选', '读者满意度测评结果通报'],
  18: ['志愿者管理办法', '空间预约管理规定', '读者违规处理办法'],
  19: ['QQ群', '在线咨询（智能客服）', '读者意见簿'],
  21: ['读者协会', '阅读推广人'],
  25: ['附属中小学师生', '社区居民'],
  26: ['古籍修复', '文创设计'],
  28: ['正在制定相关规划', '部分部门已开展', '在馆级规划中统筹考虑'],
  29: ['空间不足', '缺少专门岗位', '评价指标不明确'],
};

/** 题5 `品牌类活动` write-ins: the library's own brand events. */
export const brandEvents = [
  '读书节', '书香节', '图书馆文化月', '阅读马拉松', '真人图书馆', '经典诵读大赛', '悦读季', '图书馆开放日',
  '知识竞赛', '书签设计大赛', '学术文化节', '读书月', '好书推荐季', '21天阅读打卡',
];

/** Free-text answers (题7, 8, 11, 12, 17, 20, 27, 30): generic, marked as examples. */
export const freeTexts: Record<number, string[]> = {
  7: [
    '（示例）为本科新生开展入馆教育和图书馆导览。',
    '（示例）面向研究生开设文献检索与论文写作系列讲座。',
    '（示例）为新入职教师提供一对一的资源推介。',
    '（示例）学科馆员对接院系，提供定制化信息服务。',
  ],
  8: [
    '（示例）通过微信公众号定期推送服务指南。',
    '（示例）举办"图书馆开放日"活动, 邀请师生参观体验。',
    '（示例）在新生入学季发放图书馆使用手册。',
    '（示例）结合读书日开展系列宣传活动。',
  ],
  11: ['（示例）开设多类型学习空间，满足不同学习需求。', '（示例）延长开放时间，考试周通宵开放部分区域。', '（示例）提供馆际互借与文献传递服务。'],
  12: ['（示例）安静的个人学习空间仍显不足。', '（示例）部分学科的专业数据库需求尚未满足。', '（示例）用户希望获得更多科研数据分析方面的支持。'],
  17: ['（示例）定期开展服务案例分享会。', '（示例）将读者满意度纳入部门考核。', '（示例）组织一线馆员参加服务礼仪培训。'],
  20: ['（示例）建立读者意见48小时回复机制。', '（示例）制定突发事件应急预案并定期演练。\n（示例）设立读者服务值班制度。', '（示例）通过读者座谈会收集意见并公开回复。'],
  27: ['（示例）招募学生志愿者参与图书整理与活动策划。', '（示例）与学生社团合作开展阅读推广活动。', '（示例）邀请学生代表参与空间改造方案讨论。'],
  30: ['（示例）希望加强馆际交流，分享用户关系管理经验。', '（示例）建议出台相关工作指南。', '（示例）希望提供用户满意度测评工具。'],
};

export const uploadNames = ['案例材料-示例.pdf', '用户参与案例-示例.docx', '示例案例汇编.zip', '案例材料-示例(1).pdf', '服务案例-示例.pptx'];

/** A head count as typed: mostly plain integers, `messy` decides a human variant. */
export function typedCount(value: number, messy: 'plain' | 'about' | 'unit' | 'range'): string {
  switch (messy) {
    case 'plain':
      return String(value);
    case 'about':
      return `约${value}`;
    case 'unit':
      return `${value}人`;
    case 'range': {
      const width = Math.max(2, Math.round(value * 0.2));
      return `${value - Math.floor(width / 2)}-${value + Math.ceil(width / 2)}`;
    }
  }
}

/** Roughly log-normal head counts, rounded as people round them. */
export function headCount(rng: Rng, median: number, spread: number, min: number, max: number): number {
  const raw = Math.exp(Math.log(median) + spread * rng.normal());
  const v = Math.min(max, Math.max(min, raw));
  if (v >= 100) return Math.round(v / 10) * 10;
  if (v >= 30) return Math.round(v / 5) * 5;
  return Math.round(v);
}
