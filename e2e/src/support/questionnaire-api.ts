import { expect, request as playwrightRequest } from '@playwright/test';

/**
 * Answers a mailed questionnaire link through the API, as its page does (no log-in; the CSRF
 * cookie only): the city's questions, and the organiser's own where they are a 1–5 scale or
 * required. `path` is the link's path, `/q/<token>`.
 */
export async function answerThroughApi(
  baseURL: string,
  path: string,
  satisfaction: number,
  comment = satisfaction >= 4 ? '楽しく学べました。' : '',
): Promise<void> {
  const api = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await api.get('/api/auth/session')).ok()).toBe(true);
    const csrf = (await api.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN');
    const token = path.slice('/q/'.length);
    const form = await (await api.get(`/api/questionnaire-links/${token}`)).json();
    const custom = Object.fromEntries(
      (form.questions as { id: string; kind: string; required: boolean }[])
        .filter((q) => q.kind === 'scale' || q.required)
        .map((q) => [q.id, q.kind === 'scale' ? 4 : q.kind === 'text' ? 'よかった' : 0]),
    );
    const response = await api.post(`/api/questionnaire-links/${token}/answers`, {
      headers: { 'X-XSRF-TOKEN': csrf?.value ?? '' },
      data: {
        satisfaction,
        usefulness: 3,
        useIn: ['life'],
        heardFrom: ['koho_tsukuba'],
        comment,
        custom,
      },
    });
    expect(response.status(), await response.text()).toBe(204);
  } finally {
    await api.dispose();
  }
}
