// One application-wide queue for writes to SQLite (docs/decisions/0003-sqlite-write-queue.md).
//
// The better-sqlite3 adapter has one connection per client. While an interactive
// transaction is open on it, any other statement sent through that client runs inside
// the transaction and is rolled back with it, although Prisma reported success. Running
// every write, one after another, through this queue means no write can land inside
// another request's transaction.

export type WriteQueue = <T>(task: () => Promise<T>) => Promise<T>;

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task);
    // The next task waits for this one to settle, whether it succeeded or failed.
    tail = run.catch(() => undefined);
    return run;
  };
}
