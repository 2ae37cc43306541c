// Draws the demo catalogue's course pictures: one flat illustration per topic category in two
// colourings, as SVG written here by the project (no stock photo, no third-party artwork: they
// are the project's own, under the project's licence), rendered to 1200×675 WebP by the
// machine's Chromium through Playwright (canvas.toDataURL('image/webp')). The files are
// committed in backend/src/demo/pictures/ and the demo seeder attaches them to courses
// (backend/src/demo/demo-pictures.ts holds their alt texts).
//
// Usage (after changing a drawing): node backend/scripts/make-demo-pictures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const WIDTH = 1200;
const HEIGHT = 675;
const QUALITY = 0.82;
const OUT = 'backend/src/demo/pictures';

/** Two colourings: a warm morning and a calm afternoon. */
const PALETTES = [
  {
    sky: ['#fdf1e3', '#f8dcc4'],
    ground: '#e9c9a6',
    a: '#e07a5f',
    b: '#3d7a78',
    c: '#f2cc8f',
    d: '#81b29a',
    ink: '#3d405b',
    light: '#fffaf3',
  },
  {
    sky: ['#e7f1f4', '#cfe3ea'],
    ground: '#b9d4cf',
    a: '#5b7fb8',
    b: '#d9825b',
    c: '#f4d58d',
    d: '#6aa38a',
    ink: '#2f3e4e',
    light: '#fbfdfd',
  },
];

const circle = (cx, cy, r, fill, extra = '') =>
  `<circle cx="${cx}" cy="${cy}" r="${r}" fill="${fill}" ${extra}/>`;
const rect = (x, y, w, h, rx, fill, extra = '') =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${rx}" fill="${fill}" ${extra}/>`;
const path = (d, fill, extra = '') => `<path d="${d}" fill="${fill}" ${extra}/>`;
const line = (d, stroke, width) =>
  `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}" stroke-linecap="round" stroke-linejoin="round"/>`;

/** A person: round head, rounded body, arms as strokes. */
function person(x, y, scale, body, skin, p, arms = 'down') {
  const s = (n) => n * scale;
  const armPaths = {
    down: `M${x - s(34)} ${y + s(40)} L${x - s(46)} ${y + s(120)} M${x + s(34)} ${y + s(40)} L${x + s(46)} ${y + s(120)}`,
    up: `M${x - s(34)} ${y + s(40)} L${x - s(80)} ${y - s(40)} M${x + s(34)} ${y + s(40)} L${x + s(80)} ${y - s(40)}`,
    wave: `M${x - s(34)} ${y + s(40)} L${x - s(46)} ${y + s(120)} M${x + s(34)} ${y + s(40)} L${x + s(84)} ${y - s(20)}`,
  };
  return [
    line(armPaths[arms], body, s(22)),
    rect(x - s(40), y + s(20), s(80), s(150), s(36), body),
    circle(x, y - s(24), s(38), skin),
    path(
      `M${x - s(38)} ${y - s(30)} Q${x} ${y - s(92)} ${x + s(38)} ${y - s(30)} Q${x} ${y - s(50)} ${x - s(38)} ${y - s(30)}Z`,
      p.ink,
    ),
  ].join('');
}

function heart(x, y, size, fill) {
  const s = size / 100;
  return path(
    `M${x} ${y + 30 * s} C${x - 60 * s} ${y - 20 * s} ${x - 30 * s} ${y - 70 * s} ${x} ${y - 35 * s} C${x + 30 * s} ${y - 70 * s} ${x + 60 * s} ${y - 20 * s} ${x} ${y + 30 * s}Z`,
    fill,
  );
}

/** Mount Tsukuba's two peaks (男体山 and 女体山), the city's landmark. */
function tsukubaSan(p, y = 470, fill = p.d) {
  return path(
    `M0 ${y + 90} L260 ${y - 40} Q330 ${y - 110} 400 ${y - 150} Q440 ${y - 170} 470 ${y - 140} Q500 ${y - 110} 530 ${y - 130} Q575 ${y - 175} 620 ${y - 140} Q720 ${y - 60} 900 ${y} L1200 ${y + 60} L1200 ${HEIGHT} L0 ${HEIGHT}Z`,
    fill,
  );
}

function tree(x, y, scale, leaf, trunk) {
  const s = (n) => n * scale;
  return rect(x - s(10), y, s(20), s(70), s(6), trunk) + circle(x, y - s(20), s(55), leaf);
}

function sparkle(x, y, size, fill) {
  return path(
    `M${x} ${y - size} Q${x + size * 0.2} ${y - size * 0.2} ${x + size} ${y} Q${x + size * 0.2} ${y + size * 0.2} ${x} ${y + size} Q${x - size * 0.2} ${y + size * 0.2} ${x - size} ${y} Q${x - size * 0.2} ${y - size * 0.2} ${x} ${y - size}Z`,
    fill,
  );
}

const SCENES = {
  parenting_family: (p) =>
    [
      circle(950, 150, 90, p.c, 'opacity="0.8"'),
      rect(0, 540, WIDTH, 135, 0, p.ground),
      person(470, 250, 1.25, p.a, '#f6d7bf', p),
      person(660, 360, 0.8, p.b, '#f9e0cc', p, 'up'),
      line('M520 330 Q580 400 620 420', '#f6d7bf', 16),
      heart(820, 260, 90, p.a),
      heart(300, 200, 60, p.c),
      sparkle(880, 420, 22, p.light),
    ].join(''),
  health_sports: (p) =>
    [
      circle(250, 170, 100, p.c),
      rect(0, 560, WIDTH, 115, 0, p.ground),
      rect(360, 545, 520, 30, 15, p.b),
      person(620, 300, 1.2, p.a, '#f3d2b8', p, 'up'),
      circle(930, 480, 60, p.light, `stroke="${p.ink}" stroke-width="8"`),
      line('M880 480 Q930 440 980 480 M930 420 L930 540', p.ink, 8),
      sparkle(420, 230, 26, p.light),
      sparkle(840, 200, 18, p.light),
    ].join(''),
  arts_culture: (p) =>
    [
      path(
        'M330 470 Q250 300 430 210 Q640 110 820 230 Q930 310 860 420 Q820 480 740 450 Q680 430 650 480 Q600 560 480 560 Q370 560 330 470Z',
        p.light,
        `stroke="${p.ink}" stroke-width="6"`,
      ),
      circle(470, 300, 40, p.a),
      circle(600, 250, 40, p.c),
      circle(730, 300, 40, p.b),
      circle(760, 390, 34, p.d),
      circle(560, 470, 46, p.sky[1], `stroke="${p.ink}" stroke-width="6"`),
      line('M900 140 L1040 420', p.ink, 18),
      path('M1030 400 Q1070 470 1050 520 Q1000 470 1030 400Z', p.a),
      sparkle(210, 180, 30, p.c),
      sparkle(1010, 200, 20, p.a),
    ].join(''),
  history_heritage: (p) =>
    [
      circle(980, 150, 80, p.c),
      tsukubaSan(p, 500, p.d),
      rect(300, 250, 600, 40, 12, p.a),
      rect(270, 215, 660, 36, 14, p.ink),
      rect(350, 320, 500, 26, 8, p.a),
      rect(390, 280, 42, 330, 8, p.a),
      rect(768, 280, 42, 330, 8, p.a),
      rect(0, 600, WIDTH, 75, 0, p.ground),
      sparkle(180, 160, 22, p.light),
    ].join(''),
  science_technology: (p) =>
    [
      circle(600, 330, 120, p.a),
      `<ellipse cx="600" cy="330" rx="250" ry="70" fill="none" stroke="${p.ink}" stroke-width="12" transform="rotate(-18 600 330)"/>`,
      circle(380, 400, 26, p.c),
      circle(880, 210, 34, p.b),
      sparkle(200, 160, 30, p.light),
      sparkle(1000, 460, 26, p.light),
      sparkle(300, 560, 18, p.c),
      sparkle(1050, 150, 16, p.c),
      circle(170, 420, 10, p.ink),
      circle(1080, 300, 8, p.ink),
      circle(760, 560, 9, p.ink),
    ].join(''),
  digital: (p) =>
    [
      rect(470, 120, 260, 460, 40, p.ink),
      rect(490, 170, 220, 350, 14, p.light),
      circle(600, 548, 14, p.light),
      rect(515, 200, 120, 40, 18, p.a),
      rect(565, 260, 120, 40, 18, p.b),
      rect(515, 320, 150, 40, 18, p.a),
      rect(515, 410, 80, 80, 16, p.c),
      rect(610, 410, 80, 80, 16, p.d),
      path(
        'M800 200 h190 a24 24 0 0 1 24 24 v80 a24 24 0 0 1 -24 24 h-130 l-40 36 v-36 h-20 a24 24 0 0 1 -24 -24 v-80 a24 24 0 0 1 24 -24Z',
        p.b,
      ),
      circle(860, 264, 12, p.light) + circle(900, 264, 12, p.light) + circle(940, 264, 12, p.light),
      path(
        'M190 380 h200 a24 24 0 0 1 24 24 v70 a24 24 0 0 1 -24 24 h-20 v36 l-40 -36 h-140 a24 24 0 0 1 -24 -24 v-70 a24 24 0 0 1 24 -24Z',
        p.a,
      ),
      heart(290, 450, 50, p.light),
    ].join(''),
  languages_international: (p) =>
    [
      circle(600, 340, 170, p.b),
      `<ellipse cx="600" cy="340" rx="70" ry="170" fill="none" stroke="${p.light}" stroke-width="8"/>`,
      line('M430 340 H770 M450 260 Q600 290 750 260 M450 420 Q600 390 750 420', p.light, 8),
      path(
        'M170 140 h220 a26 26 0 0 1 26 26 v100 a26 26 0 0 1 -26 26 h-150 l-44 40 v-40 h-26 a26 26 0 0 1 -26 -26 v-100 a26 26 0 0 1 26 -26Z',
        p.a,
      ),
      line('M230 250 L280 170 L330 250 M250 220 H310', p.light, 12),
      path(
        'M810 420 h220 a26 26 0 0 1 26 26 v100 a26 26 0 0 1 -26 26 h-26 v40 l-44 -40 h-150 a26 26 0 0 1 -26 -26 v-100 a26 26 0 0 1 26 -26Z',
        p.c,
      ),
      line(
        'M880 470 Q920 455 960 470 M920 450 Q900 520 930 540 Q980 530 960 490 Q930 470 890 520',
        p.ink,
        10,
      ),
      sparkle(1030, 160, 26, p.light),
    ].join(''),
  career_skills: (p) =>
    [
      rect(300, 190, 600, 350, 24, p.ink),
      rect(325, 215, 550, 300, 10, p.light),
      rect(250, 540, 700, 34, 14, p.b),
      rect(380, 400, 60, 90, 8, p.a),
      rect(470, 340, 60, 150, 8, p.c),
      rect(560, 290, 60, 200, 8, p.d),
      rect(650, 250, 60, 240, 8, p.a),
      line('M380 330 L500 280 L590 230 L700 190', p.b, 10),
      circle(980, 200, 60, p.c),
      sparkle(150, 190, 26, p.light),
    ].join(''),
  nature_environment: (p) =>
    [
      circle(880, 160, 80, p.c),
      tsukubaSan(p, 470, p.b),
      rect(0, 560, WIDTH, 115, 0, p.d),
      tree(200, 480, 1.2, p.d, p.ink),
      tree(330, 520, 0.9, p.a, p.ink),
      tree(960, 500, 1.1, p.d, p.ink),
      tree(1080, 530, 0.8, p.a, p.ink),
      path('M620 600 Q700 560 780 600 Q700 590 620 600Z', p.light),
      sparkle(140, 150, 20, p.light),
    ].join(''),
  cooking_food: (p) =>
    [
      rect(0, 520, WIDTH, 155, 0, p.ground),
      path('M330 330 H730 V430 Q730 520 640 520 H420 Q330 520 330 430Z', p.a),
      rect(310, 310, 440, 34, 16, p.ink),
      rect(250, 360, 80, 26, 12, p.ink),
      rect(730, 360, 80, 26, 12, p.ink),
      line(
        'M430 270 Q410 230 440 190 Q470 150 450 110 M530 270 Q510 230 540 190 Q570 150 550 110 M630 270 Q610 230 640 190 Q670 150 650 110',
        p.light,
        12,
      ),
      path('M830 450 H1050 Q1040 560 940 560 Q840 560 830 450Z', p.b),
      circle(900, 440, 26, p.c) + circle(960, 432, 30, p.d) + circle(1010, 444, 22, p.c),
      line('M860 380 L1080 330 M870 400 L1090 360', p.ink, 9),
    ].join(''),
  community_volunteering: (p) =>
    [
      rect(0, 560, WIDTH, 115, 0, p.ground),
      person(380, 300, 1, p.b, '#f3d2b8', p, 'wave'),
      person(600, 270, 1.1, p.a, '#e8c1a0', p, 'up'),
      person(820, 300, 1, p.d, '#f6dcc6', p, 'wave'),
      heart(600, 130, 80, p.c),
      sparkle(200, 170, 24, p.light),
      sparkle(1010, 190, 24, p.light),
    ].join(''),
  welfare_life: (p) =>
    [
      circle(230, 160, 80, p.c),
      rect(0, 570, WIDTH, 105, 0, p.ground),
      path('M390 330 L600 170 L810 330Z', p.a),
      rect(430, 320, 340, 260, 12, p.light),
      rect(560, 440, 80, 140, 10, p.b),
      rect(470, 370, 70, 60, 8, p.c),
      rect(660, 370, 70, 60, 8, p.c),
      heart(950, 340, 90, p.a),
      tree(1060, 500, 0.8, p.d, p.ink),
      tree(160, 500, 0.9, p.d, p.ink),
    ].join(''),
};

function svg(category, palette) {
  const p = PALETTES[palette];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${p.sky[0]}"/><stop offset="1" stop-color="${p.sky[1]}"/></linearGradient></defs>
  <rect width="${WIDTH}" height="${HEIGHT}" fill="url(#sky)"/>
  ${circle(110, 620, 180, p.light, 'opacity="0.35"')}${circle(1130, 60, 150, p.light, 'opacity="0.35"')}
  ${SCENES[category](p)}
</svg>`;
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
let total = 0;
for (const category of Object.keys(SCENES)) {
  for (const palette of PALETTES.keys()) {
    const dataUrl = await page.evaluate(
      async ({ source, width, height, quality }) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = width;
        canvas.height = height;
        canvas.getContext('2d').drawImage(image, 0, 0, width, height);
        return canvas.toDataURL('image/webp', quality);
      },
      { source: svg(category, palette), width: WIDTH, height: HEIGHT, quality: QUALITY },
    );
    const bytes = Buffer.from(dataUrl.split(',')[1], 'base64');
    const name = `${category}-${palette + 1}.webp`;
    writeFileSync(join(OUT, name), bytes);
    total += bytes.length;
    console.log(`${name}\t${(bytes.length / 1024).toFixed(1)} kB`);
  }
}
console.log(`total\t${(total / 1024).toFixed(1)} kB`);
await browser.close();
