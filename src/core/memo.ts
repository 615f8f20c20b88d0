/**
 * Answers of pure functions, remembered. The extractor asks the same questions of the same words for each figure (a
 * heading's words, a unit's spelling, a name's cut), and of the same object from each check.
 */

/** A memoised function of a text, and a way to empty what it remembers. */
export interface TextMemo<V> {
  (text: string): V;
  forget(): void;
}

/**
 * `compute` remembered by its text, emptied whenever it holds `max` answers: texts repeat within a report, so a
 * megabyte pasted as one line cannot grow it without end.
 */
export function memoByText<V>(compute: (text: string) => V, max: number): TextMemo<V> {
  const answers = new Map<string, V>();
  const memo = (text: string): V => {
    const known = answers.get(text);
    if (known !== undefined || answers.has(text)) return known as V;
    const answer = compute(text);
    if (answers.size >= max) answers.clear();
    answers.set(text, answer);
    return answer;
  };
  // (An empty map is left as it is: clearing allocates a new table, and a memo is emptied at every paragraph.)
  const forget = (): void => {
    if (answers.size > 0) answers.clear();
  };
  return Object.assign(memo, { forget });
}

/** `compute` remembered for each object, for as long as the object lives. */
export function memoByObject<K extends object, V>(compute: (key: K) => V): (key: K) => V {
  const answers = new WeakMap<K, V>();
  return (key) => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    answers.set(key, answer);
    return answer;
  };
}
