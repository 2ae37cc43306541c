import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { APP_VERSION } from '../config/version';

export function createOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('tsumugu API')
    .setDescription(
      'つくば市 生涯学習 講座カタログ・予約システム — the course catalogue and booking API of ' +
        "Tsukuba City's lifelong-learning plan. Errors carry a code and messages in Japanese and " +
        'English; send Accept-Language: en for English `message`.',
    )
    .setVersion(APP_VERSION)
    .build();
  return SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
}

/** Object keys sorted recursively, so the committed document diffs cleanly. */
export function stableJson(value: unknown): string {
  const sort = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(sort);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.keys(node as object)
          .sort()
          .map((key) => [key, sort((node as Record<string, unknown>)[key])]),
      );
    }
    return node;
  };
  return JSON.stringify(sort(value), null, 2) + '\n';
}
