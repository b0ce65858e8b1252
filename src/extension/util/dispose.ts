// Ownership of resources, as VS Code's markdown-language-features does it (src/util/dispose.ts):
// a class registers what it creates and disposes all of it, once, when it is disposed.
import type * as vscode from 'vscode';

/** Disposes each item, keeping on after one throws; the first error is rethrown at the end. */
function disposeAll(items: Iterable<vscode.Disposable>): void {
  let first: unknown;
  for (const item of items) {
    try {
      item.dispose();
    } catch (e) {
      first ??= e;
    }
  }
  if (first !== undefined) throw first;
}

export abstract class Disposable implements vscode.Disposable {
  private _isDisposed = false;
  protected readonly _disposables: vscode.Disposable[] = [];

  dispose(): void {
    if (this._isDisposed) return;
    this._isDisposed = true;
    disposeAll(this._disposables.splice(0));
  }

  /** Takes ownership of `value`: disposed with this object (at once if this one is already gone). */
  protected _register<T extends vscode.Disposable>(value: T): T {
    if (this._isDisposed) value.dispose();
    else this._disposables.push(value);
    return value;
  }

  protected get isDisposed(): boolean {
    return this._isDisposed;
  }
}
