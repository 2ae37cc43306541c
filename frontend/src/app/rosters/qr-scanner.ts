import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  type OnDestroy,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { scopedTranslator } from '../core/i18n/scoped-translator';
import { type RostersKey, rostersEn, rostersJa } from './rosters-messages';

/** The part of the Barcode Detection API used here (Chromium on Android, macOS, ChromeOS). */
interface BarcodeDetectorLike {
  detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorLike;
  getSupportedFormats?(): Promise<string[]>;
}

/** The same QR code read again within this time is the same person still in front of the camera. */
const REPEAT_MS = 3000;
const SCAN_INTERVAL_MS = 200;
/** Frames are scaled down to this width for jsQR: enough for a phone-screen QR, quick on a tablet. */
const DECODE_WIDTH = 640;

/**
 * Reads QR codes with the device camera (getUserMedia): the browser's own BarcodeDetector
 * where there is one, else jsQR (loaded only then). Keeps scanning after a read, so the next
 * person at the door can hold up their code; emits each distinct text once.
 */
@Component({
  selector: 'tsu-qr-scanner',
  imports: [MatButtonModule],
  template: `
    @if (active()) {
      <div class="scanner">
        <video
          #video
          class="scanner__video"
          muted
          playsinline
          [attr.aria-label]="t('scan.video')"
        ></video>
        <p class="scanner__hint">{{ t('scan.hint') }}</p>
        <button mat-stroked-button type="button" (click)="stop()">{{ t('scan.stop') }}</button>
      </div>
    } @else {
      <button mat-stroked-button type="button" class="scanner__start" (click)="start()">
        {{ t('scan.start') }}
      </button>
    }
    @if (problem(); as key) {
      <p class="scanner__problem" role="alert">{{ t(key) }}</p>
    }
  `,
  styleUrl: './rosters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QrScanner implements OnDestroy {
  readonly scanned = output<string>();

  protected readonly t = scopedTranslator(rostersJa, rostersEn);
  protected readonly active = signal(false);
  protected readonly problem = signal<RostersKey | null>(null);
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private decode: ((video: HTMLVideoElement) => Promise<string | null>) | null = null;
  private last = { text: '', at: 0 };

  async start(): Promise<void> {
    this.problem.set(null);
    if (!navigator.mediaDevices?.getUserMedia) {
      this.problem.set('scan.unavailable');
      return;
    }
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({
        video: { facingMode: 'environment' },
        audio: false,
      });
    } catch (error: unknown) {
      const name = (error as { name?: string })?.name;
      this.problem.set(
        name === 'NotAllowedError' || name === 'SecurityError' ? 'scan.denied' : 'scan.unavailable',
      );
      return;
    }
    this.active.set(true);
    this.decode = await decoder();
    // The <video> exists once the template has re-rendered with active() true.
    await new Promise((resolve) => setTimeout(resolve));
    const video = this.video()?.nativeElement;
    if (!video || !this.stream) return;
    video.srcObject = this.stream;
    await video.play().catch(() => undefined);
    this.schedule();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    this.active.set(false);
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>('.scanner__start')?.focus(),
    );
  }

  ngOnDestroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.stream?.getTracks().forEach((track) => track.stop());
  }

  private schedule(): void {
    this.timer = setTimeout(() => void this.tick(), SCAN_INTERVAL_MS);
  }

  private async tick(): Promise<void> {
    const video = this.video()?.nativeElement;
    if (!this.active() || !video || !this.decode) return;
    if (video.readyState >= video.HAVE_CURRENT_DATA) {
      const text = await this.decode(video).catch(() => null);
      const now = Date.now();
      if (text && (text !== this.last.text || now - this.last.at > REPEAT_MS)) {
        this.scanned.emit(text);
      }
      if (text) this.last = { text, at: now };
    }
    if (this.active()) this.schedule();
  }
}

/** The browser's BarcodeDetector when it reads QR codes, else jsQR on a scaled-down frame. */
async function decoder(): Promise<(video: HTMLVideoElement) => Promise<string | null>> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
  const formats = (await Detector?.getSupportedFormats?.().catch(() => [])) ?? [];
  if (Detector && formats.includes('qr_code')) {
    const detector = new Detector({ formats: ['qr_code'] });
    return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
  }
  const module = await import('jsqr');
  const jsQR = ((module as { default?: unknown }).default ?? module) as typeof module.default;
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  return async (video) => {
    if (!context || !video.videoWidth) return null;
    const scale = Math.min(1, DECODE_WIDTH / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    return (
      jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' })?.data ?? null
    );
  };
}
