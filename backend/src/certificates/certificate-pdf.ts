import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { Language } from '../common/errors/request-language';

/** What the PDF shows, already reduced to what the holder shares. */
export interface CertificatePdfContent {
  number: string;
  holderName: string;
  courseTitleJa: string;
  courseTitleEn: string;
  organisationNameJa: string;
  organisationNameEn: string;
  /** Japan dates, YYYY-MM-DD. */
  startsOn: string;
  endsOn: string;
  issuedAt: Date;
  /** null when the holder hides sessions and hours. */
  attendance: { sessionsAttended: number; sessionsHeld: number; minutes: number } | null;
  verifyUrl: string;
}

const require_ = createRequire(__filename);
const FONT_FILES = {
  'NotoSansJP-Regular.ttf': '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  'NotoSansJP-Bold.ttf': '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

let fontsReady = false;

/**
 * Noto Sans JP from its npm package (OFL), read once into pdfmake's virtual file system; pdfmake
 * (pdfkit + fontkit) embeds only the glyphs a certificate uses. Every URL and local path
 * pdfmake might be asked to read is refused: the document is built from this data alone.
 */
function prepareFonts(): void {
  if (fontsReady) return;
  for (const [name, module] of Object.entries(FONT_FILES)) {
    pdfmake.virtualfs.writeFileSync(name, readFileSync(require_.resolve(module)));
  }
  pdfmake.setFonts({
    NotoSansJP: {
      normal: 'NotoSansJP-Regular.ttf',
      bold: 'NotoSansJP-Bold.ttf',
      italics: 'NotoSansJP-Regular.ttf',
      bolditalics: 'NotoSansJP-Bold.ttf',
    },
  });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsReady = true;
}

const TIME_ZONE = 'Asia/Tokyo';

/** 令和8年12月7日 — the era date officials write. */
export function warekiDate(instant: Date): string {
  return new Intl.DateTimeFormat('ja-JP-u-ca-japanese', {
    era: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone: TIME_ZONE,
  }).format(instant);
}

function japaneseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function englishDate(date: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Hours to one decimal, without a trailing .0 (90 minutes → 1.5). */
export function hoursOf(minutes: number): number {
  return Math.round(minutes / 6) / 10;
}

function japanDateOf(instant: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE }).format(instant);
}

const INK = '#1f2a44';
const ACCENT = '#8a6d1f';

/** The A4 page's frame: a thin line inside a thicker one, drawn behind the content. */
function frame() {
  return {
    canvas: [
      { type: 'rect', x: 24, y: 24, w: 547, h: 794, lineWidth: 3, lineColor: ACCENT },
      { type: 'rect', x: 32, y: 32, w: 531, h: 778, lineWidth: 0.75, lineColor: ACCENT },
    ],
  };
}

function definition(content: CertificatePdfContent, language: Language) {
  const ja = language === 'ja';
  const hours = content.attendance ? hoursOf(content.attendance.minutes) : null;
  const period =
    content.startsOn === content.endsOn
      ? ja
        ? japaneseDate(content.startsOn)
        : englishDate(content.startsOn)
      : ja
        ? `${japaneseDate(content.startsOn)} 〜 ${japaneseDate(content.endsOn)}`
        : `${englishDate(content.startsOn)} – ${englishDate(content.endsOn)}`;
  const issuedOn = japanDateOf(content.issuedAt);
  const rows: [string, string][] = ja
    ? [
        ['講座名', content.courseTitleJa],
        ['主催', content.organisationNameJa],
        ['期間', period],
        ...(content.attendance
          ? ([
              [
                '出席',
                `全${content.attendance.sessionsHeld}回中 ${content.attendance.sessionsAttended}回（${hours}時間）`,
              ],
            ] as [string, string][])
          : []),
      ]
    : [
        ['Course', content.courseTitleEn || content.courseTitleJa],
        ['Organiser', content.organisationNameEn || content.organisationNameJa],
        ['Dates', period],
        ...(content.attendance
          ? ([
              [
                'Attendance',
                `${content.attendance.sessionsAttended} of ${content.attendance.sessionsHeld} sessions (${hours} hours)`,
              ],
            ] as [string, string][])
          : []),
      ];

  return {
    pageSize: 'A4',
    pageMargins: [72, 72, 72, 64],
    info: {
      title: ja ? `修了証 ${content.number}` : `Certificate of completion ${content.number}`,
      author: 'つくば市 Tsukuba City',
      subject: ja ? content.courseTitleJa : content.courseTitleEn || content.courseTitleJa,
    },
    language: ja ? 'ja-JP' : 'en-GB',
    background: () => frame(),
    defaultStyle: { font: 'NotoSansJP', fontSize: 11, color: INK, lineHeight: 1.35 },
    content: [
      {
        text: ja ? `第 ${content.number} 号` : `No. ${content.number}`,
        alignment: 'right',
        fontSize: 9.5,
      },
      {
        text: ja ? '修　了　証' : 'Certificate of Completion',
        alignment: 'center',
        bold: true,
        fontSize: ja ? 40 : 30,
        characterSpacing: ja ? 6 : 1,
        margin: [0, 48, 0, 8],
      },
      {
        text: ja ? 'Certificate of Completion' : '修了証',
        alignment: 'center',
        fontSize: 10,
        color: ACCENT,
        characterSpacing: 1,
        margin: [0, 0, 0, 32],
      },
      ...(ja
        ? []
        : [{ text: 'This is to certify that', alignment: 'center', margin: [0, 0, 0, 12] }]),
      {
        columns: [
          { width: '*', text: '' },
          {
            width: 'auto',
            stack: [
              {
                text: ja
                  ? [
                      { text: content.holderName, fontSize: 26, bold: true },
                      { text: '　様', fontSize: 16 },
                    ]
                  : [{ text: content.holderName, fontSize: 26, bold: true }],
                alignment: 'center',
              },
              {
                canvas: [
                  { type: 'line', x1: 0, y1: 4, x2: 300, y2: 4, lineWidth: 0.75, lineColor: INK },
                ],
              },
            ],
          },
          { width: '*', text: '' },
        ],
        margin: [0, 0, 0, 26],
      },
      {
        text: ja
          ? 'あなたは下記の講座を修了されたことを証します。'
          : 'has completed the course below.',
        alignment: 'center',
        fontSize: 13,
        margin: [0, 0, 0, 28],
      },
      {
        table: {
          widths: [ja ? 64 : 84, '*'],
          body: rows.map(([label, value]) => [
            { text: label, bold: true, color: ACCENT },
            { text: value },
          ]),
        },
        layout: {
          hLineWidth: (i: number, node: { table: { body: unknown[] } }) =>
            i === 0 || i === node.table.body.length ? 0.75 : 0.25,
          vLineWidth: () => 0,
          hLineColor: () => ACCENT,
          paddingTop: () => 7,
          paddingBottom: () => 7,
        },
        margin: [24, 0, 24, 28],
      },
      {
        text: ja
          ? `${warekiDate(content.issuedAt)}（${japaneseDate(issuedOn)}）`
          : `Issued on ${englishDate(issuedOn)} (${warekiDate(content.issuedAt)})`,
        alignment: 'center',
        margin: [0, 0, 0, 16],
      },
      {
        text: ja ? 'つ く ば 市' : 'Tsukuba City',
        alignment: 'center',
        bold: true,
        fontSize: 18,
        characterSpacing: ja ? 2 : 0.5,
      },
      {
        text: ja ? '生涯学習で つなぐ つむぐ つくば' : 'Lifelong learning in Tsukuba — tsumugu',
        alignment: 'center',
        fontSize: 9,
        color: ACCENT,
        margin: [0, 4, 0, 0],
      },
      {
        absolutePosition: { x: 72, y: 706 },
        columns: [
          { qr: content.verifyUrl, fit: 72, eccLevel: 'M', foreground: INK, width: 78 },
          {
            width: 360,
            stack: [
              {
                text: ja
                  ? 'この修了証が本物かどうかは、QRコードまたは次のページで確かめられます。'
                  : 'Check that this certificate is genuine with the QR code or at:',
                fontSize: 8.5,
              },
              { text: content.verifyUrl, fontSize: 8.5, color: ACCENT },
              {
                text: ja ? `修了証番号 ${content.number}` : `Certificate number ${content.number}`,
                fontSize: 8.5,
              },
            ],
            margin: [8, 12, 0, 0],
          },
        ],
      },
    ],
  };
}

/** The certificate as an A4 PDF, in Japanese or English. */
export async function certificatePdf(
  content: CertificatePdfContent,
  language: Language,
): Promise<Buffer> {
  prepareFonts();
  return pdfmake.createPdf(definition(content, language) as never).getBuffer();
}
