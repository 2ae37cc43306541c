import { DOCUMENT } from '@angular/common';
import { Injectable, effect, inject, signal } from '@angular/core';

export const TEXT_SIZES = ['standard', 'large', 'extraLarge'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

/**
 * Scales the root font size. Every size in the stylesheets is in rem, so the whole page grows
 * and reflows (WCAG 1.4.4) instead of being zoomed.
 */
const ROOT_FONT_SIZE: Record<TextSize, string> = {
  standard: '100%',
  large: '118.75%',
  extraLarge: '137.5%',
};
const STORAGE_KEY = 'tsumugu.textSize';

function storedSize(): TextSize {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return TEXT_SIZES.includes(value as TextSize) ? (value as TextSize) : 'standard';
  } catch {
    return 'standard';
  }
}

@Injectable({ providedIn: 'root' })
export class TextSizeService {
  private readonly document = inject(DOCUMENT);
  private readonly current = signal<TextSize>(storedSize());
  readonly size = this.current.asReadonly();

  constructor() {
    effect(() => {
      const size = this.current();
      this.document.documentElement.style.fontSize = ROOT_FONT_SIZE[size];
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, size);
      } catch {
        // Not persisting is acceptable.
      }
    });
  }

  setSize(size: TextSize): void {
    this.current.set(size);
  }
}
