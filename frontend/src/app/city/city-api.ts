import { HttpClient, type HttpResourceRef, httpResource } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  EvaluationBreakdown,
  EvaluationCourses,
  EvaluationDashboard,
  FigureDimension,
  FiscalYearFigures,
  Indicator,
  IndicatorInput,
  IndicatorList,
  IndicatorThresholds,
  ManualValueInput,
} from '../api/api-types';

/** Filters of a drill-down, as the API's query takes them. */
export type CityFilters = Partial<Record<'organisationId' | 'facilityId', string>> &
  Partial<Record<'pillar' | 'month', number>> &
  Partial<Record<'lifeStage' | 'category', string>>;

function params(values: Record<string, string | number | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}

/** The lifelong-learning section's evaluation API (/api/evaluation). */
@Injectable({ providedIn: 'root' })
export class CityApi {
  private readonly http = inject(HttpClient);

  /** The first view in one round trip (undefined: this fiscal year, as the server says). */
  dashboard(
    fiscalYear: () => number | undefined,
  ): HttpResourceRef<EvaluationDashboard | undefined> {
    return httpResource<EvaluationDashboard>(() => ({
      url: '/api/evaluation/dashboard',
      params: params({ fiscalYear: fiscalYear() }),
    }));
  }

  /** One breakdown of a fiscal year (undefined year or dimension: no request yet). */
  breakdown(
    query: () => { fiscalYear: number; by: FigureDimension; filters?: CityFilters } | undefined,
  ): HttpResourceRef<EvaluationBreakdown | undefined> {
    return httpResource<EvaluationBreakdown>(() => {
      const value = query();
      return value
        ? {
            url: '/api/evaluation/breakdown',
            params: params({ fiscalYear: value.fiscalYear, by: value.by, ...value.filters }),
          }
        : undefined;
    });
  }

  /** The courses behind the figures of a drill-down. */
  courses(
    query: () => { fiscalYear: number; filters: CityFilters } | undefined,
  ): HttpResourceRef<EvaluationCourses | undefined> {
    return httpResource<EvaluationCourses>(() => {
      const value = query();
      return value
        ? {
            url: '/api/evaluation/courses',
            params: params({ fiscalYear: value.fiscalYear, ...value.filters }),
          }
        : undefined;
    });
  }

  /** One group's figures in a fiscal year (a drill-down), with its participants by age. */
  groupFigures(
    query: () => { fiscalYear: number; filters: CityFilters } | undefined,
  ): HttpResourceRef<FiscalYearFigures | undefined> {
    return httpResource<FiscalYearFigures>(() => {
      const value = query();
      return value
        ? {
            url: '/api/evaluation/figures',
            params: params({ fiscalYear: value.fiscalYear, ...value.filters }),
          }
        : undefined;
    });
  }

  /** This fiscal year's figures (their names and definitions come with them). */
  figures(): HttpResourceRef<FiscalYearFigures | undefined> {
    return httpResource<FiscalYearFigures>(() => '/api/evaluation/figures');
  }

  indicators(fiscalYear: () => number | undefined): HttpResourceRef<IndicatorList | undefined> {
    return httpResource<IndicatorList>(() => ({
      url: '/api/evaluation/indicators',
      params: params({ fiscalYear: fiscalYear() }),
    }));
  }

  indicator(id: () => string | undefined): HttpResourceRef<Indicator | undefined> {
    return httpResource<Indicator>(() => {
      const value = id();
      return value ? `/api/evaluation/indicators/${encodeURIComponent(value)}` : undefined;
    });
  }

  createIndicator(input: IndicatorInput): Promise<Indicator> {
    return firstValueFrom(this.http.post<Indicator>('/api/evaluation/indicators', input));
  }

  updateIndicator(id: string, input: IndicatorInput): Promise<Indicator> {
    return firstValueFrom(
      this.http.put<Indicator>(`/api/evaluation/indicators/${encodeURIComponent(id)}`, input),
    );
  }

  deleteIndicator(id: string): Promise<void> {
    return firstValueFrom(
      this.http.delete<void>(`/api/evaluation/indicators/${encodeURIComponent(id)}`),
    );
  }

  setManualValue(id: string, fiscalYear: number, input: ManualValueInput): Promise<Indicator> {
    return firstValueFrom(
      this.http.put<Indicator>(
        `/api/evaluation/indicators/${encodeURIComponent(id)}/values/${fiscalYear}`,
        input,
      ),
    );
  }

  thresholds(): HttpResourceRef<IndicatorThresholds | undefined> {
    return httpResource<IndicatorThresholds>(() => '/api/evaluation/settings');
  }

  setThresholds(input: IndicatorThresholds): Promise<IndicatorThresholds> {
    return firstValueFrom(this.http.put<IndicatorThresholds>('/api/evaluation/settings', input));
  }

  refresh(): Promise<unknown> {
    return firstValueFrom(this.http.post('/api/evaluation/refresh', {}));
  }
}
