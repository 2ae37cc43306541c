import { ValidationFailedError } from '../errors/domain-error';
import { UuidParamPipe } from './uuid-param.pipe';

describe('UuidParamPipe', () => {
  const pipe = new UuidParamPipe();

  it('accepts a UUID in any case, giving it in lower case', () => {
    expect(pipe.transform('0B7A1C7E-3D2F-5A4B-8C9D-0E1F2A3B4C5D')).toBe(
      '0b7a1c7e-3d2f-5a4b-8c9d-0e1f2a3b4c5d',
    );
  });

  it.each(['1', 'abc', "1' OR '1'='1", '0b7a1c7e-3d2f-5a4b-8c9d-0e1f2a3b4c5'])(
    'refuses %p with a bilingual message for the id field',
    (value) => {
      expect(() => pipe.transform(value)).toThrow(ValidationFailedError);
      try {
        pipe.transform(value);
      } catch (error) {
        expect((error as ValidationFailedError).fields).toEqual([
          expect.objectContaining({ field: 'id', ja: expect.any(String), en: expect.any(String) }),
        ]);
      }
    },
  );
});
