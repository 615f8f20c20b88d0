/** Excel.Workbook: worksheets, settings, the selection. */
import { SimObject, type SimContext } from "./context";
import { Range } from "./range";
import { SettingCollection } from "./settings";
import { WorksheetCollection } from "./worksheet";

export class Workbook extends SimObject {
  readonly typeName = "Workbook";
  readonly worksheets: WorksheetCollection;
  readonly settings: SettingCollection;

  constructor(context: SimContext) {
    super(context, null, "workbook", null);
    this.worksheets = new WorksheetCollection(context, this);
    this.settings = new SettingCollection(context, this);
  }

  protected scalarNames(): string[] {
    return [];
  }

  protected read(name: string): unknown {
    throw this.context.error("InvalidArgument", "Workbook.load", name);
  }

  /** The selection as the user left it, read when the batch runs. */
  getSelectedRange(): Range {
    return new Range(this.context, this, "getSelectedRange", null, () => {
      const { sheet, rect } = this.context.state.selection;
      return { s: this.context.state.sheet(sheet), rect };
    });
  }
}
