/** The course form's lottery priorities field (travels with the organiser's course form). */
export const lotteryPrioritiesJa = {
  legend: '抽選の優先',
  hint: '選んだ条件に当てはまる方から先に抽選します（上の条件が優先）。選ばなければ全員同じ条件です。',
  first_time: '初めての方（終了した講座の受講歴がない方）',
  residents: '市内在住・在勤・在学の方',
};

export const lotteryPrioritiesEn: Record<keyof typeof lotteryPrioritiesJa, string> = {
  legend: 'Lottery priority',
  hint: 'People who meet a chosen condition are drawn first (the upper one counts first). With none chosen everyone is drawn alike.',
  first_time: 'First-time participants (no course finished before)',
  residents: 'People who live, work or study in Tsukuba',
};
