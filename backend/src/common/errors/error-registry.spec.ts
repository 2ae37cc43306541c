import 'reflect-metadata';
import { buildOpenApiDocument } from '../../openapi/openapi-app';
import { defineFeatureErrors } from './error-definition';
import {
  ERROR_CODES,
  ERROR_DEFINITIONS,
  ErrorCode,
  FEATURE_ERRORS,
  gatherErrors,
} from './error-registry';

describe('the error registry', () => {
  const registered = FEATURE_ERRORS.flatMap(({ codes }) => Object.values(codes));

  it('registers every code of every feature exactly once', () => {
    expect(new Set(registered).size).toBe(registered.length);
    expect([...ERROR_CODES].sort()).toEqual([...registered].sort());
    expect(Object.values(ErrorCode).sort()).toEqual([...registered].sort());
  });

  it('gives every code an error status and a message in Japanese and in English', () => {
    for (const code of ERROR_CODES) {
      const { status, message } = ERROR_DEFINITIONS[code];
      expect({ code, status: status >= 400 && status <= 599 }).toEqual({ code, status: true });
      expect({ code, ja: message.ja.trim().length > 0, en: message.en.trim().length > 0 }).toEqual({
        code,
        ja: true,
        en: true,
      });
    }
  });

  it('refuses a code that a second feature registers again', () => {
    const message = { ja: 'あ', en: 'a' };
    const first = defineFeatureErrors(
      'first',
      { Taken: 'TAKEN' },
      { TAKEN: { status: 409, message } },
    );
    const again = defineFeatureErrors(
      'again',
      { Other: 'TAKEN' },
      { TAKEN: { status: 404, message } },
    );
    const sameName = defineFeatureErrors(
      'same-name',
      { Taken: 'ALSO' },
      { ALSO: { status: 404, message } },
    );
    expect(() => gatherErrors([first, again])).toThrow(
      'error code TAKEN (Other) of again is already registered by first',
    );
    expect(() => gatherErrors([first, sameName])).toThrow(/ALSO \(Taken\) of same-name/);
    expect(() => gatherErrors(FEATURE_ERRORS)).not.toThrow();
  });

  it('is the ErrorCode enum of the OpenAPI document', async () => {
    const document = await buildOpenApiDocument();
    const schema = document.components?.schemas?.['ErrorCode'] as { enum: string[] };
    expect(schema.enum).toEqual(ERROR_CODES);
  });
});
