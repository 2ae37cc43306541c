import { defineFeatureErrors } from '../common/errors/error-definition';

/** The department evaluation sheet (事務事業評価シート). */
export enum EvaluationSheetsErrorCode {
  EvaluationSheetNotFound = 'EVALUATION_SHEET_NOT_FOUND',
  EvaluationSheetChanged = 'EVALUATION_SHEET_CHANGED',
  EvaluationSheetNotEditable = 'EVALUATION_SHEET_NOT_EDITABLE',
  EvaluationSheetWrongState = 'EVALUATION_SHEET_WRONG_STATE',
  EvaluationSheetEmpty = 'EVALUATION_SHEET_EMPTY',
  EvaluationSheetFiscalYearAhead = 'EVALUATION_SHEET_FISCAL_YEAR_AHEAD',
}

export const EVALUATION_SHEETS_ERRORS = defineFeatureErrors(
  'evaluation-sheets',
  EvaluationSheetsErrorCode,
  {
    [EvaluationSheetsErrorCode.EvaluationSheetNotFound]: {
      status: 404,
      message: {
        ja: 'この評価シートは見つかりません。',
        en: 'This evaluation sheet was not found.',
      },
    },
    [EvaluationSheetsErrorCode.EvaluationSheetChanged]: {
      status: 409,
      message: {
        ja: 'この評価シートは、開いている間に別の方が更新しました。最新の内容を読み込んでから、もう一度操作してください（入力した内容は画面に残っています）。',
        en: 'Someone else changed this evaluation sheet while you had it open. Load the latest version, then try again (what you typed is still on the screen).',
      },
    },
    [EvaluationSheetsErrorCode.EvaluationSheetNotEditable]: {
      status: 409,
      message: {
        ja: '提出済み・確認済みの評価シートは変更できません。生涯学習推進課から差し戻されると、再び編集できます。',
        en: 'A submitted or accepted evaluation sheet cannot be changed. It can be edited again once the lifelong-learning section returns it.',
      },
    },
    [EvaluationSheetsErrorCode.EvaluationSheetWrongState]: {
      status: 409,
      message: {
        ja: '評価シートの今の状態では、この操作はできません。画面を読み込み直してください。',
        en: 'This cannot be done in the evaluation sheet’s current state. Please reload the page.',
      },
    },
    [EvaluationSheetsErrorCode.EvaluationSheetEmpty]: {
      status: 409,
      message: {
        ja: '成果・課題・改善策・次年度の取組をすべて入力してから提出してください。',
        en: "Fill in outcomes, issues, improvements and next year's plan before submitting.",
      },
    },
    [EvaluationSheetsErrorCode.EvaluationSheetFiscalYearAhead]: {
      status: 409,
      message: {
        ja: 'まだ始まっていない年度の評価シートは作成できません。',
        en: 'A sheet cannot be written for a fiscal year that has not begun.',
      },
    },
  },
);
