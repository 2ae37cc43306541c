import { extractText, getDocumentProxy } from 'unpdf';
import { type CertificatePdfContent, certificatePdf, hoursOf, warekiDate } from './certificate-pdf';

const CONTENT: CertificatePdfContent = {
  number: 'TSU-2026-7KQM-3XPA',
  holderName: '筑波 花子',
  courseTitleJa: 'シニアのためのスマホ教室',
  courseTitleEn: 'Smartphones for seniors',
  organisationNameJa: 'つくば市 生涯学習推進課',
  organisationNameEn: 'Tsukuba City Lifelong Learning Division',
  startsOn: '2026-10-07',
  endsOn: '2026-10-21',
  issuedAt: new Date('2026-10-21T06:00:00Z'),
  attendance: { sessionsAttended: 3, sessionsHeld: 3, minutes: 360 },
  verifyUrl: 'https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA',
};

async function textOf(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text, totalPages } = await extractText(document, { mergePages: true });
  // Text extraction may split a line into runs separated by spaces: compare without them.
  return { text: text.replace(/\s+/g, ''), pages: totalPages };
}

describe('the PDF certificate', () => {
  it('is one A4 page in Japanese with the name, title, organiser, dates, hours, number and issue date', async () => {
    const started = performance.now();
    const pdf = await certificatePdf(CONTENT, 'ja');
    const firstMs = performance.now() - started;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { text, pages } = await textOf(pdf);
    expect(pages).toBe(1);
    for (const expected of [
      '修了証',
      '筑波花子様',
      'シニアのためのスマホ教室',
      'つくば市生涯学習推進課',
      '2026年10月7日〜2026年10月21日',
      '全3回中3回（6時間）',
      '第TSU-2026-7KQM-3XPA号',
      '令和8年10月21日（2026年10月21日）',
      'https://tsumugu.example.jp/verify?n=TSU-2026-7KQM-3XPA',
    ]) {
      expect(text).toContain(expected);
    }
    // A subset of the font is embedded, not the whole 5 MB.
    expect(pdf.length).toBeLessThan(300_000);

    const again = performance.now();
    await certificatePdf(CONTENT, 'ja');
    const warmMs = performance.now() - again;
    console.info(
      `certificate PDF: first ${Math.round(firstMs)} ms, then ${Math.round(warmMs)} ms, ${pdf.length} bytes`,
    );
  });

  it('is in English for a person whose language is English, and hides hours when asked', async () => {
    const pdf = await certificatePdf({ ...CONTENT, attendance: null }, 'en');
    const { text } = await textOf(pdf);
    for (const expected of [
      'CertificateofCompletion',
      '筑波花子',
      'Smartphonesforseniors',
      '7October2026–21October2026',
      'IssuedOn21October2026(令和8年10月21日)'.replace('On', 'on'),
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('hours');
    expect(text).not.toContain('様');
  });

  it('writes dates as officials do', () => {
    expect(warekiDate(new Date('2019-05-01T00:00:00+09:00'))).toBe('令和元年5月1日');
    expect(warekiDate(new Date('2027-03-31T23:59:00+09:00'))).toBe('令和9年3月31日');
    expect(hoursOf(90)).toBe(1.5);
    expect(hoursOf(360)).toBe(6);
  });
});
