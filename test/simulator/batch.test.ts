/**
 * Batch semantics of the Excel JavaScript API: proxies, load/sync, queued writes, no rollback.
 * Sources: https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model and
 * https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext
 */
import { rejection, simulator } from "./sim-helpers";

describe("load and sync (ClientRequestContext.load: \"You must call context.sync() before reading the properties\")", () => {
  test("a property read before load+sync throws PropertyNotLoaded; after them it has the value", async () => {
    const { sim, run } = simulator();
    sim.workbook.setCell("Sheet1", "A1", 42);
    await run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([[42]]);
    });
  });

  test("isNullObject is known only after sync", async () => {
    const { run } = simulator();
    await run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      missing.load("name");
      await context.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  test("navigation properties answer the same proxy, so what one loads the other reads", async () => {
    const { run } = simulator();
    await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.load("protected");
      await context.sync();
      expect(sheet.protection.protected).toBe(false);
    });
  });
});

describe("writes are queued and applied at sync, in order (application-specific API model: queue actions, run them as a batch)", () => {
  test("nothing reaches the workbook before sync", async () => {
    const { sim, run } = simulator();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").values = [["x"]];
      expect(sim.workbook.cell("Sheet1", "B2").value).toBe("");
      await context.sync();
      expect(sim.workbook.cell("Sheet1", "B2").value).toBe("x");
    });
  });

  test("a load queued after a write sees the write (one batch, run in order)", async () => {
    const { run } = simulator();
    const values = await run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [[2], ["=A1*3"]];
      const read = sheet.getRange("A2").load("values");
      await context.sync();
      return read.values;
    });
    expect(values).toEqual([[6]]);
  });

  test("Excel.run syncs what the batch left queued when it returns", async () => {
    const { sim, run } = simulator();
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[1]];
    });
    expect(sim.workbook.cell("Sheet1", "C3").value).toBe(1);
    expect(sim.stats.syncs).toBe(1);
  });

  test("a failing action stops the batch; what ran before it stays done (no transaction in the API model: conservative reading)", async () => {
    const { sim, run } = simulator();
    const err = await rejection(
      run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["before"]];
        context.workbook.worksheets.getItem("Không có").getRange("A1").values = [["x"]];
        sheet.getRange("A2").values = [["after"]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("ItemNotFound");
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("before");
    expect(sim.workbook.cell("Sheet1", "A2").value).toBe("");
  });

  test("a 2-D array of the wrong size is refused with InvalidArgument", async () => {
    const { run } = simulator();
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("InvalidArgument");
  });
});

describe("stats measure every sync", () => {
  test("request bytes grow with the data written; response bytes with the data loaded", async () => {
    const { sim, run } = simulator();
    const long = "x".repeat(10_000);
    await run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").values = Array.from({ length: 10 }, () => [long]);
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A10").load("values");
      await context.sync();
    });
    expect(sim.stats.syncs).toBe(2);
    expect(sim.stats.requests[0]).toBeGreaterThan(100_000);
    expect(sim.stats.requests[1]).toBeLessThan(1_000);
    expect(sim.stats.responses[0]).toBe(0);
    expect(sim.stats.responses[1]).toBeGreaterThan(100_000);
    sim.stats.reset();
    expect(sim.stats.syncs).toBe(0);
  });
});
