import { defineFeatureErrors } from '../common/errors/error-definition';

/** The learning record (学びの記録). */
export enum LearningErrorCode {
  LearnerNotFound = 'LEARNER_NOT_FOUND',
}

export const LEARNING_ERRORS = defineFeatureErrors('learning', LearningErrorCode, {
  // Also for another account's family member: whether that person exists is not ours to say.
  [LearningErrorCode.LearnerNotFound]: {
    status: 404,
    message: {
      ja: 'この方の学びの記録はありません。ご家族の登録をご確認ください。',
      en: 'There is no learning record for this person. Please check your family members.',
    },
  },
});
