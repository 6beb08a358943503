// Is the page under a highlight dark? The card takes the page's theme, so it reads as part of what the
// reader is looking at: a white card on a dark page glares, a dark one on a white page looks like an ad.
// The background is the first opaque one from the highlight up; with none, the page's text colour
// decides (light text means a dark page, whatever paints behind it); with no anchor, undefined, and the
// card follows prefers-color-scheme.
import { relativeLuminance } from '../../shared/colour.ts';

/** sRGB relative luminance (WCAG 2.x) of an `rgb()`/`rgba()` computed colour; undefined if transparent. */
export function luminanceOf(cssColour: string): number | undefined {
  const m = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(cssColour.trim());
  if (!m) return undefined;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return undefined;
  return relativeLuminance(parseFloat(m[1]!), parseFloat(m[2]!), parseFloat(m[3]!));
}

export function pageTheme(anchor: Element | null): 'light' | 'dark' | undefined {
  if (!anchor) return undefined;
  const view = anchor.ownerDocument.defaultView;
  if (!view) return undefined;
  for (let el: Element | null = anchor; el; el = el.parentElement) {
    const background = luminanceOf(view.getComputedStyle(el).backgroundColor);
    if (background !== undefined) return background < 0.2 ? 'dark' : 'light';
  }
  const text = luminanceOf(view.getComputedStyle(anchor).color);
  if (text !== undefined && text > 0.5) return 'dark';
  return 'light';
}
