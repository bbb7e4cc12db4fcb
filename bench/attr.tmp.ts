import { readFileSync } from 'node:fs';
import { decodeMappings } from './source-map';
const file = process.argv[2]!;
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const code = readFileSync(file, 'utf8').split('\n');
const lines = decodeMappings(map.mappings);
const bytes = new Map<string, number>();
lines.forEach((segs, li) => {
  const n = segs.length / 5;
  for (let k = 0; k < n; k++) {
    const col = segs[k * 5]!; const src = segs[k * 5 + 1]!;
    const next = k + 1 < n ? segs[(k + 1) * 5]! : code[li]!.length;
    if (src < 0) continue;
    const name = map.sources[src].replace(/^(\.\.\/)+/, '').replace(/node_modules\/((@[^/]+\/)?[^/]+).*/, 'pkg:$1');
    bytes.set(name, (bytes.get(name) ?? 0) + (next - col));
  }
});
const byGroup = new Map<string, number>();
for (const [k, v] of bytes) { const g = k.includes('pkg:') ? k : k.split('/').slice(2, 5).join('/'); byGroup.set(g, (byGroup.get(g) ?? 0) + v); }
for (const [k, v] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(Math.round(v / 1024), 'KB', k);
