/** Strings of the facility staff workspace, in its own lazy chunk. */
export const staffJa = {
  heading: '担当の施設',
  lead: '担当する施設と部屋です。部屋の予定や休館日の管理は今後ここに加わります。',
  empty: '担当の施設はまだありません。',
  publicPage: '公開ページを見る',
  roomsOf: '{name}の部屋',
} as const;

export type StaffMessageKey = keyof typeof staffJa;

export const staffEn: Record<StaffMessageKey, string> = {
  heading: 'Your facilities',
  lead: 'The facilities you work at and their rooms. Room schedules and closures will be managed here.',
  empty: 'You are not assigned to a facility yet.',
  publicPage: 'See the public page',
  roomsOf: 'Rooms of {name}',
};
