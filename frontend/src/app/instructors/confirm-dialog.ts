import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

export interface ConfirmDialogData {
  title: string;
  message: string;
  confirm: string;
  cancel: string;
  /** A step that cannot be undone (withdraw, decline, suspend) gets the error colour. */
  destructive?: boolean;
}

/**
 * A question before a step with consequences. Material's dialog traps focus, returns it to the
 * button that opened it and closes on Escape; the safe choice comes first and has focus.
 */
@Component({
  selector: 'tsu-confirm-dialog',
  imports: [MatButtonModule, MatDialogModule],
  template: `
    <h2 mat-dialog-title>{{ data.title }}</h2>
    <mat-dialog-content>
      <p class="confirm-dialog__message">{{ data.message }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>
        {{ data.cancel }}
      </button>
      <button
        mat-flat-button
        type="button"
        [class.confirm-dialog__destructive]="data.destructive"
        [mat-dialog-close]="true"
      >
        {{ data.confirm }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .confirm-dialog__message {
      margin: 0;
      white-space: pre-line;
    }
    .confirm-dialog__destructive {
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmDialogData>(MAT_DIALOG_DATA);
}

/** Opens the question and resolves to true only when the person chose to go ahead. */
export async function confirmStep(dialog: MatDialog, data: ConfirmDialogData): Promise<boolean> {
  const reference = dialog.open<ConfirmDialog, ConfirmDialogData, boolean>(ConfirmDialog, {
    data,
    maxWidth: 'min(32rem, calc(100vw - 2rem))',
    autoFocus: 'first-tabbable',
    role: 'alertdialog',
  });
  return (await firstValueFrom(reference.afterClosed())) === true;
}
