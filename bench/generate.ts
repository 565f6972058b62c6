// `tsx bench/generate.ts`: writes the benchmark package to bench/out/ (region-large.json at full size).
import fs from 'node:fs';
import { benchOptions, ensurePackage, packagePath } from './package-file.js';

const options = benchOptions();
fs.rmSync(packagePath(options), { force: true });
ensurePackage(options);
