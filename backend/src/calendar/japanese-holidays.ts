/**
 * Japanese national holidays (国民の祝日) computed from the Act on National Holidays, valid for
 * 2000–2099: fixed dates, Happy Monday days, the equinoxes by the standard astronomical formula,
 * the 2019 enthronement days and the 2020/2021 Olympic moves, 振替休日 (a Sunday holiday moves
 * to the next day that is not a holiday) and 国民の休日 (a day between two holidays).
 * Computed rather than taken from a package so that nothing has to be updated each year; the
 * equinox days are announced by the Cabinet each February and have matched this formula for
 * every year so far (the formula is accurate well past 2050).
 */
export interface JapaneseHoliday {
  /** YYYY-MM-DD, Japan date */
  date: string;
  nameJa: string;
  nameEn: string;
}

const pad = (value: number) => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
/** 0 = Sunday … 6 = Saturday (dates have no time zone here: UTC is just the calendar) */
const weekday = (year: number, month: number, day: number) =>
  new Date(Date.UTC(year, month - 1, day)).getUTCDay();

/** The nth Monday of a month (Happy Monday system). */
function nthMonday(year: number, month: number, n: number): number {
  const first = weekday(year, month, 1);
  return 1 + ((8 - first) % 7) + (n - 1) * 7;
}

/** 春分日 and 秋分日 by the formula used by the National Astronomical Observatory, 1980–2099. */
export function vernalEquinoxDay(year: number): number {
  return Math.floor(20.8431 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}
export function autumnalEquinoxDay(year: number): number {
  return Math.floor(23.2488 + 0.242194 * (year - 1980) - Math.floor((year - 1980) / 4));
}

function baseHolidays(year: number): [number, number, string, string][] {
  const days: [number, number, string, string][] = [
    [1, 1, '元日', "New Year's Day"],
    [1, nthMonday(year, 1, 2), '成人の日', 'Coming of Age Day'],
    [2, 11, '建国記念の日', 'National Foundation Day'],
    [3, vernalEquinoxDay(year), '春分の日', 'Vernal Equinox Day'],
    [4, 29, year >= 2007 ? '昭和の日' : 'みどりの日', year >= 2007 ? 'Showa Day' : 'Greenery Day'],
    [5, 3, '憲法記念日', 'Constitution Memorial Day'],
    [5, 5, 'こどもの日', "Children's Day"],
    [9, autumnalEquinoxDay(year), '秋分の日', 'Autumnal Equinox Day'],
    [11, 3, '文化の日', 'Culture Day'],
    [11, 23, '勤労感謝の日', 'Labour Thanksgiving Day'],
  ];
  if (year >= 2007) days.push([5, 4, 'みどりの日', 'Greenery Day']);
  if (year >= 2020) days.push([2, 23, '天皇誕生日', "The Emperor's Birthday"]);
  if (year <= 2018) days.push([12, 23, '天皇誕生日', "The Emperor's Birthday"]);
  if (year === 2019) {
    days.push([5, 1, '即位の日', 'Enthronement Day']);
    days.push([10, 22, '即位礼正殿の儀', 'Enthronement Ceremony Day']);
  }
  // 海の日: 20 July until 2002, then the third Monday; moved for the Tokyo Olympics.
  const marine: Record<number, number> = { 2020: 23, 2021: 22 };
  days.push([
    7,
    marine[year] ?? (year <= 2002 ? 20 : nthMonday(year, 7, 3)),
    '海の日',
    'Marine Day',
  ]);
  // 山の日 from 2016, moved for the Olympics.
  if (year >= 2016) {
    const mountain = year === 2020 ? [8, 10] : year === 2021 ? [8, 8] : [8, 11];
    days.push([mountain[0], mountain[1], '山の日', 'Mountain Day']);
  }
  days.push([9, year <= 2002 ? 15 : nthMonday(year, 9, 3), '敬老の日', 'Respect for the Aged Day']);
  // 体育の日 (スポーツの日 from 2020): second Monday of October; in July for the Olympics.
  if (year === 2020) days.push([7, 24, 'スポーツの日', 'Sports Day']);
  else if (year === 2021) days.push([7, 23, 'スポーツの日', 'Sports Day']);
  else {
    const name =
      year >= 2020 ? ['スポーツの日', 'Sports Day'] : ['体育の日', 'Health and Sports Day'];
    days.push([10, nthMonday(year, 10, 2), name[0], name[1]]);
  }
  return days;
}

const cache = new Map<number, JapaneseHoliday[]>();

/** Every national holiday of a year (2000–2099), in date order. */
export function japaneseHolidays(year: number): JapaneseHoliday[] {
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw new RangeError(`Japanese holidays are computed for 2000–2099, not ${year}`);
  }
  const cached = cache.get(year);
  if (cached) return cached;
  const byDate = new Map<string, JapaneseHoliday>();
  for (const [month, day, nameJa, nameEn] of baseHolidays(year)) {
    byDate.set(iso(year, month, day), { date: iso(year, month, day), nameJa, nameEn });
  }
  // 国民の休日: a day that is not a holiday but lies between two holidays (not a Sunday before
  // 2007, when such a day was an ordinary day off anyway).
  for (let time = Date.UTC(year, 0, 2); time < Date.UTC(year, 11, 31); time += 86_400_000) {
    const day = new Date(time);
    const date = day.toISOString().slice(0, 10);
    const before = new Date(time - 86_400_000).toISOString().slice(0, 10);
    const after = new Date(time + 86_400_000).toISOString().slice(0, 10);
    if (byDate.has(date) || !byDate.has(before) || !byDate.has(after)) continue;
    if (year < 2007 && day.getUTCDay() === 0) continue;
    byDate.set(date, { date, nameJa: '国民の休日', nameEn: "Citizens' Holiday" });
  }
  // 振替休日: a holiday on a Sunday gives the next day that is not a holiday (from 2007; before,
  // only the Monday, which is the same thing for the holidays of those years).
  const substitutes: JapaneseHoliday[] = [];
  for (const holiday of byDate.values()) {
    let time = Date.parse(`${holiday.date}T00:00:00Z`);
    if (new Date(time).getUTCDay() !== 0) continue;
    do time += 86_400_000;
    while (byDate.has(new Date(time).toISOString().slice(0, 10)) && year >= 2007);
    const date = new Date(time).toISOString().slice(0, 10);
    if (byDate.has(date) || !date.startsWith(String(year))) continue;
    substitutes.push({ date, nameJa: '振替休日', nameEn: 'Substitute Holiday' });
  }
  for (const substitute of substitutes) byDate.set(substitute.date, substitute);
  const holidays = [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
  cache.set(year, holidays);
  return holidays;
}

/** The holiday on a Japan date (YYYY-MM-DD), if any. */
export function japaneseHoliday(date: string): JapaneseHoliday | undefined {
  return japaneseHolidays(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
}
