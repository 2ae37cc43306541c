/** Strings of the course form's instructor picker (in the organiser's chunk). */
export const pickerJa = {
  label: '人材バンクの講師',
  placeholder: '名前や分野で検索',
  chosen: '選んだ講師',
  remove: '{name}を外す',
  none: '見つかりませんでした',
  hint: '登録された講師を選ぶと、講座のページに講師のカードが表示されます（10人まで）。名前の欄と一緒に使えます。',
  directory: '講師一覧を別のタブで開く',
} as const;

export type PickerMessageKey = keyof typeof pickerJa;

export const pickerEn: Record<PickerMessageKey, string> = {
  label: 'Instructors from the bank',
  placeholder: 'Search by name or field',
  chosen: 'Chosen instructors',
  remove: 'Remove {name}',
  none: 'No instructor found',
  hint: 'Registered instructors you choose appear as cards on the course page (up to 10). Use it with or instead of the names field.',
  directory: 'Open the list of instructors in a new tab',
};
