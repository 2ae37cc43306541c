import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, Max, Min } from 'class-validator';
import { FieldHint } from '../../common/errors/validation';

/** The fiscal years the evaluation accepts (by the year each begins). */
export const FISCAL_YEAR_RANGE = { min: 2000, max: 2100 } as const;
/** The largest value (either sign) of an indicator's baseline, target or actual. */
export const INDICATOR_VALUE_LIMIT = 999_999_999_999;

/** The message of a fiscal year out of range, in both languages (field 'fiscalYear'). */
export const FISCAL_YEAR_HINT = {
  ja: '年度は2000〜2100の整数（例: 2026）で指定してください。',
  en: 'fiscalYear must be a whole number from 2000 to 2100, such as 2026.',
} as const;

/** A fiscal year: a whole number from 2000 to 2100 (a query string's text is converted). */
export function IsFiscalYear(ja: string = FISCAL_YEAR_HINT.ja, en: string = FISCAL_YEAR_HINT.en) {
  return applyDecorators(
    Type(() => Number),
    IsInt(),
    Min(FISCAL_YEAR_RANGE.min),
    Max(FISCAL_YEAR_RANGE.max),
    FieldHint(ja, en),
  );
}

/** An indicator's value: a finite number with at most two decimals, within the limit. */
export function IsIndicatorValue(ja: string, en: string) {
  return applyDecorators(
    Type(() => Number),
    IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }),
    Min(-INDICATOR_VALUE_LIMIT),
    Max(INDICATOR_VALUE_LIMIT),
    FieldHint(ja, en),
  );
}
