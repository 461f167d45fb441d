/**
 * Node labels drawn on a 2D canvas over sigma's WebGL picture, each placed where it hides neither another label nor
 * another member: the first free spot of right, left, below, above (then further out), most central member first.
 * Sigma's own labels hide what collides; for a small network every member must be named, so this places them.
 */

export interface LabelBox {
  key: string;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Disc {
  key: string;
  text: string;
  x: number;
  y: number;
  r: number;
}

const FONT = '12px system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif';
const PAD = 2;

const overlaps = (a: { x: number; y: number; w: number; h: number }, b: { x: number; y: number; w: number; h: number }) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Places one label per disc of `discs` (in the given order: most important first), clear of every disc of `members`
 * (all that are drawn, labelled or not); returns the boxes, in viewport pixels.
 */
export function placeLabels(ctx: CanvasRenderingContext2D, discs: Disc[], members: Disc[], width: number, height: number): LabelBox[] {
  ctx.font = FONT;
  const h = 14;
  const obstacles = members.map((d) => ({ key: d.key, x: d.x - d.r, y: d.y - d.r, w: 2 * d.r, h: 2 * d.r }));
  const placed: LabelBox[] = [];
  for (const d of discs) {
    const w = Math.ceil(ctx.measureText(d.text).width) + 2 * PAD;
    const gap = d.r + 3;
    const candidates = [
      [d.x + gap, d.y - h / 2],
      [d.x - gap - w, d.y - h / 2],
      [d.x - w / 2, d.y + gap],
      [d.x - w / 2, d.y - gap - h],
      [d.x + gap, d.y - h / 2 - h],
      [d.x + gap, d.y + h / 2],
      [d.x - gap - w, d.y - h / 2 - h],
      [d.x - gap - w, d.y + h / 2],
      [d.x - w / 2, d.y + gap + h],
      [d.x - w / 2, d.y - gap - 2 * h],
    ] as const;
    let chosen: LabelBox | null = null;
    for (const [x, y] of candidates) {
      const box = { key: d.key, text: d.text, x, y, w, h };
      if (x < 0 || y < 0 || x + w > width || y + h > height) continue;
      if (placed.some((p) => overlaps(p, box))) continue;
      if (obstacles.some((o) => o.key !== d.key && overlaps(o, box))) continue;
      chosen = box;
      break;
    }
    // Nowhere free (a crowded picture): to the right anyway, so the member is still named.
    placed.push(chosen ?? { key: d.key, text: d.text, x: d.x + gap, y: d.y - h / 2, w, h });
  }
  return placed;
}

export function drawLabels(ctx: CanvasRenderingContext2D, boxes: LabelBox[], dimmed: (key: string) => boolean): void {
  ctx.font = FONT;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  for (const b of boxes) {
    const dim = dimmed(b.key);
    // A white halo keeps the text readable over ties.
    ctx.lineWidth = 3;
    ctx.strokeStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.strokeText(b.text, b.x + PAD, b.y + b.h / 2);
    ctx.fillStyle = dim ? '#b8bfca' : '#1d2433';
    ctx.fillText(b.text, b.x + PAD, b.y + b.h / 2);
  }
}
