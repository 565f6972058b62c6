import { DEFAULT_THEME, defaultCssVariablesResolver, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { cssVariablesResolver, theme } from './theme.js';

// WCAG 2.1 relative luminance and contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio),
// written out here so the test does not trust the theme's own arithmetic.
function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const fn = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*1)?\)$/.exec(color);
  if (fn) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  throw new Error(`not an opaque colour: ${color}`);
}
function relativeLuminance(color: string): number {
  const [r, g, b] = rgb(color).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function ratio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// What the browser gets: Mantine's own variables with ours over them, `var(--…)` followed to a colour.
const full = mergeMantineTheme(DEFAULT_THEME, theme);
const base = defaultCssVariablesResolver(full);
const ours = cssVariablesResolver(full);
const variables: Record<string, string> = { ...base.variables, ...base.light, ...ours.variables, ...ours.light };
function resolve(value: string): string {
  const reference = /^var\((--[\w-]+)\)$/.exec(value.trim());
  if (!reference) return value;
  const next = variables[reference[1]!];
  if (next === undefined) throw new Error(`no variable ${reference[1]}`);
  return resolve(next);
}
const color = (name: string) => resolve(`var(--mantine-color-${name})`);

const white = '#ffffff';
const gray0 = '#f8f9fa';
/** A hovered table row. */
const gray1 = '#f1f3f5';
const palettes = Object.keys(full.colors);

describe('theme contrast (WCAG 2.1 AA, 4.5:1 for text)', () => {
  it('the issue-7 findings: primary was 4.1–4.3:1 and dimmed 3.2–3.3:1 with Mantine defaults', () => {
    expect(ratio('#4c6ef5', white)).toBeLessThan(4.5);
    expect(ratio('#868e96', gray0)).toBeLessThan(4.5);
  });

  it.each([
    ['primary text and links', 'anchor'],
    ['primary palette text', `${full.primaryColor}-text`],
    ['dimmed text', 'dimmed'],
    ['error messages', 'error'],
  ])('%s reach 4.5:1 on white, #f8f9fa and #f1f3f5', (_what, name) => {
    for (const background of [white, gray0, gray1]) expect(ratio(color(name), background)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(palettes.filter((name) => name !== 'dark'))('dimmed text reaches 4.5:1 on the light tints of %s (shades 0 and 1)', (name) => {
    for (const shade of [0, 1]) expect(ratio(color('dimmed'), color(`${name}-${shade}`))).toBeGreaterThanOrEqual(4.5);
  });

  it('the primary colour is darker than Mantine’s default shade', () => {
    expect(relativeLuminance(color('anchor'))).toBeLessThan(relativeLuminance('#4c6ef5'));
    expect(relativeLuminance(color('dimmed'))).toBeLessThan(relativeLuminance('#868e96'));
  });

  it.each(palettes)(
    'palette %s: text and outline on white and light grays, white on filled, light-variant text on its background reach 4.5:1',
    (name) => {
      for (const background of [white, gray0, gray1]) {
        expect(ratio(color(`${name}-text`), background)).toBeGreaterThanOrEqual(4.5);
        expect(ratio(color(`${name}-outline`), background)).toBeGreaterThanOrEqual(4.5);
      }
      expect(ratio(color(`${name}-filled`), white)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(color(`${name}-light-color`), color(`${name}-1`))).toBeGreaterThanOrEqual(4.5);
      expect(ratio(color(`${name}-light-color`), color(`${name}-2`))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(palettes)('palette %s: shades 7–9, which pages write text in (c="teal.8"), reach 4.5:1', (name) => {
    for (const shade of [7, 8, 9]) {
      for (const background of [white, gray0, gray1]) expect(ratio(color(`${name}-${shade}`), background)).toBeGreaterThanOrEqual(4.5);
    }
  });
});
