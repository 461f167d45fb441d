/** Summary of a V8 .cpuprofile (node --cpu-prof): self time by package and the top functions. */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuSummary {
  file: string;
  totalSamples: number;
  byPackage: { name: string; share: number }[];
  topFunctions: { name: string; share: number }[];
}

function packageOf(url: string): string {
  if (!url) return '(native / V8)';
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1]!;
  if (url.startsWith('node:')) return 'node core';
  const src = /\/(src|bench)\/(.+)$/.exec(url);
  return src ? `${src[1]}/${src[2]!.split('/').slice(0, src[1] === 'src' ? 2 : 1).join('/')}` : url;
}

export function summarizeCpuProfile(file: string, top = 15): CpuSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[] };
  let total = 0;
  const pkgs = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const n of profile.nodes) {
    const hits = n.hitCount ?? 0;
    if (!hits) continue;
    total += hits;
    const name = n.callFrame.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)' || name === '(garbage collector)') {
      pkgs.set(name, (pkgs.get(name) ?? 0) + hits);
      fns.set(name, (fns.get(name) ?? 0) + hits);
      continue;
    }
    const pkg = packageOf(n.callFrame.url);
    pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + hits);
    const where = n.callFrame.url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/');
    const fn = `${name} (${where}:${n.callFrame.lineNumber + 1})`;
    fns.set(fn, (fns.get(fn) ?? 0) + hits);
  }
  const sorted = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, hits]) => ({ name, share: total ? hits / total : 0 }));
  return { file, totalSamples: total, byPackage: sorted(pkgs), topFunctions: sorted(fns) };
}
