import { HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { I18nService } from './i18n.service';

/** Tells the API which language to answer in (error messages, labels). */
export const acceptLanguageInterceptor: HttpInterceptorFn = (request, next) => {
  if (!request.url.startsWith('/api')) return next(request);
  const language = inject(I18nService).language();
  return next(request.clone({ setHeaders: { 'Accept-Language': language } }));
};
