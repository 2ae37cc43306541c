/** Strings of the organiser's course picture editor and the draft preview. */
export const courseImageJa = {
  heading: '講座の写真',
  lead: '講座ページの上部に表示されます。JPEG・PNG・WebP形式、2MBまで。',
  none: 'まだ写真はありません。',
  current: '現在の写真',
  chosen: '保存前のプレビュー',
  choose: '写真を選ぶ',
  chooseOther: '別の写真を選ぶ',
  save: 'この写真を保存',
  discard: '選んだ写真をやめる',
  remove: '写真を削除',
  removeConfirm: '講座の写真を削除しますか。',
  removeYes: '削除する',
  removeNo: 'やめる',
  saved: '写真を保存しました。',
  removed: '写真を削除しました。',
  wrongType: '「{name}」はJPEG・PNG・WebP形式ではありません。これらの形式の画像を選んでください。',
  tooLarge: '「{name}」は{size}あります。2MBまでの画像を選んでください。',
  fileInfo: '{name}（{size}）',
  unreadable: '「{name}」を読み込めませんでした。別のファイルを選んでください。',
  altJa: '写真の説明（日本語）',
  altEn: '写真の説明（英語・任意）',
  altHint:
    '目の不自由な方の読み上げに使います。写っているものを短く（例：和室で筆を持つ親子）。飾りだけの写真なら空欄に。200文字まで。',
  'preview.link': '市民向けページのプレビュー',
  'preview.banner':
    'プレビュー：市民が見る講座ページです。{status}のため、まだ公開されていません。',
  'preview.bannerPublished':
    'プレビュー：市民が見る講座ページです（公開中）。申込欄はここでは表示されません。',
  'preview.back': '講座の管理へ戻る',
  'preview.needsSession':
    'プレビューには少なくとも1回の日程が必要です。講座の管理画面で日程を追加してください。',
} as const;

export type CourseImageMessageKey = keyof typeof courseImageJa;

export const courseImageEn: Record<CourseImageMessageKey, string> = {
  heading: 'Course picture',
  lead: 'Shown at the top of the course page. JPEG, PNG or WebP, up to 2 MB.',
  none: 'No picture yet.',
  current: 'Current picture',
  chosen: 'Preview before saving',
  choose: 'Choose a picture',
  chooseOther: 'Choose another picture',
  save: 'Save this picture',
  discard: 'Discard the chosen picture',
  remove: 'Remove the picture',
  removeConfirm: 'Remove the course picture?',
  removeYes: 'Remove',
  removeNo: 'Keep it',
  saved: 'Picture saved.',
  removed: 'Picture removed.',
  wrongType: '"{name}" is not a JPEG, PNG or WebP image. Please choose one of those.',
  tooLarge: '"{name}" is {size}. Please choose an image of at most 2 MB.',
  fileInfo: '{name} ({size})',
  unreadable: 'We could not read "{name}". Please choose another file.',
  altJa: 'What the picture shows (Japanese)',
  altEn: 'What the picture shows (English, optional)',
  altHint:
    'Read out to people who cannot see it. Say briefly what it shows (e.g. a parent and child holding brushes); leave it empty if the picture only decorates. Up to 200 characters.',
  'preview.link': 'Preview the public page',
  'preview.banner':
    'Preview: the course page as citizens will see it. It is {status}, so not public yet.',
  'preview.bannerPublished':
    'Preview: the course page as citizens see it (published). The booking panel is not shown here.',
  'preview.back': 'Back to managing the course',
  'preview.needsSession':
    'A preview needs at least one session. Add a session on the course management page.',
};
