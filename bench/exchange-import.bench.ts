// Import of the exchange package into an empty database, against reading and parsing the same file.
import fs from 'node:fs';
import { importPackage } from '../src/server/modules/exchange/exchange.import.js';
import { type Measurement, timed } from './measure.js';

export const exchangeImport: Measurement = {
  name: 'Импорт пакета обмена',
  note: 'Импорт пакета обмена: базовое = чтение файла и JSON.parse; наше = то же плюс importPackage в пустую базу.',
  async run(ctx) {
    const parse = () => JSON.parse(fs.readFileSync(ctx.packageFile, 'utf8')) as unknown;
    parse(); // warm-up: the first parse in a fresh process also pays for compilation
    const bare = await timed(parse);
    const database = await ctx.freshDatabase();
    const ours = await timed(() => importPackage(database.db, parse(), null));
    return { ours, bare };
  },
};
