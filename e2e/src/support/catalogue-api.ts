import { expect, type APIRequestContext } from '@playwright/test';

export interface CourseSummary {
  id: string;
  titleJa: string;
  titleEn: string;
  facility: { id: string; nameJa: string; nameEn: string };
  organisation: { id: string; nameJa: string; nameEn: string };
}

/** Asks the API what the seeded catalogue holds, so journeys do not hard-code demo data. */
export async function findCourses(
  request: APIRequestContext,
  query: Record<string, string>,
): Promise<{ items: CourseSummary[]; total: number }> {
  const response = await request.get('/api/courses', { params: query });
  expect(response.ok()).toBe(true);
  return response.json();
}
