/**
 * Workbook settings (ExcelApi 1.4): key/value pairs saved with the workbook. Values go through
 * JSON, as Office stores them, so a read never hands back the object that was written.
 */
import { SimObject, copy, type SimContext } from "./context";

export class Setting extends SimObject {
  readonly typeName = "Setting";
  constructor(context: SimContext, parent: SimObject, pathName: string, private readonly settingKey: string, nullable: boolean) {
    super(context, parent, pathName, [settingKey], 4, nullable);
  }
  protected override exists(): boolean {
    return this.context.state.settings.has(this.settingKey);
  }
  protected scalarNames(): string[] {
    return ["key", "value"];
  }
  protected read(name: string): unknown {
    if (!this.exists()) throw this.context.error("ItemNotFound", "SettingCollection.getItem");
    if (name === "key") return this.settingKey;
    if (name === "value") return copy(this.context.state.settings.get(this.settingKey));
    throw this.context.error("InvalidArgument", "Setting.load", name);
  }
  get key(): string { return this.settingKey; }
  get value(): unknown { return this.get("value"); }
}

export class SettingCollection extends SimObject {
  readonly typeName = "SettingCollection";
  constructor(context: SimContext, parent: SimObject) {
    super(context, parent, "settings", null, 4);
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected read(name: string): unknown {
    if (name === "count") return this.context.state.settings.size;
    throw this.context.error("InvalidArgument", "SettingCollection.load", name);
  }
  /** Adds or replaces a setting. */
  add(key: string, value: unknown): Setting {
    const stored = copy(value);
    this.context.enqueue(this, "add", [key, stored], () => {
      if (typeof key !== "string" || key === "") throw this.context.error("InvalidArgument", "SettingCollection.add");
      this.context.state.settings.set(key, stored);
      this.context.state.touch();
    }, true);
    return new Setting(this.context, this, "add", key, false);
  }
  getItem(key: string): Setting {
    return new Setting(this.context, this, "getItem", key, false);
  }
  getItemOrNullObject(key: string): Setting {
    return new Setting(this.context, this, "getItemOrNullObject", key, true);
  }
}
