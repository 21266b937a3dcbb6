// An AsyncLocalStorage whose async hooks run only while one of its scopes is open. In Node 20 an
// AsyncLocalStorage, once run, keeps async hooks on for the rest of the process: every later
// nextTick, promise and socket write pays for them, page-cache hits included (about a tenth of a
// hit: docs/decisions/020-fast-cache-hit.md). This one disables its storage when its last open
// scope closes; the next scope enables it again. Work that outlives its scope (a background
// refresh) reads no store once every scope is closed, as background work started outside one does.
import { AsyncLocalStorage } from 'node:async_hooks';

export class AsyncScope<T> {
  readonly #storage = new AsyncLocalStorage<T>();
  #open = 0;

  /** The store of the scope the caller runs in, if any. */
  getStore(): T | undefined {
    return this.#storage.getStore();
  }

  /**
   * Runs `work` with `store` in a scope that stays open until `work` calls `close` (later calls do
   * nothing). A scope whose work throws is closed.
   */
  enter(store: T, work: (close: () => void) => void): void {
    this.#open += 1;
    let closed = false;
    const close = () => {
      if (closed) return;
      closed = true;
      this.#open -= 1;
      if (this.#open === 0) this.#storage.disable();
    };
    try {
      this.#storage.run(store, work, close);
    } catch (error) {
      close();
      throw error;
    }
  }

  /** Runs `work` with `store`; the scope closes when it returns, or when the promise it returns settles. */
  run<R>(store: T, work: () => R): R {
    let result: { value: R } | undefined;
    this.enter(store, (close) => {
      const value = work();
      result = { value };
      if (value instanceof Promise) value.then(close, close);
      else close();
    });
    if (!result) throw new Error('AsyncScope.run: the work did not run');
    return result.value;
  }

  /** How many scopes are open (for tests). */
  get openScopes(): number {
    return this.#open;
  }
}
