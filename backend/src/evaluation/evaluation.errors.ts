import { defineFeatureErrors } from '../common/errors/error-definition';
import type { Label } from '../reference/reference-data';

/** The plan's evaluation: indicators and their values. */
export enum EvaluationErrorCode {
  IndicatorNotFound = 'INDICATOR_NOT_FOUND',
}

export const EVALUATION_ERRORS = defineFeatureErrors('evaluation', EvaluationErrorCode, {
  [EvaluationErrorCode.IndicatorNotFound]: {
    status: 404,
    message: {
      ja: 'この指標は見つかりません。削除された可能性があります。',
      en: 'This indicator was not found. It may have been deleted.',
    },
  },
});

/** Field messages of the evaluation's own checks (beyond each field's DTO hint). */
export const EVALUATION_MESSAGES = {
  targetAfterBaseline: {
    ja: '目標年度は基準年度より後の年度にしてください。',
    en: 'The target year must come after the baseline year.',
  },
  targetInDirection: {
    higher: {
      ja: '「高いほどよい」指標の目標値は基準値より大きくしてください。',
      en: 'For a higher-is-better indicator, the target must be above the baseline.',
    },
    lower: {
      ja: '「低いほどよい」指標の目標値は基準値より小さくしてください。',
      en: 'For a lower-is-better indicator, the target must be below the baseline.',
    },
  } satisfies Record<'higher' | 'lower', Label>,
  thresholdsOrder: {
    ja: '「概ね順調」の基準は「順調」の基準より小さくしてください。',
    en: 'The nearly-on-track threshold must be below the on-track threshold.',
  },
  filtersNotForFigure: {
    ja: 'この集計値はこの絞り込みでは出せません。',
    en: 'This figure does not break down by the filters chosen.',
  },
};
