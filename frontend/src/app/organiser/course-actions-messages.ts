/** Strings of the organiser's course actions (publish, unpublish, cancel, duplicate). */
export const actionsJa = {
  heading: '講座の操作',
  publish: '公開する',
  published: '公開しました。市民が講座の一覧で見られます。',
  warnings: '公開しましたが、確認してください：',
  unpublish: '公開をやめる',
  unpublished: '公開をやめ、下書きに戻しました。',
  cancel: '講座を中止する',
  cancelConfirm:
    'この講座を中止しますか？すべての日程が中止され、部屋の予約も取り消されます。元に戻せません。',
  cancelYes: '中止する',
  cancelNo: 'やめる',
  cancelled: '講座を中止しました。',
  duplicate: '次の期に複製',
  shiftWeeks: '何週間後にずらすか',
  duplicateGo: '複製する',
  sendError: '送信できませんでした。通信状況をご確認のうえ、もう一度お試しください。',
  draftNote: '下書きです。日程を追加してから公開してください。',
} as const;

export const actionsEn: Record<keyof typeof actionsJa, string> = {
  heading: 'Course actions',
  publish: 'Publish',
  published: 'Published. Residents can now find it in the catalogue.',
  warnings: 'Published, but please check:',
  unpublish: 'Unpublish',
  unpublished: 'Unpublished and back to draft.',
  cancel: 'Cancel the course',
  cancelConfirm:
    'Cancel this course? Every session is cancelled and its room reservation released. This cannot be undone.',
  cancelYes: 'Cancel the course',
  cancelNo: 'Keep it',
  cancelled: 'The course is cancelled.',
  duplicate: 'Duplicate for the next term',
  shiftWeeks: 'Weeks to shift the dates by',
  duplicateGo: 'Duplicate',
  sendError: 'We could not send this. Please check your connection and try again.',
  draftNote: 'This is a draft. Add sessions, then publish it.',
};
