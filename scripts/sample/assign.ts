/**
 * Who chose what: hands every option of every choice question to exactly as
 * many libraries as the target marginals say, then tunes the libraries'
 * composite indices with marginal-preserving swaps until the correlations,
 * the stage-4 comparison and the 题4/题9 thresholds hold.
 *
 * 1. Each library gets a latent "maturity"; the twelve most mature are at
 *    stage 4 (已形成系统规划并全面开展工作), the least mature at 尚未考虑/计划开展,
 *    and exclusive "none" options go to the least mature of the others.
 * 2. Each option is handed to the libraries with the highest noisy score for
 *    the option's index, so indices are positively correlated from the start.
 *    题9 is built in two tiers (why: docs/data-contract.md, 附录): a top tier of 62
 *    libraries holds every option that 62 or more libraries chose plus at
 *    least one rarer one (≥ 20 services), the rest share what is left.
 * 3. A seeded search moves one option from one library to another (which
 *    keeps every marginal) while that does not make the objective worse:
 *    squared distance of the three correlations from their targets, plus
 *    penalties for breaking a threshold or the stage-4 comparison.
 * 4. Finally, swaps of two options between two libraries in the same question
 *    (which keep every library's count, hence every index) mix which options
 *    go together, so the file does not look sorted.
 */
import { choiceQuestion, type Questionnaire } from '../../src/survey/questionnaire.ts';
import type { Rng } from './prng.ts';

export interface Targets {
  /** Target correlations, as [benefit–trust, benefit–participation, trust–participation]. */
  correlations: [number, number, number];
  /** 题28 option position of the stage the report names libraries at. */
  namedStage: number;
  /** Thresholds: at least `rows` libraries select at least `atLeast` options of `question`. */
  thresholds: { question: number; atLeast: number; rows: number }[];
  /** Mean index of the named stage minus the rest's must be at least this, for each index. */
  stageMargin: number;
  /** Stop tuning when every correlation is this close to its target. */
  tolerance: number;
  /** Fewest options a library answering a question selects (default 1: the question is required). */
  floors: Record<number, number>;
}

export interface Assignment {
  /** 题28 option position per library. */
  stage: number[];
  /** Per choice question (not 28): per library, the chosen option positions in questionnaire order; [] when skipped. */
  choices: Map<number, number[][]>;
  /** How many single moves the search accepted. */
  movesAccepted: number;
}

const INDEX_IDS = ['benefit', 'trust', 'participation'];
const PAIRS: [number, number][] = [
  [0, 1],
  [0, 2],
  [1, 2],
];

interface QState {
  q: number;
  /** Index position (0–2), or -1 for a question outside the indices. */
  k: number;
  nOpt: number;
  exclusive: number;
  /** Per library, per option: chosen. */
  sel: Uint8Array[];
  /** Per library: options chosen (exclusive counts 0 here; an exclusive row is frozen). */
  count: number[];
  /** Per library: may receive options (shown and not answered with the exclusive option). */
  open: boolean[];
  /** Fewest options an open library keeps. */
  floor: number;
  /** 题9's tier: a library at this count is not a donor (it would fall below the threshold). */
  keep?: number;
}

export function assign(rng: Rng, questionnaire: Questionnaire, counts: Map<number, number[]>, targets: Targets): Assignment {
  const stageCounts = counts.get(28)!;
  const n = stageCounts.reduce((a, b) => a + b, 0);
  const rows = [...Array(n).keys()];

  // 1. Latent maturity, stages.
  const maturity = rows.map(() => rng.normal());
  const stageKey = rows.map((i) => maturity[i]! + 0.35 * rng.normal());
  const byMaturity = rows.slice().sort((a, b) => stageKey[b]! - stageKey[a]!);
  const stage = new Array<number>(n).fill(-1);
  const take = (list: number[], stageOption: number, howMany: number) => {
    for (const i of list.filter((r) => stage[r] === -1).slice(0, howMany)) stage[i] = stageOption;
  };
  take(byMaturity, targets.namedStage, stageCounts[targets.namedStage]!);
  const low = byMaturity.slice().reverse();
  take(low, 0, stageCounts[0]!);
  take(low, 1, stageCounts[1]!);
  // 其他 stages: libraries from the lower-middle, the rest at 已开展部分工作.
  const middle = rng.shuffle(low.slice(stageCounts[0]! + stageCounts[1]!, Math.floor(n / 2)));
  take(middle, 4, stageCounts[4]!);
  take(rows, 2, stageCounts[2]!);
  if (stage.some((s) => s === -1)) throw new Error('stage counts do not cover every library');

  // Noisy per-index scores.
  const score = INDEX_IDS.map(() => rows.map((i) => 0.85 * maturity[i]! + 0.55 * rng.normal()));

  // 2. Initial hand-out.
  const states = new Map<number, QState>();
  const multiple = questionnaire.questions.filter((q) => q.type === 'multiple');
  for (const question of multiple) {
    const q = question.number;
    const options = choiceQuestion(questionnaire, q).options;
    const k = question.index ? INDEX_IDS.indexOf(question.index) : -1;
    const s = k >= 0 ? score[k]! : rows.map(() => rng.normal());
    const target = counts.get(q)!;
    const st: QState = {
      q,
      k,
      nOpt: options.length,
      exclusive: options.findIndex((o) => o.exclusive),
      sel: rows.map(() => new Uint8Array(options.length)),
      count: new Array<number>(n).fill(0),
      open: new Array<boolean>(n).fill(true),
      floor: targets.floors[q] ?? 1,
    };
    // Skip logic: 题15 is shown only where 题14 is not the exclusive option.
    if (question.shownIf) {
      const parent = states.get(question.shownIf.question);
      if (!parent) throw new Error(`题${q} depends on 题${question.shownIf.question}, which comes later`);
      const opt = choiceQuestion(questionnaire, question.shownIf.question).options.findIndex((o) => o.text === (question.shownIf!.includes ?? question.shownIf!.excludes));
      for (const i of rows) st.open[i] = question.shownIf.excludes !== undefined ? parent.sel[i]![opt] === 0 : parent.sel[i]![opt] === 1;
    }
    // Exclusive "none": the least mature libraries not at the named stage.
    if (st.exclusive >= 0) {
      const candidates = rows.filter((i) => st.open[i] && stage[i] !== targets.namedStage).sort((a, b) => s[a]! - s[b]!);
      for (const i of candidates.slice(0, target[st.exclusive]!)) {
        st.sel[i]![st.exclusive] = 1;
        st.open[i] = false;
      }
    }
    const eligible = rows.filter((i) => st.open[i]);
    const give = (o: number, among: number[], howMany: number, noise: number) => {
      const keyed = among.filter((i) => st.sel[i]![o] === 0).map((i) => ({ i, key: s[i]! + noise * rng.normal() }));
      keyed.sort((a, b) => b.key - a.key);
      if (keyed.length < howMany) throw new Error(`题${q}: cannot give option ${o} to ${howMany} libraries`);
      for (const { i } of keyed.slice(0, howMany)) {
        st.sel[i]![o] = 1;
        st.count[i]!++;
      }
    };
    const optionOrder = options.map((_, o) => o).filter((o) => o !== st.exclusive);
    const tier = q === 9 ? targets.thresholds.find((t) => t.question === 9) : undefined;
    if (tier) {
      // 题9 in two tiers: the top `tier.rows` by score hold every option that at least that many chose.
      const top = eligible.slice().sort((a, b) => s[b]! - s[a]!).slice(0, tier.rows);
      const topSet = new Set(top);
      const rest = eligible.filter((i) => !topSet.has(i));
      const big = optionOrder.filter((o) => target[o]! >= tier.rows);
      const small = optionOrder.filter((o) => target[o]! < tier.rows).sort((a, b) => target[b]! - target[a]!);
      for (const o of big) {
        for (const i of top) {
          st.sel[i]![o] = 1;
          st.count[i]!++;
        }
        give(o, rest, target[o]! - tier.rows, 0.8);
      }
      let needers = top.filter((i) => st.count[i]! < tier.atLeast);
      for (const o of small) {
        const forNeeders = Math.min(target[o]!, needers.length);
        give(o, needers, forNeeders, 0.8);
        needers = needers.filter((i) => st.count[i]! < tier.atLeast);
        give(o, eligible, target[o]! - forNeeders, 0.8);
      }
      if (needers.length > 0) throw new Error('题9: the top tier cannot reach the threshold');
    } else {
      for (const o of optionOrder) give(o, eligible, target[o]!, 0.9);
    }
    // Required, and not implausibly few: lift every open library to the question's floor.
    if (tier) st.keep = tier.atLeast;
    for (const i of eligible) {
      while (st.count[i]! < st.floor) {
        const donors = rng.shuffle(eligible.filter((j) => st.count[j]! > st.floor && st.count[j] !== st.keep));
        const move = donors.flatMap((j) => optionOrder.filter((o) => st.sel[j]![o] === 1 && st.sel[i]![o] === 0).map((o) => ({ j, o })))[0];
        if (!move) throw new Error(`题${q}: library ${i} cannot reach ${st.floor} options`);
        st.sel[move.j]![move.o] = 0;
        st.count[move.j]!--;
        st.sel[i]![move.o] = 1;
        st.count[i]!++;
      }
    }
    states.set(q, st);
  }

  // 3. Tune.
  const movesAccepted = tune(rng, states, stage, n, targets);

  // 4. Mix.
  for (const st of states.values()) mix(rng, st, rows, 40 * st.nOpt);

  const choices = new Map<number, number[][]>();
  for (const st of states.values()) {
    choices.set(
      st.q,
      st.sel.map((flags) => [...flags].flatMap((f, o) => (f ? [o] : []))),
    );
  }
  return { stage, choices, movesAccepted };
}

/** Per library, the three indices, from the current state. */
function indices(states: Map<number, QState>, n: number): number[][] {
  const x = INDEX_IDS.map(() => new Array<number>(n).fill(0));
  for (const st of states.values()) if (st.k >= 0) for (let i = 0; i < n; i++) x[st.k]![i]! += st.count[i]!;
  return x;
}

/** Pearson's r for every pair, from running sums. */
function correlations(n: number, s: number[], q: number[], p: number[][]): number[] {
  return PAIRS.map(([a, b]) => (n * p[a]![b]! - s[a]! * s[b]!) / Math.sqrt((n * q[a]! - s[a]! ** 2) * (n * q[b]! - s[b]! ** 2)));
}

function tune(rng: Rng, states: Map<number, QState>, stage: number[], n: number, targets: Targets): number {
  const x = indices(states, n);
  const s = x.map((col) => col.reduce((a, b) => a + b, 0));
  const sq = x.map((col) => col.reduce((a, b) => a + b * b, 0));
  const p = x.map((a) => x.map((b) => a.reduce((acc, v, i) => acc + v * b[i]!, 0)));
  const named = stage.map((st) => st === targets.namedStage);
  const nNamed = named.filter(Boolean).length;
  const g = x.map((col) => col.reduce((acc, v, i) => acc + (named[i] ? v : 0), 0));
  const thresholdStates = targets.thresholds.map((t) => ({ t, st: states.get(t.question)! }));
  const above = thresholdStates.map(({ t, st }) => st.count.filter((c) => c >= t.atLeast).length);

  const objective = (qv: number[], pv: number[][], gv: number[], abv: number[]): number => {
    const r = correlations(n, s, qv, pv);
    let e = 0;
    r.forEach((v, j) => (e += (v - targets.correlations[j]!) ** 2));
    abv.forEach((c, j) => (e += 10 * Math.max(0, thresholdStates[j]!.t.rows - c)));
    gv.forEach((gk, k) => (e += 10 * Math.max(0, targets.stageMargin - (gk / nNamed - (s[k]! - gk) / (n - nNamed)))));
    return e;
  };
  const done = (): boolean => {
    const r = correlations(n, s, sq, p);
    return (
      r.every((v, j) => Math.abs(v - targets.correlations[j]!) < targets.tolerance) &&
      above.every((c, j) => c >= thresholdStates[j]!.t.rows) &&
      g.every((gk, k) => gk / nNamed - (s[k]! - gk) / (n - nNamed) >= targets.stageMargin)
    );
  };

  const movable = [...states.values()].filter((st) => st.k >= 0);
  let current = objective(sq, p, g, above);
  let accepted = 0;
  for (let iter = 0; iter < 2_000_000 && !done(); iter++) {
    const st = rng.pick(movable);
    const o = rng.int(0, st.nOpt - 1);
    if (o === st.exclusive) continue;
    const a = rng.int(0, n - 1);
    const b = rng.int(0, n - 1);
    if (st.sel[a]![o] !== 1 || st.count[a]! <= st.floor || st.sel[b]![o] !== 0 || !st.open[b]) continue;
    const k = st.k;
    const xa = x[k]![a]!;
    const xb = x[k]![b]!;
    const sq2 = sq.slice();
    sq2[k] = sq[k]! - 2 * xa + 1 + 2 * xb + 1;
    const p2 = p.map((row) => row.slice());
    for (let l = 0; l < 3; l++) {
      if (l === k) p2[k]![k] = sq2[k]!;
      else {
        const d = x[l]![b]! - x[l]![a]!;
        p2[k]![l]! += d;
        p2[l]![k]! += d;
      }
    }
    const g2 = g.slice();
    if (named[a]) g2[k]!--;
    if (named[b]) g2[k]!++;
    const above2 = above.slice();
    thresholdStates.forEach(({ t, st: ts }, j) => {
      if (ts !== st) return;
      if (st.count[a] === t.atLeast) above2[j]!--;
      if (st.count[b] === t.atLeast - 1) above2[j]!++;
    });
    const next = objective(sq2, p2, g2, above2);
    if (next > current) continue;
    st.sel[a]![o] = 0;
    st.sel[b]![o] = 1;
    st.count[a]!--;
    st.count[b]!++;
    x[k]![a]!--;
    x[k]![b]!++;
    sq.splice(0, 3, ...sq2);
    p.splice(0, 3, ...p2);
    g.splice(0, 3, ...g2);
    above.splice(0, above.length, ...above2);
    current = next;
    accepted++;
  }
  if (!done()) throw new Error('the sample could not be tuned to the targets');
  return accepted;
}

/** Swap two options between two libraries of one question: every library keeps its count. */
function mix(rng: Rng, st: QState, rows: number[], times: number): void {
  for (let t = 0; t < times; t++) {
    const a = rng.pick(rows);
    const b = rng.pick(rows);
    const o = rng.int(0, st.nOpt - 1);
    const p = rng.int(0, st.nOpt - 1);
    if (a === b || o === p || o === st.exclusive || p === st.exclusive) continue;
    if (!st.open[a] || !st.open[b]) continue;
    if (st.sel[a]![o] !== 1 || st.sel[a]![p] !== 0 || st.sel[b]![p] !== 1 || st.sel[b]![o] !== 0) continue;
    st.sel[a]![o] = 0;
    st.sel[a]![p] = 1;
    st.sel[b]![p] = 0;
    st.sel[b]![o] = 1;
  }
}
