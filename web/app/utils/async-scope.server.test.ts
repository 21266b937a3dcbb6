import { executionAsyncResource } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { AsyncScope } from './async-scope.server';

/** Whether AsyncLocalStorage's hooks marked the resource of the code running now (they are on). */
const markedByStorage = () => Object.getOwnPropertySymbols(executionAsyncResource()).some((symbol) => symbol.description === 'kResourceStore');

describe('AsyncScope', () => {
  it('keeps a store across awaits, and another scope that ends meanwhile does not end it', async () => {
    const scope = new AsyncScope<string>();
    let releaseA = () => {};
    const a = scope.run('a', async () => {
      await new Promise<void>((resolve) => (releaseA = resolve));
      await sleep(1);
      return scope.getStore();
    });
    expect(await scope.run('b', async () => {
      await sleep(1);
      return scope.getStore();
    })).toBe('b');
    expect(scope.openScopes).toBe(1);
    releaseA();
    expect(await a).toBe('a');
    expect(scope.openScopes).toBe(0);
    expect(scope.getStore()).toBeUndefined();
  });

  it('turns async hooks off when its last scope closes, and on again for the next', async () => {
    const scope = new AsyncScope<number>();
    await scope.run(1, () => sleep(1));
    // A timer made while no scope is open is not marked: no hook ran for it.
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(markedByStorage()).toBe(false);
        resolve();
      }, 1),
    );
    expect(
      await scope.run(2, () =>
        new Promise((resolve) => setTimeout(() => resolve([scope.getStore(), markedByStorage()]), 1)),
      ),
    ).toEqual([2, true]);
  });

  it('closes a scope whose work throws, and one entered until its close is called', async () => {
    const scope = new AsyncScope<string>();
    expect(() => scope.run('x', () => {
      throw new Error('boom');
    })).toThrow('boom');
    await expect(scope.run('y', () => Promise.reject(new Error('late')))).rejects.toThrow('late');
    expect(scope.openScopes).toBe(0);
    let close = () => {};
    scope.enter('z', (done) => (close = done));
    expect(scope.openScopes).toBe(1);
    close();
    close();
    expect(scope.openScopes).toBe(0);
  });
});
