/**
 * Request and response sizes as the simulator measures them. Office.js sends a batch as JSON:
 * one entry per action ({"Id":12,"ActionType":5,"Name":"Values","ObjectPathId":7,"ArgumentInfo":
 * {"Arguments":[...]}}) and one per object path it refers to for the first time; the response is
 * the JSON of every loaded value. The simulator counts the same shapes: an action's fixed part
 * (ACTION_OVERHEAD), its name and the JSON of its arguments; an object path's definition once per
 * batch; a load's answer as JSON. These are estimates of Excel's own counts, good to a few
 * percent on payloads dominated by cell data, which is what the 5 MB limit is about.
 */
export const ACTION_OVERHEAD = 60;
export const PATH_OVERHEAD = 70;

export function jsonBytes(value: unknown): number {
  if (value === undefined) return 0;
  const s = JSON.stringify(value);
  if (s === undefined) return 0;
  // UTF-8 length: Vietnamese text is mostly 2-3 bytes a letter.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export function actionBytes(name: string, args: unknown): number {
  return ACTION_OVERHEAD + name.length + jsonBytes(args);
}

export function pathBytes(name: string, args: unknown): number {
  return PATH_OVERHEAD + name.length + jsonBytes(args);
}
