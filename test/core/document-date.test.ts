/** The document's date as a planner types it (pane field and CLI --date), read once for both. */
import { parseDocumentDate } from "../../src/core/document-date";
import { UserError } from "../../src/core/user-error";

describe("parseDocumentDate", () => {
  it.each([
    ["6/2023", "2023-06"],
    ["06/2023", "2023-06"],
    ["6-2023", "2023-06"],
    ["tháng 6/2023", "2023-06"],
    ["Tháng 6 năm 2023", "2023-06"],
    ["T6/2023", "2023-06"],
    ["30/6/2023", "2023-06-30"],
    ["30.06.2023", "2023-06-30"],
    ["ngày 30 tháng 6 năm 2023", "2023-06-30"],
    ["29/2/2024", "2024-02-29"],
    ["2023-06", "2023-06"],
    ["2023-06-30", "2023-06-30"],
    ["  9/2020 ", "2020-09"],
  ])("%s -> %s", (typed, iso) => {
    expect(parseDocumentDate(typed)).toBe(iso);
  });

  it("blank is no date", () => {
    expect(parseDocumentDate("")).toBeUndefined();
    expect(parseDocumentDate("   ")).toBeUndefined();
  });

  it.each(["2023", "tháng 9", "13/2023", "0/2023", "31/6/2023", "29/2/2023", "6/23", "2023-13", "6/1850", "quý II/2023", "abc"])(
    "%s is refused with a message in Vietnamese and English",
    (typed) => {
      let error: unknown;
      try {
        parseDocumentDate(typed);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect(error).toMatchObject({
        code: "document-date-invalid",
        text: {
          vi: `Kỳ/ngày của văn bản "${typed}" không đúng: hãy nhập tháng/năm (ví dụ 6/2023) hoặc ngày/tháng/năm (ví dụ 30/6/2023).`,
          en: expect.stringContaining(`"${typed}" is not valid`),
        },
      });
    },
  );
});
