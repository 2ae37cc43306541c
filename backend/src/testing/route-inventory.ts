import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ACCESS_POLICY, type AccessPolicy } from '../access/access-policy.decorator';

export interface AppRoute {
  method: string;
  /** As Express matches it, e.g. /api/courses/:id */
  path: string;
  /** Controller.handler, or null for a route that is not a Nest handler. */
  handler: string | null;
  policy: AccessPolicy | undefined;
}

const join = (...parts: string[]) =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter(Boolean)
    .join('/')}`;

/** Every handler of every controller, with its declared access policy (handler over class). */
function nestHandlers(app: NestExpressApplication): Map<string, Omit<AppRoute, 'method' | 'path'>> {
  const reflector = new Reflector();
  const scanner = new MetadataScanner();
  const handlers = new Map<string, Omit<AppRoute, 'method' | 'path'>>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new () => object) | null;
      if (!controller) continue;
      const prefixes: string[] = [Reflect.getMetadata(PATH_METADATA, controller) ?? ''].flat();
      for (const name of scanner.getAllMethodNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, () => unknown>)[name];
        const paths: string[] | undefined = Reflect.getMetadata(PATH_METADATA, handler);
        if (paths === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const policy = reflector.getAllAndOverride<AccessPolicy | undefined>(ACCESS_POLICY, [
          handler,
          controller,
        ]);
        for (const prefix of prefixes) {
          for (const path of [paths].flat()) {
            handlers.set(`${method} ${join('api', prefix, path)}`, {
              handler: `${controller.name}.${name}`,
              policy,
            });
          }
        }
      }
    }
  }
  return handlers;
}

/**
 * The application's own route list — what Express will actually answer — each matched to the Nest
 * handler behind it and that handler's access policy.
 */
export function appRoutes(app: NestExpressApplication): AppRoute[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const handlers = nestHandlers(app);
  const routes: AppRoute[] = [];
  for (const layer of express.router.stack) {
    if (!layer.route) continue;
    const methods = Object.keys(layer.route.methods).filter(
      (method) => layer.route!.methods[method] && method !== '_all',
    );
    // Express's all() enables every method (ACL, BIND, … included): that is how Nest mounts
    // middleware for RequestMethod.ALL, and how an @All() handler is mounted.
    if (methods.includes('acl')) {
      const handler = handlers.get(`ALL ${layer.route.path}`);
      if (handler) routes.push({ method: 'ALL', path: layer.route.path, ...handler });
      continue;
    }
    for (const method of methods) {
      const found = handlers.get(`${method.toUpperCase()} ${layer.route.path}`);
      routes.push({
        method: method.toUpperCase(),
        path: layer.route.path,
        handler: found?.handler ?? null,
        policy: found?.policy,
      });
    }
  }
  return routes;
}
