// СНИЛС: 11 digits, the last two a check number over the first nine (Пенсионный фонд РФ; numbers
// up to 001-001-998 were issued before the check number and carry none).

/** The 11 digits of a SNILS as typed («123-456-789 64», «12345678964»), or null when it has not 11 digits. */
export function snilsDigits(value: string): string | null {
  const digits = value.replace(/[\s-]/g, '');
  return /^\d{11}$/.test(digits) ? digits : null;
}

/** The check number of the first nine digits: Σ digit × (9 − position), then mod 101, with 100 as 00. */
export function snilsCheck(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(nine[i]) * (9 - i);
  if (sum < 100) return sum;
  const rest = sum % 101;
  return rest === 100 ? 0 : rest;
}

/** Whether 11 digits are a SNILS whose check number adds up. */
export function snilsValid(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  if (Number(digits.slice(0, 9)) <= 1001998) return true;
  return snilsCheck(digits.slice(0, 9)) === Number(digits.slice(9));
}

/** `123-456-789 64`: the form the registry stores and shows. */
export const formatSnils = (digits: string) => `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${digits.slice(9)}`;
