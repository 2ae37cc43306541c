import jsQR from 'jsqr';
import { bookingQrSvg } from './booking-qr';

/**
 * Draws the SVG that `qrcode` writes (a white square, then one stroked path of horizontal runs:
 * `M x y`, `m dx dy`, `h n`, each run covering one row of modules) as RGBA pixels, so a real QR
 * decoder — the one the check-in page falls back to — can read it.
 */
function rasterise(svg: string, scale = 4): { data: Uint8ClampedArray; size: number } {
  const modules = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const path = /<path stroke="#000000" d="([^"]+)"/.exec(svg)?.[1] ?? '';
  const dark: boolean[][] = Array.from({ length: modules }, () => Array(modules).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MmHh])([^MmHh]*)/g)) {
    const numbers = args
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    if (command === 'M') [x, y] = numbers;
    else if (command === 'm') [x, y] = [x + numbers[0], y + numbers[1]];
    else {
      const length = command === 'h' ? numbers[0] : numbers[0] - x;
      for (let column = x; column < x + length; column += 1) dark[Math.floor(y)][column] = true;
      x += length;
    }
  }
  const size = modules * scale;
  const data = new Uint8ClampedArray(size * size * 4);
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      const value = dark[Math.floor(row / scale)][Math.floor(column / scale)] ? 0 : 255;
      data.set([value, value, value, 255], (row * size + column) * 4);
    }
  }
  return { data, size };
}

describe('booking QR code', () => {
  it.each(['K7M2Q9XD', '2345HJKN'])('decodes to exactly the booking code %s', async (code) => {
    const { data, size } = rasterise(await bookingQrSvg(code));
    expect(jsQR(data, size, size)?.data).toBe(code);
  });

  it('is a standalone SVG image with a quiet zone of four modules', async () => {
    const svg = await bookingQrSvg('K7M2Q9XD');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 29 29"/);
    // Version 1 (21 modules) plus 4 on each side.
    expect(svg).toContain('M4 4.5h7');
  });
});
