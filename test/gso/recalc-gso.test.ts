/**
 * On the GSO's own release workbooks: clear the comparison columns, recalculate, evaluate the
 * written formulas and compare with the figures the GSO published, to 2 decimals.
 */
import { CASES, MISSING, checkBaseMissing, checkRecalculation } from "./gso-cases";

describe.each(CASES)("GSO $sheet ($file)", (c) => {
  it("recalculates the cleared comparison columns to the GSO's own values (2 decimals)", () => checkRecalculation(c));
});

describe.each(MISSING)("GSO $sheet ($file): base outside the table", (c) => {
  it("recognises the comparison columns, says the base is missing and writes nothing", () => checkBaseMissing(c));
});
