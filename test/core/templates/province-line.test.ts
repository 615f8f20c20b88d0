/** The province line under a table's title, as Vietnamese official documents write it. */
import { provinceLine } from "../../../src/core/templates/layout";

test("a province is 'Tỉnh …', a centrally run city 'Thành phố …', with or without diacritics", () => {
  expect(provinceLine("Trà Vinh", "vi")).toBe("Tỉnh Trà Vinh");
  expect(provinceLine("Đà Nẵng", "vi")).toBe("Thành phố Đà Nẵng");
  expect(provinceLine("Ha Noi", "vi")).toBe("Thành phố Ha Noi");
  expect(provinceLine("Hồ Chí Minh", "en")).toBe("Hồ Chí Minh city");
  expect(provinceLine("Vĩnh Long", "en")).toBe("Vĩnh Long province");
});

test("a name that already says what it is stays as written; national figures name no province", () => {
  expect(provinceLine("Thành phố Cần Thơ", "vi")).toBe("Thành phố Cần Thơ");
  expect(provinceLine("TP. Hồ Chí Minh", "vi")).toBe("TP. Hồ Chí Minh");
  expect(provinceLine("Cả nước", "vi")).toBe("Cả nước");
  expect(provinceLine("cả nước", "en")).toBe("Viet Nam");
});
