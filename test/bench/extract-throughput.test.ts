/**
 * The throughput budget's scaling to the reference machine (bench/extract-throughput.js, bench/machine-speed.js): a
 * machine twice as slow doubles the figure, never more than the cap, and the workload is real work.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure } = require("../../bench/extract-throughput") as {
  measure: (
    fn: (text: string) => unknown,
    text: string,
    options: { runs?: number; enoughMBps?: number; machine?: { time: () => number; referenceMs: number } },
  ) => { MBps: number; machineFactor?: number; referenceMBps?: number; runs: number };
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { timeWorkload } = require("../../bench/machine-speed") as { timeWorkload: () => number };

const text = "Sản lượng điện đạt 1.234 triệu kWh, tăng 5,2%. ".repeat(200);
const work = (t: string): number => t.split(" ").length;

describe("throughput as on the reference machine", () => {
  it("scales by the workload's time here over its time there (the faster of before and after a run)", () => {
    // Before and after each run: 200 ms then 250 ms, against 100 ms on the reference machine: twice as slow.
    const times = [200, 250, 200, 250, 200, 250];
    const m = measure(work, text, { runs: 3, machine: { time: () => times.shift()!, referenceMs: 100 } });
    expect(m.machineFactor).toBe(2);
    expect(m.referenceMBps).toBeCloseTo(m.MBps * 2, 10);
  });

  it("scales a machine faster than the reference down, and a very busy one by 2 at most", () => {
    const faster = measure(work, text, { runs: 1, machine: { time: () => 50, referenceMs: 100 } });
    expect(faster.machineFactor).toBe(0.5);
    const busy = measure(work, text, { runs: 1, machine: { time: () => 900, referenceMs: 100 } });
    expect(busy.machineFactor).toBe(2);
  });

  it("stops at the first run whose scaled figure reaches the floor asked", () => {
    const m = measure(work, text, { runs: 5, enoughMBps: 0.001, machine: { time: () => 100, referenceMs: 100 } });
    expect(m.runs).toBe(1);
  });

  it("times a workload that takes real time", () => {
    expect(timeWorkload()).toBeGreaterThan(1);
  });
});
