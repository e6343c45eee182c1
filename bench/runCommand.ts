/** A command of the project run as a maintainer runs it, in a fresh process, timed by the wall clock. */
import { spawn } from 'node:child_process';

export interface CommandRun {
  ms: number;
  stdout: string;
}

/**
 * Runs `node <args>` (the Node running the bench: 24) in `cwd` with `env`
 * added, and resolves with its wall time and output; rejects, with the end
 * of its output, when it exits non-zero.
 */
export function timeNode(args: readonly string[], env: Record<string, string> = {}, cwd = process.cwd()): Promise<CommandRun> {
  return new Promise((ok, fail) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      if (code === 0) ok({ ms, stdout });
      else fail(new Error(`node ${args.join(' ')} exited ${code}:\n${(stdout + stderr).split('\n').slice(-15).join('\n')}`));
    });
  });
}
