import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ChangeListener } from '../database/change-listener';
import { BookingsRepository, type CourseContext } from './bookings.repository';

/** The channel the course triggers notify (migration 1795940000000-booking-context-revision). */
export const COURSE_CHANGED_CHANNEL = 'tsumugu_course_changed';

/** Courses kept at most; the least recently read goes first (a city has a few thousand open). */
const MAX_COURSES = 5_000;

/**
 * The course's part of the booking context, kept in memory between bookings: at 9:00 every
 * booking of a course reads the same course, sessions and rules, and building them is most of
 * the database's work per booking beyond the seat itself.
 *
 * Kept honest twice over:
 *  1. The database tells every app process when a course, its sessions or the names it shows
 *     change (NOTIFY tsumugu_course_changed, by trigger, at commit) and the copy is dropped.
 *     While the listening connection is down the cache keeps nothing and reads through. A read
 *     that began before a change was heard is not kept (the generation count).
 *  2. Whatever the timing of that notice, the booking carries the revision its copy was read at,
 *     and tsumugu_take_seats decides 'stale' (writing nothing) when the course under its lock is
 *     at another: BookingsService then drops the copy, reads the course afresh and decides
 *     again. A changed course is never booked on what was known before the change.
 */
@Injectable()
export class CourseContextCache implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly entries = new Map<string, CourseContext>();
  /** Bumped by every change heard: a read that started before it is not kept. */
  private generation = 0;
  private readonly listener: ChangeListener;
  private readonly logger = new Logger('CourseContextCache');
  /** Reads answered from memory and from the database (for the logs and the tests). */
  readonly counts = { hits: 0, reads: 0 };

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BookingsRepository,
  ) {
    this.listener = new ChangeListener(
      dataSource,
      COURSE_CHANGED_CHANNEL,
      { changed: (payload) => this.changed(payload), reset: () => this.clear() },
      (message) => this.logger.warn(message),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Describing the API (npm run openapi) builds the app without a database: nothing to hear.
    if (!this.dataSource.isInitialized) return;
    await this.listener.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.listener.stop();
  }

  /** True while changes are heard (otherwise every read goes to the database). */
  get listening(): boolean {
    return this.listener.listening;
  }

  /** The course's context: from memory when known and unchanged, else read (null: not public). */
  async get(courseId: string): Promise<CourseContext | null> {
    const kept = this.entries.get(courseId);
    if (kept) {
      this.counts.hits++;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(courseId);
      this.entries.set(courseId, kept);
      return kept;
    }
    return this.read(courseId);
  }

  /** Reads the course from the database (and keeps it, if nothing changed meanwhile). */
  async read(courseId: string): Promise<CourseContext | null> {
    this.counts.reads++;
    const generation = this.generation;
    const context = await this.repository.courseContext(courseId);
    if (context && generation === this.generation && this.listener.listening) {
      this.entries.set(courseId, context);
      if (this.entries.size > MAX_COURSES) {
        this.entries.delete(this.entries.keys().next().value!);
      }
    }
    return context;
  }

  /** Whether a copy of the course is kept (for the tests). */
  has(courseId: string): boolean {
    return this.entries.has(courseId);
  }

  /** Drops the course's copy (it was found stale). */
  forget(courseId: string): void {
    this.generation++;
    this.entries.delete(courseId);
  }

  private changed(payload: string): void {
    if (payload === '*') this.clear();
    else this.forget(payload);
  }

  private clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
