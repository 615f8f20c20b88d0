/**
 * Excel on the web limits a request and a response to 5 MB; other hosts set no such limit.
 * Source: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization
 * (codes RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded).
 */
import { rejection, simulator } from "./sim-helpers";

const MB = 1024 * 1024;
const big = Array.from({ length: 600 }, () => ["x".repeat(10_000)]); // ~6 MB of text

describe("5 MB payload limits on Excel on the web (resource limits page)", () => {
  test("a request over 5 MB fails with RequestPayloadSizeLimitExceeded and writes nothing", async () => {
    const { sim, run } = simulator("web");
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A600").values = big;
        await context.sync();
      }),
    );
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(sim.stats.requests[0]).toBeGreaterThan(5 * MB);
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("");
  });

  test("a response over 5 MB fails with ResponsePayloadSizeLimitExceeded; a read of half of it passes", async () => {
    const { sim, run } = simulator("web");
    sim.workbook.setCells("Sheet1", "A1", big);
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A600").load("values");
        await context.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    const half = await run(async (context) => {
      const r = context.workbook.worksheets.getItem("Sheet1").getRange("A1:A300").load("values");
      await context.sync();
      return r.values.length;
    });
    expect(half).toBe(300);
    expect(sim.stats.responses[1]).toBeGreaterThan(2.5 * MB);
    expect(sim.stats.responses[1]).toBeLessThan(5 * MB);
  });

  test("Microsoft 365 desktop sets no such limit", async () => {
    const { sim, run } = simulator("desktop");
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A600").values = big;
      await context.sync();
    });
    expect(sim.workbook.cell("Sheet1", "A600").value).toHaveLength(10_000);
  });
});
