import { Injectable } from '@nestjs/common';
import { FiscalYearFiguresService, figureValue } from '../evaluation/fiscal-year-figures.service';
import { PILLARS } from '../reference/reference-data';
import type { SheetFigureDto } from './dto/evaluation-sheet.dto';

/** Courses an organisation held in a fiscal year, by pillar (for the section's roll-up). */
export interface HeldCoursesByPillar {
  organisationId: string;
  pillar: number;
  courses: number;
}

/** An organisation's figures of a fiscal year and the time they were computed as of. */
export interface SheetFigures {
  asOf: string | null;
  figures: SheetFigureDto[];
}

/**
 * The sheet's figures. The sheet owns none of their definitions: it shows, for one organisation
 * and fiscal year, the figures the evaluation feature defines once for the whole app
 * (FiscalYearFiguresService, figure-definitions.ts), each with its definition beside it — only
 * those that break down by organisation — and freezes them into the sheet when it is submitted.
 */
@Injectable()
export class SheetFiguresSource {
  constructor(private readonly fiscalYearFigures: FiscalYearFiguresService) {}

  async organisationFigures(organisationId: string, fiscalYear: number): Promise<SheetFigures> {
    const { figures, asOf } = await this.fiscalYearFigures.figures({ fiscalYear, organisationId });
    return {
      asOf: asOf?.toISOString() ?? null,
      figures: figures
        .filter((figure) => figure.applicable)
        .map((figure) => ({
          key: figure.key,
          labelJa: figure.name.ja,
          labelEn: figure.name.en,
          value: figure.value,
          unit: figure.unit,
          definitionJa: figure.definition.ja,
          definitionEn: figure.definition.en,
        })),
    };
  }

  /** Per pillar, the organisations that held courses in it and how many ("courses held"). */
  async heldCoursesByPillar(fiscalYear: number): Promise<HeldCoursesByPillar[]> {
    const perPillar = await Promise.all(
      PILLARS.map(async (pillar) => {
        const groups = await this.fiscalYearFigures.breakdown(
          { fiscalYear, pillar },
          'organisation',
        );
        return groups.flatMap((group) => {
          const courses = figureValue(group.figures, 'courses_held') ?? 0;
          return courses > 0 ? [{ organisationId: group.key, pillar, courses }] : [];
        });
      }),
    );
    return perPillar.flat();
  }
}
