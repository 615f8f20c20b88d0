/**
 * Errors carry a stable code and a message in the language of the Office UI, plus debugInfo.
 * Source: https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
import { rejection, simulator } from "./sim-helpers";

async function missingSheet(locale: "vi-VN" | "en-US") {
  const { run } = simulator("web", locale);
  return rejection(
    run(async (context) => {
      context.workbook.worksheets.getItem("Không có").load("name");
      await context.sync();
    }),
  );
}

describe("error objects (error-handling article: code, message, debugInfo; the message is localized)", () => {
  test("the same failure has the same code in Vietnamese and English Excel, and different messages", async () => {
    const vi = await missingSheet("vi-VN");
    const en = await missingSheet("en-US");
    expect(vi.code).toBe("ItemNotFound");
    expect(en.code).toBe("ItemNotFound");
    expect(en.message).toBe("The requested resource doesn't exist.");
    expect(vi.message).toBe("Tài nguyên được yêu cầu không tồn tại.");
    expect(vi.debugInfo).toEqual(expect.objectContaining({ code: "ItemNotFound", errorLocation: "WorksheetCollection.getItem" }));
  });

  test("a protected sheet refuses a write: the Vietnamese message never says \"protect\"", async () => {
    const { sim, run } = simulator("web", "vi-VN");
    sim.workbook.protect("Sheet1", true);
    const err = await rejection(
      run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        await context.sync();
      }),
    );
    expect(err.code).toBe("AccessDenied");
    expect(err.message).not.toMatch(/protect/i);
    expect(sim.workbook.cell("Sheet1", "A1").value).toBe("");
  });
});
