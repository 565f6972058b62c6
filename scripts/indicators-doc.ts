// `npm run docs:indicators`: writes docs/indicators.md from the indicator catalog and the profiles.
import fs from 'node:fs';
import { indicatorsDocPath, renderIndicatorsDoc } from '../src/server/modules/monitoring/indicators.doc.js';

fs.writeFileSync(indicatorsDocPath, await renderIndicatorsDoc());
console.log(`Записан ${indicatorsDocPath}`);
