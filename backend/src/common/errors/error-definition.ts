import type { Label } from '../../reference/reference-data';

/** What a client receives for one error code: the HTTP status and a message a person can act on. */
export interface ErrorDefinition {
  status: number;
  message: Label;
}

/**
 * One feature's errors (its `<feature>.errors.ts`): the feature's code enum and, for every code
 * in it, its definition. The Record is exhaustive, so a code without a status and messages fails
 * to compile. The registry (error-registry.ts) gathers every feature's.
 */
export interface FeatureErrors<Codes extends Record<string, string>> {
  feature: string;
  codes: Codes;
  definitions: Record<Codes[keyof Codes], ErrorDefinition>;
}

export function defineFeatureErrors<Codes extends Record<string, string>>(
  feature: string,
  codes: Codes,
  definitions: Record<Codes[keyof Codes], ErrorDefinition>,
): FeatureErrors<Codes> {
  return { feature, codes, definitions };
}
