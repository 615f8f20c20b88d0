/** The pane's numbers: Vietnamese separators through core's one formatter, English through Intl. */
import { formatNumber } from "../../src/taskpane/i18n";

test("Vietnamese: dot thousands, comma decimals, trailing zeros dropped, no negative zero", () => {
  expect(formatNumber("vi", 19125.44)).toBe("19.125,44");
  expect(formatNumber("vi", 42.1300001)).toBe("42,13");
  expect(formatNumber("vi", 1130)).toBe("1.130");
  expect(formatNumber("vi", -0.001)).toBe("0");
  expect(formatNumber("vi", 151.27, 4)).toBe("151,27");
});

test("English: comma thousands, dot decimals", () => {
  expect(formatNumber("en", 19125.44)).toBe("19,125.44");
  expect(formatNumber("en", 1130)).toBe("1,130");
});
