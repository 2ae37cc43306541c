/**
 * Checks a schema.org `Course` JSON-LD document against what schema.org and the search engines'
 * rich-result rules require, for tests (written apart from the code that builds it):
 *
 * - Course: @context schema.org, @type Course, name, description, provider (an Organization
 *   with a name), hasCourseInstance (at least one).
 * - CourseInstance (an Event): courseMode; courseSchedule or courseWorkload; name; startDate
 *   (ISO 8601 with a time zone); location as a Place with a name and a PostalAddress
 *   (addressCountry, addressLocality, streetAddress); endDate not before startDate.
 * - Offer, where given: price (a number ≥ 0) and priceCurrency (ISO 4217).
 * - every sub-event: name, startDate, location with an address.
 *
 * Returns what is missing or wrong, as readable lines; [] when the document passes.
 */
type Json = Record<string, unknown>;

const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const object = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function place(value: unknown, at: string, problems: string[]): void {
  if (!object(value) || value['@type'] !== 'Place') {
    problems.push(`${at}.location is not a Place`);
    return;
  }
  if (!text(value['name'])) problems.push(`${at}.location has no name`);
  const address = value['address'];
  if (!object(address) || address['@type'] !== 'PostalAddress') {
    problems.push(`${at}.location has no PostalAddress`);
    return;
  }
  for (const key of ['addressCountry', 'addressLocality', 'streetAddress']) {
    if (!text(address[key])) problems.push(`${at}.location.address has no ${key}`);
  }
}

function event(value: Json, at: string, problems: string[]): void {
  if (!text(value['name'])) problems.push(`${at} has no name`);
  const start = value['startDate'];
  if (typeof start !== 'string' || !ISO_WITH_ZONE.test(start)) {
    problems.push(`${at}.startDate is not an ISO 8601 date-time with a zone: ${String(start)}`);
  }
  const end = value['endDate'];
  if (end !== undefined) {
    if (typeof end !== 'string' || !ISO_WITH_ZONE.test(end)) {
      problems.push(`${at}.endDate is not an ISO 8601 date-time with a zone`);
    } else if (typeof start === 'string' && Date.parse(end) < Date.parse(start)) {
      problems.push(`${at}.endDate is before its startDate`);
    }
  }
  place(value['location'], at, problems);
}

function offer(value: unknown, at: string, problems: string[]): void {
  if (value === undefined) return;
  if (!object(value) || value['@type'] !== 'Offer') {
    problems.push(`${at} is not an Offer`);
    return;
  }
  if (typeof value['price'] !== 'number' || value['price'] < 0) {
    problems.push(`${at}.price is not a number ≥ 0`);
  }
  if (typeof value['priceCurrency'] !== 'string' || !/^[A-Z]{3}$/.test(value['priceCurrency'])) {
    problems.push(`${at}.priceCurrency is not an ISO 4217 code`);
  }
}

export function courseJsonLdProblems(document: unknown): string[] {
  const problems: string[] = [];
  if (!object(document)) return ['not a JSON object'];
  if (document['@context'] !== 'https://schema.org') problems.push('@context is not schema.org');
  if (document['@type'] !== 'Course') problems.push('@type is not Course');
  if (!text(document['name'])) problems.push('Course has no name');
  if (!text(document['description'])) problems.push('Course has no description');
  const provider = document['provider'];
  if (!object(provider) || provider['@type'] !== 'Organization' || !text(provider['name'])) {
    problems.push('Course has no provider Organization with a name');
  }
  offer(document['offers'], 'Course.offers', problems);
  const instances = document['hasCourseInstance'];
  if (!Array.isArray(instances) || instances.length === 0) {
    problems.push('Course has no hasCourseInstance');
    return problems;
  }
  instances.forEach((instance: unknown, index) => {
    const at = `hasCourseInstance[${index}]`;
    if (!object(instance) || instance['@type'] !== 'CourseInstance') {
      problems.push(`${at} is not a CourseInstance`);
      return;
    }
    if (!text(instance['courseMode'])) problems.push(`${at} has no courseMode`);
    if (!object(instance['courseSchedule']) && !text(instance['courseWorkload'])) {
      problems.push(`${at} has neither courseSchedule nor courseWorkload`);
    }
    event(instance, at, problems);
    offer(instance['offers'], `${at}.offers`, problems);
    const subEvents = instance['subEvent'];
    if (subEvents !== undefined) {
      if (!Array.isArray(subEvents)) problems.push(`${at}.subEvent is not a list`);
      else
        subEvents.forEach((sub: unknown, subIndex) =>
          object(sub)
            ? event(sub, `${at}.subEvent[${subIndex}]`, problems)
            : problems.push(`${at}.subEvent[${subIndex}] is not an object`),
        );
    }
  });
  return problems;
}
