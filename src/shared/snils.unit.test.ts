import { describe, expect, it } from 'vitest';
import { formatSnils, snilsCheck, snilsDigits, snilsValid } from './snils.js';

describe('контрольное число СНИЛС', () => {
  it.each([
    ['112233445', 95], // Σ = 95 < 100: the sum itself
    ['011111111', 36],
    ['123456789', 64], // Σ = 165 → 165 mod 101
    ['987654321', 83], // Σ = 285 → 285 mod 101
    ['155555555', 88], // Σ = 189 → 189 mod 101
    ['900000172', 0], // Σ = 100 → 00
    ['900000173', 0], // Σ = 101 → 00
  ])('%s → %i', (nine, check) => {
    expect(snilsCheck(nine)).toBe(check);
  });

  it.each([
    ['112-233-445 95', true],
    ['112-233-445 96', false],
    ['123-456-789 64', true],
    ['123-456-789 01', false],
    ['987-654-321 83', true],
    ['900-000-172 00', true],
    ['900-000-172 100', false], // twelve digits
    ['001-001-998 77', true], // up to 001-001-998 numbers were issued without a check number
    ['001-001-999 00', false], // Σ = 65
    ['001-001-999 65', true],
  ])('%s действителен: %s', (value, valid) => {
    const digits = snilsDigits(value);
    expect(digits !== null && snilsValid(digits)).toBe(valid);
  });

  it('читает цифры с пробелами и дефисами и пишет в виде 123-456-789 64', () => {
    expect(snilsDigits(' 123 456 789 64 ')).toBe('12345678964');
    expect(snilsDigits('123-456-789-64')).toBe('12345678964');
    expect(snilsDigits('123-456-789 6')).toBeNull();
    expect(formatSnils('12345678964')).toBe('123-456-789 64');
  });
});
