import { describe, expect, it } from 'vitest';
import type { MonitoringScope } from '../../../shared/monitoring.js';
import { chooseScope } from './working-scope.js';

const region: MonitoringScope = { kind: 'region', code: 'R', name: 'Область' };
const first: MonitoringScope = { kind: 'municipality', code: 'M1', name: 'Первый район' };
const second: MonitoringScope = { kind: 'municipality', code: 'M2', name: 'Второй район' };

describe('текущая территория верхней панели', () => {
  it.each([
    ['из адреса', [region, first, second], 'M2', 'M1', second],
    ['запомненная, когда в адресе нет', [region, first, second], '', 'M1', first],
    ['запомненная вне прав пользователя не берётся', [first, second], '', 'R', first],
    ['чужой код в адресе — самая широкая из своих', [region, first], 'M9', undefined, region],
    ['нет ни одной территории', [], 'M1', 'M1', undefined],
  ] as const)('%s', (_name, scopes, fromAddress, last, expected) => {
    expect(chooseScope(scopes, fromAddress, last)).toEqual(expected);
  });
});
