// `npm run cli -- profile list` and `npm run cli -- profile apply CODE`.
import { indicatorCatalog } from '../../../shared/indicators.js';
import { kindRule, reportAcceptor } from '../../../shared/reporting-periods.js';
import type { CliCommand } from '../../cli-command.js';
import { listProfiles } from './profiles.files.js';
import { applyProfile } from './profiles.service.js';

const usage = 'profile list | profile apply CODE — профили эталонных служб: список и применение к региону';
const names = new Map<string, string>(indicatorCatalog.map((i) => [i.code, i.name]));

export const profileCommands: Record<string, CliCommand> = {
  profile: {
    usage,
    async run(database, args) {
      const [sub, ...rest] = args;
      if (sub === 'list' && !rest.length) {
        for (const p of await listProfiles()) console.log(`${p.code}\t${p.title} (${p.territory}, ${p.year})`);
        return 0;
      }
      if (sub === 'apply' && rest.length === 1) {
        const settings = await applyProfile(database.db, rest[0]!, null);
        console.log(`Профиль «${settings.profile}» применён к региону. Показатели:`);
        for (const code of settings.indicators) {
          const threshold = settings.thresholds[code];
          console.log(`  ${code} — ${names.get(code)}${threshold === undefined ? '' : ` (порог ${threshold})`}`);
        }
        console.log('Отчётные периоды:');
        for (const kind of settings.reportingPeriods) {
          console.log(`  ${kind.name}: ${kindRule(kind)}, принимает: ${reportAcceptor.labels[kind.acceptor].toLowerCase()}`);
        }
        return 0;
      }
      console.error(`Укажите команду: npm run cli -- ${usage}`);
      return 2;
    },
  },
};
