import { byLifeStage, byPillar, figuresOf } from './learning-figures';

describe('learning figures', () => {
  const courses = [
    {
      courseId: 'a',
      outcome: 'completed' as const,
      sessionsAttended: 3,
      minutes: 360,
      pillar: 1 as const,
      lifeStages: ['parenting' as const, 'all_ages' as const],
    },
    {
      courseId: 'b',
      outcome: 'attended' as const,
      sessionsAttended: 1,
      minutes: 90,
      pillar: 4 as const,
      lifeStages: ['seniors' as const],
    },
    {
      courseId: 'c',
      outcome: 'completed' as const,
      sessionsAttended: 2,
      minutes: 120,
      pillar: 1 as const,
      lifeStages: ['parenting' as const],
    },
  ];

  it('adds up courses completed and attended, sessions and minutes', () => {
    expect(figuresOf(courses)).toEqual({
      coursesCompleted: 2,
      coursesAttended: 3,
      sessionsAttended: 6,
      minutes: 570,
    });
    expect(figuresOf([])).toEqual({
      coursesCompleted: 0,
      coursesAttended: 0,
      sessionsAttended: 0,
      minutes: 0,
    });
  });

  it('lists every pillar in order, zeros included', () => {
    expect(byPillar(courses)).toEqual([
      { pillar: 1, coursesCompleted: 2, coursesAttended: 2, sessionsAttended: 5, minutes: 480 },
      { pillar: 2, coursesCompleted: 0, coursesAttended: 0, sessionsAttended: 0, minutes: 0 },
      { pillar: 3, coursesCompleted: 0, coursesAttended: 0, sessionsAttended: 0, minutes: 0 },
      { pillar: 4, coursesCompleted: 0, coursesAttended: 1, sessionsAttended: 1, minutes: 90 },
      { pillar: 5, coursesCompleted: 0, coursesAttended: 0, sessionsAttended: 0, minutes: 0 },
    ]);
  });

  it('counts a course of several life stages under each of them', () => {
    const stages = Object.fromEntries(
      byLifeStage(courses).map((row) => [row.lifeStage, row.coursesAttended]),
    );
    expect(stages).toEqual({ parenting: 2, youth: 0, career: 0, seniors: 1, all_ages: 1 });
  });
});
