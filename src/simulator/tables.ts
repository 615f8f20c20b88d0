/**
 * Excel tables as far as the add-in meets them: Range.getTables (ExcelApi 1.9) to find tables an
 * insert would overlap. Fixtures add tables with SimWorkbook.addTable.
 */
import type { Rect } from "./address";
import { SimObject, type SimContext } from "./context";

export class Table extends SimObject {
  readonly typeName = "Table";
  constructor(context: SimContext, parent: SimObject, private readonly table: () => { name: string; rect: Rect }) {
    super(context, parent, "getItem", null);
  }
  protected scalarNames(): string[] {
    return ["name"];
  }
  protected read(name: string): unknown {
    if (name === "name") return this.table().name;
    throw this.context.error("InvalidArgument", "Table.load", name);
  }
  get name(): string { return this.get("name"); }
}

/** A collection whose `items` load with "items/name". */
abstract class TableList extends SimObject {
  private itemsLoaded: Table[] | undefined;
  protected abstract list(): { name: string; rect: Rect }[];

  protected scalarNames(): string[] {
    return ["items"];
  }
  protected read(name: string): unknown {
    if (name === "count") return this.list().length;
    throw this.context.error("InvalidArgument", `${this.typeName}.load`, name);
  }
  override load(option?: unknown): this {
    const text = typeof option === "string" ? option : Array.isArray(option) ? option.join(",") : "items";
    if (!text.split(",").some((p) => p.trim().startsWith("items"))) return super.load(option);
    this.context.enqueue(this, "load", ["items/name"], () => {
      const found = this.list().map((t) => ({ ...t }));
      return {
        payload: found.map((t) => ({ name: t.name })),
        commit: () => {
          this.itemsLoaded = found.map((t) => new Table(this.context, this, () => t).absorb({ name: t.name }));
        },
      };
    }, false);
    return this;
  }
  get items(): Table[] {
    if (!this.itemsLoaded) throw this.context.error("PropertyNotLoaded", `${this.typeName}.items`);
    return this.itemsLoaded;
  }
  get count(): number { return this.get("count"); }
}

export class TableScopedCollection extends TableList {
  readonly typeName = "TableScopedCollection";
  constructor(context: SimContext, parent: SimObject, args: unknown, private readonly find: () => { name: string; rect: Rect }[]) {
    super(context, parent, "getTables", args, 9);
  }
  protected list(): { name: string; rect: Rect }[] {
    return this.find();
  }
}
