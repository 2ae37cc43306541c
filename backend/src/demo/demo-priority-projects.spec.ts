import { PRIORITY_PROJECTS } from '../reference/reference-data';
import { buildSeedPlan } from './programme';
import { demoPriorityProjects } from './seeder';

describe('demoPriorityProjects', () => {
  const plan = buildSeedPlan({ today: '2026-12-07' });
  const kinds = new Map(plan.organisations.map((o) => [o.key, o.kind]));
  const tagged = plan.courses.map((course) => ({
    course,
    projects: demoPriorityProjects(course, kinds.get(course.organisationKey)),
  }));

  it('tags demo courses with every priority project, so the catalogue filter finds each', () => {
    for (const project of PRIORITY_PROJECTS) {
      const count = tagged.filter((t) => t.projects.includes(project)).length;
      expect([project, count > 10]).toEqual([project, true]);
    }
  });

  it('follows what a course is: its pillar, its life stages, who organises it; in the plan’s order', () => {
    for (const { course, projects } of tagged) {
      expect(projects.includes('exchange_facilities')).toBe(course.pillar === 3);
      expect(projects.includes('partner_network')).toBe(
        kinds.get(course.organisationKey) !== 'city_department',
      );
      expect(projects).toEqual(PRIORITY_PROJECTS.filter((p) => projects.includes(p)));
    }
  });
});
