import { defineFeatureErrors } from '../common/errors/error-definition';

/** Lottery courses. */
export enum LotteryErrorCode {
  LotteryNotFound = 'LOTTERY_NOT_FOUND',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const LOTTERY_ERRORS = defineFeatureErrors('lottery', LotteryErrorCode, {
  [LotteryErrorCode.LotteryNotFound]: {
    status: 404,
    message: {
      ja: 'この講座は抽選ではありません。申込は先着順です。',
      en: 'This course is not decided by lottery; bookings are first come, first served.',
    },
  },
});
