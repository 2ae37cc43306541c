import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatToolbarModule } from '@angular/material/toolbar';

@Component({
  selector: 'tsu-root',
  imports: [MatToolbarModule],
  template: `<mat-toolbar>tsumugu</mat-toolbar>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
