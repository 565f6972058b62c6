// The one theme of the app. Mantine's defaults put text below the WCAG 2.1 AA minimum of 4.5:1
// (indigo-6 #4c6ef5 is 4.3:1 on white, dimmed gray-6 #868e96 3.3:1, error red-6 3.3:1, a teal
// «light» badge 4.3:1), so the theme takes darker colours once here instead of page by page;
// theme.unit.test.ts checks every pair with the WCAG formula.
import {
  CloseButton,
  createTheme,
  darken,
  DEFAULT_THEME,
  luminance,
  mergeMantineTheme,
  Pagination,
  ScrollArea,
  TableScrollContainer,
  PasswordInput,
  toRgba,
  type MantineColorsTuple,
  type CSSVariablesResolver,
} from '@mantine/core';

/** Shade of the palette used for filled buttons, links and outlines (Mantine's default is 6). */
export const primaryShade = 8;

const white = '#ffffff';
/** The lightest grays: paper and stripes (0), a hovered table row or menu item (1). */
const [gray0, gray1] = DEFAULT_THEME.colors.gray;
/** Aim a little above 4.5:1 so rounding in the browser never tips a pair under it. */
const target = 4.6;

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour itself, or darkened in small steps until it reads at the target on every background. */
function readable(color: string, backgrounds: string[]): string {
  let result = color;
  for (let amount = 0.04; backgrounds.some((b) => contrast(result, b) < target) && amount < 1; amount += 0.04)
    result = darken(color, amount);
  const { r, g, b } = toRgba(result);
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Shades 7–9 are what pages write text in (`c="teal.8"`, a trend, a deviation): each palette
 * keeps its light shades and gets those three darkened just enough to read on white and grays.
 */
const colors = Object.fromEntries(
  Object.entries(DEFAULT_THEME.colors).map(([name, shades]) => [
    name,
    shades.map((shade, index) => (index >= 7 ? readable(shade, [white, gray0!, gray1!]) : shade)) as unknown as MantineColorsTuple,
  ]),
);

const paginationLabels = {
  first: 'Первая страница',
  previous: 'Предыдущая страница',
  next: 'Следующая страница',
  last: 'Последняя страница',
};

// CloseButton's props type leaves out the attributes it passes on to its button.
const closeLabel: Record<string, string> = { 'aria-label': 'Закрыть' };

export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: primaryShade, dark: primaryShade },
  colors,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif',
  // Mantine's icon buttons are nameless or named in English; screen readers read these instead.
  components: {
    CloseButton: CloseButton.extend({ defaultProps: closeLabel }),
    PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': 'Показать пароль' } } }),
    Pagination: Pagination.extend({ defaultProps: { getControlProps: (control) => ({ 'aria-label': paginationLabels[control] }) } }),
    // A region that scrolls must be reachable from the keyboard (WCAG 2.1.1): its viewport takes focus.
    ScrollArea: ScrollArea.extend({ defaultProps: { viewportProps: { tabIndex: 0 } } }),
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { tabIndex: 0 } as Record<string, unknown> }),
  },
});

/** Light-scheme colours of a palette, as Mantine's variables name them. */
function paletteVariables(name: string, shades: readonly string[]): Record<string, string> {
  const text = readable(shades[primaryShade]!, [white, gray0!, gray1!]);
  const filled = readable(shades[primaryShade]!, [white]);
  return {
    [`--mantine-color-${name}-text`]: text,
    [`--mantine-color-${name}-filled`]: filled,
    [`--mantine-color-${name}-filled-hover`]: darken(filled, 0.1),
    [`--mantine-color-${name}-light-color`]: readable(shades[9]!, [shades[1]!, shades[2]!]),
    [`--mantine-color-${name}-outline`]: text,
  };
}

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const palettes = Object.fromEntries(Object.entries(full.colors).map(([name, shades]) => [name, paletteVariables(name, shades)]));

/** The light backgrounds pages tint a cell or a badge with: shades 0 and 1 of the light-scheme palettes. */
const tints = Object.entries(full.colors)
  .filter(([name]) => name !== 'dark')
  .flatMap(([, shades]) => [shades[0]!, shades[1]!]);

/** Colours Mantine takes from CSS variables rather than from the theme object. */
export const textColors = {
  // Dimmed notes also sit in tinted cells (a value below its threshold on red-1) and light badges.
  dimmed: readable(full.colors.gray[6]!, [white, gray0!, gray1!, ...tints]),
  error: readable(full.colors.red[8]!, [white, gray0!, gray1!]),
  anchor: palettes[full.primaryColor]![`--mantine-color-${full.primaryColor}-text`]!,
};

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    ...Object.assign({}, ...Object.values(palettes)),
    '--mantine-color-dimmed': textColors.dimmed,
    '--mantine-color-error': textColors.error,
    '--mantine-color-anchor': textColors.anchor,
  },
  dark: {},
});
