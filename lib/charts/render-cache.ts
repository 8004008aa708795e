// Drawing a chart costs about 0.1 ms a mark on the server (Plot into linkedom), so a topic of
// 600 figures spent over 100 ms drawing the same charts on every view. A drawing depends only
// on its data, layout and description, so it is kept, keyed by them, for the next view:
// a change to any figure changes the data and so the key. Bounded: the least recently used
// drawings go first.

const capacity = 64;

/** `draw`, remembering its last `capacity` answers by the JSON of its arguments. */
export function rememberDrawings<Args extends unknown[], Result>(draw: (...args: Args) => Result): (...args: Args) => Result {
  const kept = new Map<string, Result>();
  return (...args: Args) => {
    const key = JSON.stringify(args);
    if (kept.has(key)) {
      const result = kept.get(key) as Result;
      // Map keeps insertion order: re-inserting marks the entry as the most recently used.
      kept.delete(key);
      kept.set(key, result);
      return result;
    }
    const result = draw(...args);
    kept.set(key, result);
    if (kept.size > capacity) kept.delete(kept.keys().next().value as string);
    return result;
  };
}
