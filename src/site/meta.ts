/** The report's own metadata (from its title page, not from the survey data). */
export const reportTitle = '高校图书馆用户关系管理指南针报告';
export const edition = '2023 版';
export const fullTitle = `${reportTitle}（${edition}）`;
export const authors = ['陈建龙', '周春霞', '党跃武', '王新才', '邵燕', '赵飞', '及桐'];
export const publisher = '教育部高等学校图书情报工作指导委员会 · 北京大学图书馆';
