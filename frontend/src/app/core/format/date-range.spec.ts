import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { dateSpanText, type RangeText } from './date-format';
import { DateRange } from './date-range';

@Component({
  imports: [DateRange],
  template: `<p>期間：<tsu-date-range [range]="range()" /></p>`,
})
class Host {
  readonly range = signal<RangeText>(
    dateSpanText('2026-12-07T01:00:00Z', '2027-01-18T03:00:00Z', 'ja'),
  );
}

describe('DateRange', () => {
  it("reads as the range's plain text, each date in a piece kept on one line", () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('p')?.textContent).toBe(
      '期間：2026年12月7日(月)〜2027年1月18日(月)',
    );
    const pieces = [...element.querySelectorAll('.date-range__piece')];
    expect(pieces.map((piece) => piece.textContent)).toEqual([
      '2026年12月7日(月)〜',
      '2027年1月18日(月)',
    ]);
    // The only place a line may break: between the pieces, after the 〜.
    expect(element.querySelectorAll('tsu-date-range wbr')).toHaveLength(1);
  });

  it('follows a new range, one date alone without a break', () => {
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    fixture.componentInstance.range.set(['2026年12月7日(月)']);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('tsu-date-range')?.textContent).toBe('2026年12月7日(月)');
    expect(element.querySelectorAll('tsu-date-range wbr')).toHaveLength(0);
  });
});
