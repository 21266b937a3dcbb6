/**
 * The primary colour editors choose in the site settings. It is used for buttons (white text on
 * the colour) and links (the colour on white and on the light backgrounds the portal uses), so it
 * must reach WCAG 2.2 AA (4.5:1) against each of them. The CMS refuses a colour that does not (with
 * a message in Swedish), and the web ignores one that slipped through (e.g. an older database).
 * The WCAG formula is a few lines; a colour library for it would be the only ESM-only dependency
 * of this CommonJS package (docs/decisions/027-design-system.md).
 */

/** The portal's own colour (Tailwind teal-800): 7.6:1 on white. */
export const DEFAULT_BRAND_COLOUR = '#115e59';

/** White, the quiet grey (slate-50) and the help band's yellow (amber-50): what text sits on. */
export const BRAND_BACKGROUNDS = ['#ffffff', '#f8fafc', '#fffbeb'] as const;

export const MIN_CONTRAST = 4.5;

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

export type Rgb = readonly [number, number, number];

/** `#rrggbb` (any case) as numbers 0–255; anything else is null. */
export function parseHexColour(value: string): Rgb | null {
  const match = HEX.exec(value.trim());
  if (!match) return null;
  return [Number.parseInt(match[1]!, 16), Number.parseInt(match[2]!, 16), Number.parseInt(match[3]!, 16)];
}

/** WCAG 2.x relative luminance. */
export function relativeLuminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.x contrast ratio of two colours (1–21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The lowest contrast of the colour against the backgrounds text sits on. */
export function lowestBrandContrast(rgb: Rgb): number {
  return Math.min(...BRAND_BACKGROUNDS.map((background) => contrastRatio(rgb, parseHexColour(background)!)));
}

/** Why the colour cannot be used, in Swedish for the editor (English after), or null when it can. */
export function brandColourProblem(value: string): string | null {
  const rgb = parseHexColour(value);
  if (!rgb) {
    return `Huvudfärgen "${value}" är inte en färgkod. Skriv den som # och sex tecken 0–9 eller a–f, till exempel #115e59. (Use a hex colour such as #115e59.)`;
  }
  const ratio = lowestBrandContrast(rgb);
  if (ratio >= MIN_CONTRAST) return null;
  const shown = (Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',');
  return (
    `Huvudfärgen ${value.trim()} har för låg kontrast mot vitt (${shown}:1). Den måste vara minst 4,5:1 så att alla kan läsa ` +
    `texten på knappar och länkar. Välj en mörkare färg. (The colour needs a contrast of at least 4.5:1 against white.)`
  );
}

/** The colour as `#rrggbb` in lower case when it can be used; null (use the default) otherwise. */
export function usableBrandColour(value: string | null | undefined): string | null {
  if (!value || brandColourProblem(value) !== null) return null;
  return value.trim().toLowerCase();
}

/** A darker shade for hover (each channel times `factor`), as `#rrggbb`. */
export function darkerColour(value: string, factor = 0.8): string {
  const rgb = parseHexColour(value) ?? parseHexColour(DEFAULT_BRAND_COLOUR)!;
  return `#${rgb.map((c) => Math.round(c * factor).toString(16).padStart(2, '0')).join('')}`;
}
