import { Logger, ValidationPipe } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { validationExceptionFactory } from './common/errors/validation';
import {
  findFrontendBuild,
  readInlineScriptHashes,
  serveFrontend,
} from './common/http/frontend-assets';
import { apiCompression } from './common/http/api-compression';
import { securityHeaders } from './common/http/security-headers';
import { memoiseValidationRules } from './common/http/validation-rules-memo';
import { rejectUnsafeInput } from './common/http/unsafe-input';
import { requestLogger } from './common/logging/request-logger';
import type { AppConfig } from './config/app-config';
import { CoursePageHeadService } from './opendata/course-page-head.service';
import { withPageHead } from './opendata/course-page-head';
import { createOpenApiDocument } from './openapi/openapi-document';

/**
 * Everything main.ts and the integration tests share: one configuration of the HTTP layer, so
 * that what is tested is what runs.
 */
export function configureApp(
  app: NestExpressApplication,
  config: Pick<AppConfig, 'corsOrigins' | 'frontendDist'>,
): void {
  const frontend = findFrontendBuild(config.frontendDist);
  app.disable('x-powered-by');
  // Behind one reverse proxy on the same machine (Docker), req.ip is the client's address.
  app.set('trust proxy', 'loopback');
  app.use(requestLogger());
  app.use(securityHeaders(readInlineScriptHashes(frontend)));
  app.use(apiCompression());
  app.enableCors(
    config.corsOrigins.length > 0
      ? { origin: config.corsOrigins, credentials: true }
      : { origin: false },
  );
  // The parsers Nest would add at init (same options), here so that the input check runs after
  // them and before every guard, interceptor and pipe.
  app.useBodyParser('json');
  app.useBodyParser('urlencoded', { extended: true });
  app.use(rejectUnsafeInput());
  app.setGlobalPrefix('api');
  // Each DTO's rules looked up once, not on every request (validation-rules-memo.ts).
  memoiseValidationRules();
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      // The factory reads each field's bilingual hint from the DTO class of the failed object.
      validationError: { target: true, value: false },
      exceptionFactory: validationExceptionFactory,
    }),
  );
  app.useGlobalFilters(new AllExceptionsFilter());
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
    customSiteTitle: 'tsumugu API',
  });
  if (frontend) {
    const heads = app.get(CoursePageHeadService, { strict: false });
    const logger = new Logger('CoursePageHead');
    serveFrontend(app, frontend, {
      heads: (request) => heads.pageHead(request),
      write: withPageHead,
      log: (error) => logger.warn(`course page head failed: ${String(error)}`),
    });
  }
}
