import { getMetadataStorage } from 'class-validator';

type Storage = ReturnType<typeof getMetadataStorage>;
type RulesOf = Storage['getTargetValidationMetadatas'];

const INSTALLED = Symbol.for('tsumugu.validationRulesMemo');

/**
 * class-validator looks a class's rules up anew on every validation: it walks every decorated
 * class of the API (some hundreds of DTOs) to find those the class inherits from, and filters
 * their rules by group — on every request with a body or query, before a single rule runs
 * (in `bench:booking`'s profile: 1.2 % of the app's samples, the largest item of the
 * ValidationPipe's 2.7 %). The rules are fixed once the classes are defined, so the answer is kept
 * per class and options; a rule added later (a class defined late) empties what was kept.
 * The answer is the same array of the same rules as before: nothing changes in what is
 * checked or in the messages.
 *
 * Installed once per process, on class-validator's one metadata storage.
 */
export function memoiseValidationRules(storage: Storage = getMetadataStorage()): void {
  const marked = storage as Storage & { [INSTALLED]?: true };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;

  const rulesOf: RulesOf = storage.getTargetValidationMetadatas.bind(storage);
  let kept = new Map<unknown, Map<string, ReturnType<RulesOf>>>();
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = JSON.stringify([schema, always, strictGroups, groups ?? null]);
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    let rules = byOptions.get(options);
    if (!rules) {
      rules = rulesOf(target, schema, always, strictGroups, groups);
      byOptions.set(options, rules);
    }
    return rules;
  };
  const forgetAll = <Args extends unknown[]>(add: (...args: Args) => void) => {
    return (...args: Args) => {
      kept = new Map();
      add(...args);
    };
  };
  storage.addValidationMetadata = forgetAll(storage.addValidationMetadata.bind(storage));
  storage.addConstraintMetadata = forgetAll(storage.addConstraintMetadata.bind(storage));
  storage.addValidationSchema = forgetAll(storage.addValidationSchema.bind(storage));
}
