import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One bar: its label (a fiscal year), its value and how it is written. */
export interface TrendPoint {
  label: string;
  value: number | null;
  text: string;
}

const WIDTH = 480;
const HEIGHT = 240;
const TOP = 32;
const BOTTOM = 36;
const SIDE = 12;

/**
 * Bars of one figure across fiscal years, drawn as SVG: an image with a label that says where
 * its numbers are (the table beside it); each bar carries its value written above it, so the
 * chart reads on paper and on a tablet without hovering. A year without a value has no bar and
 * says 「—」.
 */
@Component({
  selector: 'tsu-trend-chart',
  template: `
    <svg
      class="trend"
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      role="img"
      [attr.aria-label]="label()"
      preserveAspectRatio="xMidYMid meet"
    >
      <line
        class="trend__axis"
        [attr.x1]="side"
        [attr.x2]="width - side"
        [attr.y1]="base"
        [attr.y2]="base"
      />
      @for (bar of bars(); track bar.label) {
        @if (bar.height > 0) {
          <rect
            class="trend__bar"
            [class.trend__bar--last]="$last"
            [attr.x]="bar.x"
            [attr.y]="base - bar.height"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
            rx="3"
          />
        }
        <text
          class="trend__value"
          [attr.x]="bar.x + bar.width / 2"
          [attr.y]="base - bar.height - 8"
        >
          {{ bar.text }}
        </text>
        <text class="trend__label" [attr.x]="bar.x + bar.width / 2" [attr.y]="height - 8">
          {{ bar.label }}
        </text>
      }
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    .trend {
      display: block;
      inline-size: 100%;
      block-size: auto;
      max-block-size: 20rem;
    }
    .trend__axis {
      stroke: var(--mat-sys-outline);
      stroke-width: 1;
    }
    .trend__bar {
      fill: var(--mat-sys-secondary);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .trend__bar--last {
      fill: var(--mat-sys-primary);
    }
    .trend__value,
    .trend__label {
      text-anchor: middle;
      /* In rem: the reader's text size (特大) enlarges the chart's words too. */
      font-size: 1.125rem;
      fill: var(--mat-sys-on-surface);
      font-variant-numeric: tabular-nums;
    }
    .trend__label {
      fill: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendChart {
  readonly points = input.required<readonly TrendPoint[]>();
  /** What the image is, for screen readers (and where its numbers are). */
  readonly label = input.required<string>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly side = SIDE;
  protected readonly base = HEIGHT - BOTTOM;

  protected readonly bars = computed(() => {
    const points = this.points();
    const most = Math.max(0, ...points.map((point) => point.value ?? 0));
    const slot = (WIDTH - 2 * SIDE) / Math.max(1, points.length);
    const usable = HEIGHT - TOP - BOTTOM - 16;
    return points.map((point, index) => ({
      ...point,
      x: SIDE + index * slot + slot * 0.2,
      width: slot * 0.6,
      height: most > 0 && point.value ? Math.max(2, (point.value / most) * usable) : 0,
    }));
  });
}
