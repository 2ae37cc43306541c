import type { Language } from '../common/errors/request-language';
import { japanDate, japanTime, japanWeekday } from '../common/time/japan-time';
import type { CourseDetailDto } from '../courses/dto/course-detail.dto';
import { MUNICIPALITY_NAME, PREFECTURE_NAME } from './event-list';

/**
 * What a course page's HTML carries for link previews (LINE, social networks) and search
 * engines, written by the server into the <head> of the app's index.html: the page's <title>,
 * description, canonical URL, Open Graph and Twitter cards, and schema.org `Course` JSON-LD
 * with its `CourseInstance` (an Event). Plain functions, no I/O.
 *
 * Everything that comes from the course is escaped for where it goes: HTML attribute values
 * and text are entity-escaped; the JSON-LD block escapes <, >, & and the line separators, so a
 * title holding `</script><script>` stays text inside the data block.
 */

export const SITE_NAME = 'tsumugu つむぐ';
const SITE_SUFFIX = { ja: 'つくば市 生涯学習', en: 'Tsukuba lifelong learning' } as const;
const DESCRIPTION_LENGTH = 160;

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** JSON for a <script type="application/ld+json"> block: nothing in it can end the element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** At most `length` characters, cut at a character (never inside a surrogate pair), with …. */
function clip(text: string, length: number): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length <= length
    ? characters.join('')
    : `${characters.slice(0, length - 1).join('')}…`;
}

/** An ISO instant as Japan local time with its offset: 2027-01-04T10:00:00+09:00. */
function japanIso(instant: string): string {
  return `${japanDate(instant)}T${japanTime(instant)}:00+09:00`;
}

const WEEKDAYS = {
  ja: ['日', '月', '火', '水', '木', '金', '土'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

/** 「2027年1月4日（月）10:00〜」 or "Mon 4 Jan 2027, 10:00". */
function whenLabel(instant: string, language: Language): string {
  const [year, month, day] = japanDate(instant).split('-').map(Number);
  const weekday = WEEKDAYS[language][japanWeekday(instant)];
  const time = japanTime(instant);
  if (language === 'ja') return `${year}年${month}月${day}日（${weekday}）${time}〜`;
  const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en-GB', {
    month: 'short',
    timeZone: 'UTC',
  });
  return `${weekday} ${day} ${monthName} ${year}, ${time}`;
}

/** The street part of a Tsukuba address: 「つくば市吾妻1-10-1」 → 「吾妻1-10-1」. */
function streetOf(address: string): string {
  return address.replace(new RegExp(`^(${PREFECTURE_NAME})?${MUNICIPALITY_NAME}`), '');
}

interface PageFacts {
  url: string;
  title: string;
  description: string;
  imageUrl: string | null;
}

function pageFacts(course: CourseDetailDto, language: Language, publicUrl: string): PageFacts {
  const en = language === 'en';
  const title = (en && course.titleEn) || course.titleJa;
  const first = course.sessions[0];
  const place = first ? (en ? first.facility.nameEn : first.facility.nameJa) : '';
  const fee =
    course.feeYen === 0
      ? en
        ? 'Free'
        : '無料'
      : en
        ? `¥${course.feeYen.toLocaleString('en')}`
        : `${course.feeYen.toLocaleString('ja-JP')}円`;
  const count =
    course.sessions.length > 1
      ? en
        ? `${course.sessions.length} sessions`
        : `全${course.sessions.length}回`
      : '';
  const facts = [
    first ? whenLabel(first.startsAt, language) : '',
    count,
    place,
    fee,
    ...(course.status === 'cancelled' ? [en ? 'Cancelled' : '中止'] : []),
  ].filter(Boolean);
  const summary = (en && course.summaryEn) || course.summaryJa;
  return {
    url: `${publicUrl}/courses/${course.id}`,
    title,
    description: clip(
      `${facts.join(en ? ' · ' : '・')}${en ? '. ' : '。'}${summary}`,
      DESCRIPTION_LENGTH,
    ),
    imageUrl: course.imageUrl ? `${publicUrl}${course.imageUrl}` : null,
  };
}

/** The schema.org description of a course page: a Course with its run as a CourseInstance. */
export function courseJsonLd(
  course: CourseDetailDto,
  language: Language,
  publicUrl: string,
): Record<string, unknown> {
  const en = language === 'en';
  const facts = pageFacts(course, language, publicUrl);
  const description = ((en && course.descriptionEn) || course.descriptionJa || '').trim();
  const organisation = {
    '@type': 'Organization',
    name: en ? course.organisation.nameEn : course.organisation.nameJa,
    ...(course.organisation.websiteUrl ? { url: course.organisation.websiteUrl } : {}),
  };
  const place = (session: CourseDetailDto['sessions'][number]) => ({
    '@type': 'Place',
    name: en
      ? `${session.facility.nameEn}, ${session.room.nameEn}`
      : `${session.facility.nameJa} ${session.room.nameJa}`,
    address: {
      '@type': 'PostalAddress',
      addressCountry: 'JP',
      addressRegion: en ? 'Ibaraki' : PREFECTURE_NAME,
      addressLocality: en ? 'Tsukuba' : MUNICIPALITY_NAME,
      streetAddress: en ? session.facility.addressEn : streetOf(session.facility.addressJa),
    },
  });
  const offer = {
    '@type': 'Offer',
    price: course.feeYen,
    priceCurrency: 'JPY',
    category: course.feeYen === 0 ? 'Free' : 'Paid',
    url: facts.url,
    availability:
      course.seatsLeft > 0 ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
    validFrom: japanIso(course.applicationOpensAt),
    validThrough: japanIso(course.applicationClosesAt),
  };
  const instructorNames = ((en && course.instructorNamesEn) || course.instructorNamesJa)
    .split(/[、,，・]/)
    .map((name) => name.trim())
    .filter(Boolean);
  const first = course.sessions[0];
  const last = course.sessions[course.sessions.length - 1];
  const instance = first && {
    '@type': 'CourseInstance',
    name: facts.title,
    courseMode: 'Onsite',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus:
      course.status === 'cancelled'
        ? 'https://schema.org/EventCancelled'
        : 'https://schema.org/EventScheduled',
    startDate: japanIso(first.startsAt),
    endDate: japanIso(last.endsAt),
    location: place(first),
    organizer: organisation,
    offers: offer,
    maximumAttendeeCapacity: course.capacity,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    ...(instructorNames.length > 0
      ? { instructor: instructorNames.map((name) => ({ '@type': 'Person', name })) }
      : {}),
    courseSchedule: {
      '@type': 'Schedule',
      startDate: japanDate(first.startsAt),
      endDate: japanDate(last.startsAt),
      repeatCount: course.sessions.length,
      scheduleTimezone: 'Asia/Tokyo',
    },
    ...(course.sessions.length > 1
      ? {
          subEvent: course.sessions.map((session, index) => ({
            '@type': 'Event',
            name: en
              ? `${facts.title} (session ${index + 1})`
              : `${facts.title}（第${index + 1}回）`,
            startDate: japanIso(session.startsAt),
            endDate: japanIso(session.endsAt),
            location: place(session),
          })),
        }
      : {}),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    '@id': `${facts.url}#course`,
    name: facts.title,
    description: description || facts.description,
    url: facts.url,
    inLanguage: language,
    provider: organisation,
    isAccessibleForFree: course.feeYen === 0,
    offers: offer,
    ...(facts.imageUrl ? { image: facts.imageUrl } : {}),
    hasCourseInstance: instance ? [instance] : [],
  };
}

/** The <title> and the tags that go into <head> for a public course page. */
export function coursePageHead(
  course: CourseDetailDto,
  language: Language,
  publicUrl: string,
): { title: string; tags: string } {
  const facts = pageFacts(course, language, publicUrl);
  const meta = (attribute: 'name' | 'property', key: string, value: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(value)}" />`;
  const tags = [
    meta('name', 'description', facts.description),
    `<link rel="canonical" href="${escapeHtml(facts.url)}" />`,
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', SITE_NAME),
    meta('property', 'og:locale', language === 'en' ? 'en_GB' : 'ja_JP'),
    meta('property', 'og:title', facts.title),
    meta('property', 'og:description', facts.description),
    meta('property', 'og:url', facts.url),
    ...(facts.imageUrl
      ? [
          meta('property', 'og:image', facts.imageUrl),
          meta('property', 'og:image:alt', facts.title),
        ]
      : []),
    meta('name', 'twitter:card', facts.imageUrl ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', facts.title),
    meta('name', 'twitter:description', facts.description),
    ...(facts.imageUrl ? [meta('name', 'twitter:image', facts.imageUrl)] : []),
    `<script type="application/ld+json">${jsonForScript(courseJsonLd(course, language, publicUrl))}</script>`,
  ].join('\n    ');
  return { title: `${facts.title} | ${SITE_NAME} — ${SITE_SUFFIX[language]}`, tags };
}

/**
 * index.html with the page's own <title>, and its tags in place of the generic description,
 * just before </head>.
 */
export function withPageHead(indexHtml: string, head: { title: string; tags: string }): string {
  // Replacement functions, not strings: a `$&` in a title must stay text.
  return indexHtml
    .replace(/<title>[\s\S]*?<\/title>/, () => `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta\s+name="description"[\s\S]*?>\s*/, () => '')
    .replace('</head>', () => `    ${head.tags}\n  </head>`);
}
