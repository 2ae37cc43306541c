import type { DataSource } from 'typeorm';
import { CompletionRepository } from '../certificates/completion.repository';
import { CompletionService } from '../certificates/completion.service';
import { SystemClock } from '../common/time/clock';

/**
 * The demo's finished courses as the completion job would have left them: every published course
 * whose last session ended before the seeding moment is decided by the job's own code
 * (CompletionService.finishWith), as of a minute after its last session — when the
 * every-minute sweep would have run — so completions, certificates and their issue dates are
 * what a city running tsumugu would have. Runs after the demo accounts (hanako's courses), once
 * the app is up (about a thousand courses take a while; the demo is complete within a minute or
 * two of the first start).
 */
export async function seedDemoCompletions(
  dataSource: DataSource,
  now: Date,
): Promise<{ finished: number; certificates: number }> {
  const completion = new CompletionService(
    new CompletionRepository(dataSource),
    { completionCorrectionDays: 14 },
    new SystemClock(),
  );
  return finishDueCourses(dataSource, completion, now);
}

/**
 * seedDemoCompletions with the app's sweep held until it is done, so every past demo course is
 * decided as of its last session, never as of today by a sweep that got there first. Call
 * before the app starts its jobs.
 */
export function seedDemoCompletionsBeforeSweeps(
  dataSource: DataSource,
  sweeps: CompletionService,
  now: Date,
): Promise<{ finished: number; certificates: number }> {
  const seeding = seedDemoCompletions(dataSource, now);
  sweeps.holdSweepsUntil(seeding);
  return seeding;
}

async function finishDueCourses(
  dataSource: DataSource,
  completion: CompletionService,
  now: Date,
): Promise<{ finished: number; certificates: number }> {
  const due: { id: string; decidedAt: Date }[] = await dataSource.query(
    `SELECT c.id, least(l.last_ends_at + interval '1 minute', $1::timestamptz) AS "decidedAt"
       FROM courses c
       JOIN LATERAL (SELECT max(s.ends_at) AS last_ends_at FROM course_sessions s
                      WHERE s.course_id = c.id AND s.status = 'scheduled') l ON true
      WHERE c.status = 'published' AND l.last_ends_at <= $1::timestamptz
      ORDER BY l.last_ends_at, c.id`,
    [now],
  );
  let finished = 0;
  // A transaction per course, as the job does: each course's row lock is held briefly. The
  // app's sweep waits (seedDemoCompletionsBeforeSweeps), so each is decided as of its end.
  for (const course of due) {
    const result = await dataSource.transaction((manager) =>
      completion.finishWith(manager, course.id, new Date(course.decidedAt), { mail: false }),
    );
    if (result.outcome === 'finished') finished++;
  }
  const [{ count }] = await dataSource.query(`SELECT count(*)::int AS count FROM certificates`);
  return { finished, certificates: count };
}
