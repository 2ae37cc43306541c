import { defineFeatureErrors } from '../common/errors/error-definition';

/** The course questionnaire: the mailed link, the organiser's questions. */
export enum QuestionnairesErrorCode {
  QuestionnaireLinkNotFound = 'QUESTIONNAIRE_LINK_NOT_FOUND',
  QuestionnaireAlreadyAnswered = 'QUESTIONNAIRE_ALREADY_ANSWERED',
  QuestionnaireClosed = 'QUESTIONNAIRE_CLOSED',
  QuestionnaireQuestionsFrozen = 'QUESTIONNAIRE_QUESTIONS_FROZEN',
}

/** Status and a message a person can act on, in Japanese and English, for each code. */
export const QUESTIONNAIRES_ERRORS = defineFeatureErrors(
  'questionnaires',
  QuestionnairesErrorCode,
  {
    [QuestionnairesErrorCode.QuestionnaireLinkNotFound]: {
      status: 404,
      message: {
        ja: 'このアンケートのリンクは見つかりません。メールのリンクを、途中で切れていないか確かめてもう一度開いてください。',
        en: 'This questionnaire link was not found. Please open the link in the mail again, and check that it was not cut short.',
      },
    },
    [QuestionnairesErrorCode.QuestionnaireAlreadyAnswered]: {
      status: 409,
      message: {
        ja: 'このアンケートにはすでにご回答いただいています。ご協力ありがとうございました。',
        en: 'This questionnaire has already been answered. Thank you for your help.',
      },
    },
    [QuestionnairesErrorCode.QuestionnaireClosed]: {
      status: 410,
      message: {
        ja: 'このアンケートの回答期間は終了しました。',
        en: 'This questionnaire has closed.',
      },
    },
    [QuestionnairesErrorCode.QuestionnaireQuestionsFrozen]: {
      status: 409,
      message: {
        ja: '回答が届いた後は、独自の質問を変更できません（集計が比べられなくなるためです）。',
        en: 'The questions cannot change once the first answer has arrived (the answers would no longer add up).',
      },
    },
  },
);
