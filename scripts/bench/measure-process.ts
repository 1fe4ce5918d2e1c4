/**
 * Measuring a whole process the way the benchmarks compare tools: wall time, CPU time (user + sys of all
 * its threads, from /proc/<pid>/stat) and peak RSS (VmHWM from /proc/<pid>/status), sampled every 20 ms
 * until it exits (so up to ~20 ms short).
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const CLOCK_TICKS = 100; // USER_HZ on Linux

export interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  stdout: string;
}

/** utime + stime of a process (all threads), in seconds. */
function cpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

function vmHwmKiB(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Run a process to completion; wall time, CPU time and the highest VmHWM seen. */
export function measure(command: string, args: string[], cwd: string): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => {
      const hwm = child.pid === undefined ? undefined : vmHwmKiB(child.pid);
      if (hwm !== undefined) peak = Math.max(peak, hwm);
      const used = child.pid === undefined ? undefined : cpuSeconds(child.pid);
      if (used !== undefined) cpu = Math.max(cpu, used);
    }, 20);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr.slice(-2000)}`));
      else resolve({ seconds, cpuSeconds: cpu, peakMiB: peak / 1024, stdout });
    });
  });
}
