import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { requestLanguage } from '../errors/request-language';

/** The language the client asked for (Accept-Language), 'ja' by default. */
export const RequestLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestLanguage(context.switchToHttp().getRequest<Request>().headers['accept-language']),
);
