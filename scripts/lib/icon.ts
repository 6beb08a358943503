// Draws the Recoupe icon: two overlapping rings (two sources cross-checking one claim) on a dark-blue tile.
import { encodePng } from './png.ts';

const TILE = [0x1f, 0x3a, 0x5f];
const RING_A = [0xff, 0xff, 0xff];
const RING_B = [0xf2, 0xb1, 0x34];

export function drawIcon(size: number): Buffer {
  const px = new Uint8Array(size * size * 4);
  const radius = size * 0.2; // tile corner radius
  const ring = size * 0.24;
  const width = Math.max(1.2, size * 0.085);
  const centres = [
    [size * 0.39, size * 0.5],
    [size * 0.61, size * 0.5],
  ] as const;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const cx = x + 0.5;
      const cy = y + 0.5;
      // Rounded-square coverage with a one-pixel soft edge.
      const dx = Math.max(radius - cx, cx - (size - radius), 0);
      const dy = Math.max(radius - cy, cy - (size - radius), 0);
      const tileAlpha = Math.min(1, Math.max(0, radius - Math.hypot(dx, dy) + 0.5));
      let colour = TILE;
      centres.forEach(([rx, ry], i) => {
        const d = Math.abs(Math.hypot(cx - rx, cy - ry) - ring);
        if (d < width / 2) colour = i === 0 ? RING_A : RING_B;
      });
      const o = (y * size + x) * 4;
      px.set([colour[0]!, colour[1]!, colour[2]!, Math.round(tileAlpha * 255)], o);
    }
  }
  return encodePng(size, size, px);
}
