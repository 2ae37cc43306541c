import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock, SystemClock } from '../common/time/clock';
import { fiscalYear } from '../common/time/japan-time';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config.module';
import { newCertificateNumber } from './certificate-number';
import { completes } from './completion-rule';
import { CompletionRepository } from './completion.repository';

export type FinishOutcome = 'finished' | 'already_finished' | 'not_due' | 'not_finishable';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Decides completion (修了) when a course's last session has ended, once per course: the
 * decision holds the course's row lock and begins with the one-way UPDATE … WHERE status =
 * 'published', so a second run — concurrent or later — finds the course finished and writes
 * nothing; (booking_id, participant_position) is unique besides. Each completed participant gets
 * a certificate in the same transaction.
 *
 * Attendance corrected afterwards, within COMPLETION_CORRECTION_DAYS of the decision, re-decides
 * (`revise`): a participant now completing gets a certificate, one no longer completing has
 * theirs revoked (never deleted).
 */
@Injectable()
export class CompletionService {
  private readonly logger = new Logger('Completion');
  /** Sweeps wait for this first (the demo's backdated finishing; see `holdSweepsUntil`). */
  private sweepsHeldBy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly completions: CompletionRepository,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'completionCorrectionDays'>,
    // Nest injects the app's Clock; the demo seed builds this service by hand.
    private readonly clock: Clock = new SystemClock(),
  ) {}

  /** Finishes the course if due, in a transaction of its own. */
  async finish(courseId: string): Promise<FinishOutcome> {
    const now = this.clock.now();
    const result = await this.completions.transaction((manager) =>
      this.finishWith(manager, courseId, now),
    );
    if (result.outcome === 'finished') {
      // Ids and counts only: no personal data in logs.
      this.logger.log({
        msg: 'course finished',
        courseId,
        participants: result.participants,
        completed: result.completed,
      });
    }
    return result.outcome;
  }

  /**
   * The decision inside the caller's transaction (the demo seed finishes courses inside its
   * own), judged at `now`.
   */
  async finishWith(
    manager: EntityManager,
    courseId: string,
    now: Date,
    options: { mail: boolean } = { mail: true },
  ): Promise<{ outcome: FinishOutcome; participants?: number; completed?: number }> {
    const course = await this.completions.lockCourse(manager, courseId);
    if (!course) return { outcome: 'not_finishable' };
    if (course.status === 'finished') return { outcome: 'already_finished' };
    if (course.status !== 'published' || !course.lastEndsAt) return { outcome: 'not_finishable' };
    if (new Date(course.lastEndsAt).getTime() > now.getTime()) return { outcome: 'not_due' };
    if (!(await this.completions.markFinished(manager, courseId, now))) {
      return { outcome: 'already_finished' };
    }
    const participants = await this.completions.participants(manager, courseId, course.countsLate);
    const decisions = participants.map((participant) => ({
      ...participant,
      completed: completes(
        course.completionRule,
        course.sessionsHeld,
        participant.sessionsAttended,
      ),
    }));
    const completed = await this.completions.insertCompletions(
      manager,
      courseId,
      course.sessionsHeld,
      decisions,
      now,
    );
    await this.issue(manager, completed, fiscalYear(course.lastEndsAt), now, options);
    return { outcome: 'finished', participants: decisions.length, completed: completed.length };
  }

  /**
   * Re-decides a finished course from its attendance now, within the correction window.
   * Returns how many decisions changed.
   */
  async revise(courseId: string): Promise<number> {
    const now = this.clock.now();
    const changed = await this.completions.transaction((manager) =>
      this.reviseWith(manager, courseId, now),
    );
    if (changed > 0) this.logger.log({ msg: 'completions revised', courseId, changed });
    return changed;
  }

  async reviseWith(manager: EntityManager, courseId: string, now: Date): Promise<number> {
    const course = await this.completions.lockCourse(manager, courseId);
    if (!course || course.status !== 'finished' || !course.finishedAt) return 0;
    const windowEnds =
      new Date(course.finishedAt).getTime() + this.config.completionCorrectionDays * DAY_MS;
    if (now.getTime() > windowEnds) return 0;
    const current = new Map(
      (await this.completions.participants(manager, courseId, course.countsLate)).map((p) => [
        `${p.bookingId}/${p.participantPosition}`,
        p,
      ]),
    );
    const toIssue: string[] = [];
    let changed = 0;
    for (const stored of await this.completions.storedCompletions(manager, courseId)) {
      const fresh = current.get(`${stored.bookingId}/${stored.participantPosition}`);
      // A booking cancelled after the course (an erased account): its decision stands.
      if (!fresh) continue;
      const completed = completes(
        course.completionRule,
        stored.sessionsHeld,
        fresh.sessionsAttended,
      );
      if (
        fresh.sessionsAttended === stored.sessionsAttended &&
        fresh.minutesAttended === stored.minutesAttended &&
        completed === stored.completed
      ) {
        continue;
      }
      changed++;
      await this.completions.reviseCompletion(
        manager,
        stored.id,
        {
          sessionsAttended: fresh.sessionsAttended,
          minutesAttended: fresh.minutesAttended,
          completed,
        },
        now,
      );
      if (completed && !stored.validCertificateId) toIssue.push(stored.id);
      if (!completed && stored.validCertificateId) {
        await this.completions.revokeCertificate(
          manager,
          stored.validCertificateId,
          'attendance_corrected',
          now,
        );
      }
    }
    if (course.lastEndsAt) await this.issue(manager, toIssue, fiscalYear(course.lastEndsAt), now);
    return changed;
  }

  /**
   * Sweeps start only once `work` has settled. The demo seed finishes its past courses as of a
   * minute after their last session; a sweep running meanwhile would decide some of them as of
   * today. Call before the app starts its jobs (before `app.listen`).
   */
  holdSweepsUntil(work: Promise<unknown>): void {
    const held = this.sweepsHeldBy;
    this.sweepsHeldBy = Promise.all([held, work.catch(() => undefined)]);
  }

  /** Finishes every due course and revises those in their correction window. */
  async sweep(): Promise<{ finished: number; revised: number }> {
    await this.sweepsHeldBy;
    // Read after the wait: the decision time is when the sweep decides.
    const now = this.clock.now();
    let finished = 0;
    for (const courseId of await this.completions.dueCourseIds(now)) {
      try {
        if ((await this.finish(courseId)) === 'finished') finished++;
      } catch (error) {
        // One course's failure must not stop the others; the next sweep tries it again.
        this.logger.error({ msg: 'finishing a course failed', courseId, error: String(error) });
      }
    }
    const since = new Date(now.getTime() - this.config.completionCorrectionDays * DAY_MS);
    let revised = 0;
    for (const courseId of await this.completions.recentlyFinishedCourseIds(since)) {
      revised += await this.revise(courseId);
    }
    return { finished, revised };
  }

  /** Certificates for these completions, each with a fresh number (retried on a collision). */
  private async issue(
    manager: EntityManager,
    completionIds: string[],
    year: number,
    now: Date,
    options: { mail: boolean } = { mail: true },
  ): Promise<void> {
    let pending = completionIds;
    const numbers: string[] = [];
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt === 5) throw new Error('Could not draw unused certificate numbers');
      const drawn = pending.map((completionId) => ({
        completionId,
        number: newCertificateNumber(year),
      }));
      const issued = new Set(await this.completions.issueCertificates(manager, drawn, now));
      numbers.push(...drawn.filter((d) => issued.has(d.completionId)).map((d) => d.number));
      pending = pending.filter((id) => !issued.has(id));
    }
    // Each holder hears of their certificate (the demo's backdated seeding mails nobody).
    if (options.mail) await this.completions.queueIssuedMails(manager, numbers);
  }
}
