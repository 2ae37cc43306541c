import type { CourseDetailDto } from '../courses/dto/course-detail.dto';
import { courseJsonLdProblems } from '../testing/schema-org';
import {
  courseJsonLd,
  coursePageHead,
  escapeHtml,
  jsonForScript,
  withPageHead,
} from './course-page-head';

const session = (startsAt: string, endsAt: string) => ({
  id: startsAt,
  startsAt,
  endsAt,
  room: { id: 'r', nameJa: '和室', nameEn: 'Japanese room', capacity: 20 },
  facility: {
    id: 'f',
    nameJa: '吾妻交流センター',
    nameEn: 'Azuma Community Centre',
    addressJa: 'つくば市吾妻1-10-1',
    addressEn: '1-10-1 Azuma, Tsukuba, Ibaraki',
  },
});

const course = (overrides: Partial<CourseDetailDto> = {}): CourseDetailDto =>
  ({
    id: '00000000-0000-4000-8000-000000000001',
    titleJa: '書道入門',
    titleEn: 'Calligraphy for beginners',
    summaryJa: '筆の持ち方から学びます。',
    summaryEn: 'From holding the brush.',
    descriptionJa: '楷書の基本を四回で。',
    descriptionEn: 'Four mornings of regular script.',
    feeYen: 1200,
    capacity: 12,
    seatsLeft: 3,
    status: 'published',
    applicationOpensAt: '2027-01-04T00:00:00.000Z',
    applicationClosesAt: '2027-01-20T08:00:00.000Z',
    imageUrl: '/api/courses/00000000-0000-4000-8000-000000000001/image?v=abc',
    instructorNamesJa: '山田 花子、鈴木 一郎',
    instructorNamesEn: 'Hanako Yamada, Ichiro Suzuki',
    organisation: {
      id: 'o',
      nameJa: '筑穂書道の会',
      nameEn: 'Tsukuho Calligraphy Circle',
      kind: 'citizen_group',
      websiteUrl: null,
      phone: null,
    },
    sessions: [
      session('2027-02-04T01:00:00.000Z', '2027-02-04T02:30:00.000Z'),
      session('2027-02-11T01:00:00.000Z', '2027-02-11T02:30:00.000Z'),
    ],
    ...overrides,
  }) as unknown as CourseDetailDto;

const PUBLIC_URL = 'https://tsumugu.example';

describe('a course page’s head', () => {
  it('describes the course as schema.org Course with a CourseInstance that passes the check', () => {
    const document = courseJsonLd(course(), 'ja', PUBLIC_URL);
    expect(courseJsonLdProblems(document)).toEqual([]);
    expect(document).toMatchObject({
      '@type': 'Course',
      name: '書道入門',
      provider: { '@type': 'Organization', name: '筑穂書道の会' },
      offers: { price: 1200, priceCurrency: 'JPY', availability: 'https://schema.org/InStock' },
      image: `${PUBLIC_URL}/api/courses/00000000-0000-4000-8000-000000000001/image?v=abc`,
      hasCourseInstance: [
        {
          '@type': 'CourseInstance',
          courseMode: 'Onsite',
          startDate: '2027-02-04T10:00:00+09:00',
          endDate: '2027-02-11T11:30:00+09:00',
          location: {
            name: '吾妻交流センター 和室',
            address: { addressLocality: 'つくば市', streetAddress: '吾妻1-10-1' },
          },
          instructor: [
            { '@type': 'Person', name: '山田 花子' },
            { '@type': 'Person', name: '鈴木 一郎' },
          ],
          courseSchedule: { repeatCount: 2, startDate: '2027-02-04', endDate: '2027-02-11' },
        },
      ],
    });
    expect(courseJsonLd(course(), 'en', PUBLIC_URL)).toMatchObject({
      name: 'Calligraphy for beginners',
      hasCourseInstance: [{ location: { name: 'Azuma Community Centre, Japanese room' } }],
    });
  });

  it('is caught by the check when a required property is missing', () => {
    const document = courseJsonLd(course(), 'ja', PUBLIC_URL);
    const instance = (document['hasCourseInstance'] as Record<string, unknown>[])[0];
    expect(courseJsonLdProblems({ ...document, provider: undefined })).toEqual([
      'Course has no provider Organization with a name',
    ]);
    expect(
      courseJsonLdProblems({
        ...document,
        hasCourseInstance: [{ ...instance, startDate: '2027-02-04 10:00', location: undefined }],
      }),
    ).toEqual([
      'hasCourseInstance[0].startDate is not an ISO 8601 date-time with a zone: 2027-02-04 10:00',
      'hasCourseInstance[0].location is not a Place',
    ]);
    expect(courseJsonLdProblems({ ...document, hasCourseInstance: [] })).toEqual([
      'Course has no hasCourseInstance',
    ]);
  });

  it('marks a cancelled course and a full one', () => {
    const document = courseJsonLd(course({ status: 'cancelled', seatsLeft: 0 }), 'ja', PUBLIC_URL);
    expect(document).toMatchObject({
      offers: { availability: 'https://schema.org/SoldOut' },
      hasCourseInstance: [{ eventStatus: 'https://schema.org/EventCancelled' }],
    });
  });

  it('puts dates, place and fee in the description, and cards for link previews', () => {
    const head = coursePageHead(course(), 'ja', PUBLIC_URL);
    expect(head.title).toBe('書道入門 | tsumugu つむぐ — つくば市 生涯学習');
    expect(head.tags).toContain(
      '<meta name="description" content="2027年2月4日（木）10:00〜・全2回・吾妻交流センター・1,200円。筆の持ち方から学びます。" />',
    );
    expect(head.tags).toContain('<meta property="og:title" content="書道入門" />');
    expect(head.tags).toContain(
      `<link rel="canonical" href="${PUBLIC_URL}/courses/00000000-0000-4000-8000-000000000001" />`,
    );
    expect(head.tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
    expect(head.tags).toContain(
      `<meta property="og:image" content="${PUBLIC_URL}/api/courses/00000000-0000-4000-8000-000000000001/image?v=abc" />`,
    );
    const noPicture = coursePageHead(course({ imageUrl: null }), 'en', PUBLIC_URL);
    expect(noPicture.tags).toContain('<meta name="twitter:card" content="summary" />');
    expect(noPicture.tags).not.toContain('og:image');
    expect(noPicture.tags).toContain('Thu 4 Feb 2027, 10:00 · 2 sessions · Azuma Community Centre');
  });

  it('keeps a hostile title inert in attributes, the title element and the JSON-LD block', () => {
    const hostile = '</script><script>alert(1)</script>"><img src=x onerror=alert(2)> $& \u2028';
    const html = withPageHead(
      '<html><head><title>tsumugu</title><meta\n name="description"\n content="generic" />\n</head><body></body></html>',
      coursePageHead(course({ titleJa: hostile, summaryJa: hostile }), 'ja', PUBLIC_URL),
    );
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('content="generic"');
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)');
    expect(html).toContain('$&amp;');
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1];
    expect(JSON.parse(block).name).toBe(hostile);
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
    expect(jsonForScript({ a: '</script>&' })).toBe('{"a":"\\u003c/script\\u003e\\u0026"}');
  });
});
