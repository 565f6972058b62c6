// Installs what is missing before `npm start` / `npm test`, using only Node's own modules:
// dependencies when package-lock.json changed since the last install, the web build when its
// sources are newer than dist/web. Usage: node scripts/ensure.mjs [--web]
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
process.chdir(root);

const lock = fs.readFileSync('package-lock.json');
const stampFile = path.join('node_modules', '.metodset-installed');
const wanted = createHash('sha256').update(lock).digest('hex');
const installed = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
if (installed !== wanted) {
  console.log('Устанавливаю зависимости (npm ci)…');
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' });
  fs.writeFileSync(stampFile, wanted);
}

if (process.argv.includes('--web')) {
  const built = path.join('dist', 'web', 'index.html');
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const newest = Math.max(...['src/web', 'src/shared', 'index.html', 'vite.config.ts'].map(newestMtime));
  if (newest > builtAt) {
    console.log('Собираю веб-интерфейс (vite build)…');
    execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
  }
}

function newestMtime(entry) {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}
