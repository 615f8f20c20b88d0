/**
 * Excel.RangeAreas (from getMergedAreasOrNullObject, ExcelApi 1.13). Its address lists each area
 * with its sheet, joined by ", " ("Sheet1!A1:B4, Sheet1!D1:D4" in the RangeAreas.address
 * reference), so a sheet name with a comma ('a,b'!A1:B4) cannot be split on "," alone.
 */
import { quoteSheet, rectText, type Rect } from "./address";
import { SimObject, type SimContext } from "./context";
import type { SheetState } from "./workbook-state";

export class RangeAreas extends SimObject {
  readonly typeName = "RangeAreas";
  private memo: { s: SheetState; rects: Rect[] } | null | undefined;

  constructor(context: SimContext, parent: SimObject, name: string, private readonly locate: () => { s: SheetState; rects: Rect[] } | null) {
    super(context, parent, name, null, 13, true);
  }

  private resolve(): { s: SheetState; rects: Rect[] } | null {
    if (this.memo === undefined) this.memo = this.locate();
    return this.memo;
  }

  protected override exists(): boolean {
    return this.resolve() !== null;
  }

  protected scalarNames(): string[] {
    return ["address", "areaCount", "cellCount"];
  }

  protected read(name: string): unknown {
    const a = this.resolve();
    if (!a) return null;
    switch (name) {
      case "address":
      case "addressLocal":
        return a.rects.map((r) => `${quoteSheet(a.s.name)}!${rectText(r)}`).join(", ");
      case "areaCount": return a.rects.length;
      case "cellCount": return a.rects.reduce((n, r) => n + r.rows * r.cols, 0);
      default: throw this.context.error("InvalidArgument", "RangeAreas.load", name);
    }
  }

  get address(): string { return this.get("address"); }
  get areaCount(): number { return this.get("areaCount"); }
  get cellCount(): number { return this.get("cellCount"); }
}
