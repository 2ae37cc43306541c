import { LIFE_STAGES, PILLARS } from '../reference/reference-data';
import type {
  LearnedCourseDto,
  LearningByLifeStageDto,
  LearningByPillarDto,
  LearningFiguresDto,
} from './dto/learning-record.dto';

type CourseFigures = Pick<
  LearnedCourseDto,
  'courseId' | 'outcome' | 'sessionsAttended' | 'minutes' | 'pillar' | 'lifeStages'
>;

/**
 * The figures of a set of courses: completed, attended (distinct courses, completed included),
 * sessions and minutes. A course appears once per person and year, so for one person's year the
 * course count is the number of rows; across people the same course attended by two family
 * members counts twice (two people learned).
 */
export function figuresOf(courses: readonly CourseFigures[]): LearningFiguresDto {
  return {
    coursesCompleted: courses.filter((course) => course.outcome === 'completed').length,
    coursesAttended: courses.length,
    sessionsAttended: courses.reduce((sum, course) => sum + course.sessionsAttended, 0),
    minutes: courses.reduce((sum, course) => sum + course.minutes, 0),
  };
}

/** Every pillar in order, zeros included, so a chart keeps its axis from year to year. */
export function byPillar(courses: readonly CourseFigures[]): LearningByPillarDto[] {
  return PILLARS.map((pillar) => ({
    pillar,
    ...figuresOf(courses.filter((course) => course.pillar === pillar)),
  }));
}

/** Every life stage in order; a course of several life stages counts under each of them. */
export function byLifeStage(courses: readonly CourseFigures[]): LearningByLifeStageDto[] {
  return LIFE_STAGES.map((lifeStage) => ({
    lifeStage,
    ...figuresOf(courses.filter((course) => course.lifeStages.includes(lifeStage))),
  }));
}
