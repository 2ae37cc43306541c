import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../common/errors/domain-error';
import { ErrorCode } from '../common/errors/error-registry';
import { requestLanguage } from '../common/errors/request-language';
import type { PageHead, PageHeadRequest } from '../common/http/frontend-assets';
import { APP_CONFIG } from '../config/app-config.module';
import type { AppConfig } from '../config/app-config';
import { CoursesService } from '../courses/courses.service';
import { coursePageHead } from './course-page-head';

const COURSE_PAGE =
  /^\/courses\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;

/**
 * The server-written <head> of a public course page (/courses/:id): its title, meta tags and
 * JSON-LD from the same course detail the page itself reads. A draft or unknown course gets
 * the app's generic page with status 404; other paths are not this service's.
 */
@Injectable()
export class CoursePageHeadService {
  constructor(
    private readonly courses: CoursesService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'publicUrl'>,
  ) {}

  async pageHead(request: PageHeadRequest): Promise<PageHead | null> {
    const match = COURSE_PAGE.exec(request.path);
    if (!match) return null;
    const language = requestLanguage(request.acceptLanguage);
    try {
      const course = await this.courses.detail(match[1].toLowerCase());
      return { status: 200, head: coursePageHead(course, language, this.config.publicUrl) };
    } catch (error) {
      if (error instanceof DomainError && error.code === ErrorCode.CourseNotFound) {
        return { status: 404, head: null };
      }
      throw error;
    }
  }
}
