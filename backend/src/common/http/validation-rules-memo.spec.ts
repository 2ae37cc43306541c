import {
  getMetadataStorage,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  MetadataStorage,
  validate,
} from 'class-validator';
import { memoiseValidationRules } from './validation-rules-memo';

class Base {
  @IsString()
  @MaxLength(5)
  name!: string;
}

class Derived extends Base {
  @IsInt()
  count!: number;

  @IsOptional()
  @IsString({ groups: ['admin'] })
  note?: string;
}

const ruleNames = (rules: { propertyName: string; name?: string; type: string }[]) =>
  rules.map((rule) => `${rule.propertyName}:${rule.name ?? rule.type}`).sort();

describe('memoiseValidationRules', () => {
  it('answers each class and options with the same rules as class-validator, looked up once', () => {
    const storage = new MetadataStorage();
    for (const rule of getMetadataStorage()['validationMetadatas'].values()) {
      for (const metadata of rule) storage.addValidationMetadata(metadata);
    }
    const cases: Parameters<MetadataStorage['getTargetValidationMetadatas']>[] = [
      [Derived, '', false, false, undefined],
      [Derived, '', false, false, ['admin']],
      [Derived, '', true, true, undefined],
      [Base, '', false, false, undefined],
    ];
    const before = cases.map((args) => ruleNames(storage.getTargetValidationMetadatas(...args)));
    const lookups = jest.spyOn(storage, 'getTargetValidationMetadatas');
    memoiseValidationRules(storage);
    lookups.mockClear();
    // The memo wraps the spied lookup: count how often the real lookup runs.
    const after = cases.map((args) => ruleNames(storage.getTargetValidationMetadatas(...args)));
    const again = cases.map((args) => ruleNames(storage.getTargetValidationMetadatas(...args)));
    expect(after).toEqual(before);
    expect(again).toEqual(before);
    expect(before[0]).toEqual(
      expect.arrayContaining(['count:isInt', 'name:isString', 'name:maxLength']),
    );
    expect(before[1]).toContain('note:isString');
    expect(before[2]).not.toContain('note:isString');
    expect(lookups).toHaveBeenCalledTimes(cases.length);
  });

  it('sees a rule added after the first lookup (a class defined late)', () => {
    const storage = getMetadataStorage();
    class Late {
      value!: string;
    }
    memoiseValidationRules(storage);
    expect(storage.getTargetValidationMetadatas(Late, '', false, false)).toEqual([]);
    IsString()(Late.prototype, 'value');
    expect(storage.getTargetValidationMetadatas(Late, '', false, false)).toHaveLength(1);
  });

  it('validates as before on the storage the app uses: the same errors, time after time', async () => {
    memoiseValidationRules();
    memoiseValidationRules(); // installed once, whatever the calls
    const wrong = Object.assign(new Derived(), { name: 'too long', count: 1.5 });
    for (let n = 0; n < 3; n++) {
      const errors = await validate(wrong);
      expect(errors.map((error) => [error.property, Object.keys(error.constraints ?? {})])).toEqual(
        [
          ['count', ['isInt']],
          ['name', ['maxLength']],
        ],
      );
    }
    await expect(validate(Object.assign(new Derived(), { name: 'ok', count: 2 }))).resolves.toEqual(
      [],
    );
  });
});
