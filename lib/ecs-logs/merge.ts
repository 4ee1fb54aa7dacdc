// Several async sources as one, each item as soon as its source gives it. Used to
// follow streams of several log groups at once and to let notices through while a
// poll waits. Pure.

export async function* mergeSources<T>(
  sources: ReadonlyArray<AsyncIterable<T>>,
): AsyncGenerator<T> {
  const iterators = sources.map((source) => source[Symbol.asyncIterator]());
  const pending = new Map<number, Promise<{ index: number; step: IteratorResult<T> }>>();
  const ask = (index: number) => {
    const iterator = iterators[index] as AsyncIterator<T>;
    pending.set(
      index,
      iterator.next().then((step) => ({ index, step })),
    );
  };
  iterators.forEach((_, index) => {
    ask(index);
  });
  try {
    while (pending.size > 0) {
      const { index, step } = await Promise.race(pending.values());
      if (step.done) {
        pending.delete(index);
        continue;
      }
      ask(index);
      yield step.value;
    }
  } finally {
    // Not awaited: a source may be inside a call that ends only when its signal fires.
    for (const iterator of iterators) void iterator.return?.().catch(() => undefined);
  }
}

/** An async iterable fed by pushes; it ends when closed. */
export class PushQueue<T> implements AsyncIterable<T> {
  private readonly items: T[] = [];
  private wake: (() => void) | undefined;
  private closed = false;

  push(item: T): void {
    if (this.closed) return;
    this.items.push(item);
    this.wake?.();
  }

  close(): void {
    this.closed = true;
    this.wake?.();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T> {
    while (true) {
      const item = this.items.shift();
      if (item !== undefined) {
        yield item;
        continue;
      }
      if (this.closed) return;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
      this.wake = undefined;
    }
  }
}
