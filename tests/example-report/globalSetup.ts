/**
 * Builds the example reports from their folders alone (REPORT_ROOT), once per run;
 * and tries a copy whose extra chapter asks for what its questionnaire lacks.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildSite, buildSiteOrThrow } from '../helpers/buildSite.ts';
import { exampleDist, exampleRoot, noRoleBuild, noRoleChapter, noRoleRoot } from './example.ts';
import { falseClaimBuild, falseClaimRoot, readerDist, readerRoot } from './readerSurvey.ts';

export default function setup() {
  buildSiteOrThrow('example report', { REPORT_ROOT: exampleRoot, REPORT_DIST: exampleDist });
  buildSiteOrThrow('reader-survey example', { REPORT_ROOT: readerRoot, REPORT_DIST: readerDist });
  rmSync(falseClaimRoot, { recursive: true, force: true });
  cpSync(readerRoot, falseClaimRoot, { recursive: true });
  const satisfaction = resolve(falseClaimRoot, 'content/chapters/01-satisfaction.mdx');
  writeFileSync(satisfaction, readFileSync(satisfaction, 'utf8').replace('row="服务态度" atLeast={60}', 'row="服务态度" atLeast={90}'));
  writeFileSync(falseClaimBuild, JSON.stringify(buildSite({ REPORT_ROOT: falseClaimRoot, REPORT_DIST: resolve(falseClaimRoot, 'dist') }, ['--strict'])));
  rmSync(noRoleRoot, { recursive: true, force: true });
  cpSync(exampleRoot, noRoleRoot, { recursive: true });
  const chapter = ['---', 'title: 名单', 'order: 99', 'description: 含一个本问卷无法支持的组件', '---', '', '稳定运营的书房有：<LibrariesAtStage option="稳定运营" />。', ''];
  writeFileSync(resolve(noRoleRoot, noRoleChapter), chapter.join('\n'));
  mkdirSync(dirname(noRoleBuild), { recursive: true });
  writeFileSync(noRoleBuild, JSON.stringify(buildSite({ REPORT_ROOT: noRoleRoot, REPORT_DIST: resolve(noRoleRoot, 'dist') })));
}
