/**
 * Answers of pure functions, remembered. The extractor asks the same questions of the same words for each figure (a
 * heading's words, a unit's spelling, a name's cut), and of the same object from each check.
 */

/** A memoised function of a text (or of another value compared by value, a character's code), and a way to empty it. */
export interface TextMemo<V, K extends string | number = string> {
  (key: K): V;
  forget(): void;
}

/**
 * `compute` remembered by its text, emptied whenever it holds `max` answers: texts repeat within a report, so a
 * megabyte pasted as one line cannot grow it without end. (A character's code is remembered the same way: read as a
 * string, a character above U+00FF is a new string each time, to allocate and hash.)
 */
export function memoByText<V, K extends string | number = string>(compute: (key: K) => V, max: number): TextMemo<V, K> {
  const answers = new Map<K, V>();
  const memo = (key: K): V => {
    const known = answers.get(key);
    if (known !== undefined || answers.has(key)) return known as V;
    const answer = compute(key);
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
  return Object.assign(memo, { forget: () => answers.clear() });
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
