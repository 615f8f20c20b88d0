/**
 * Office.js batch semantics: a RequestContext queues property sets, method calls and loads;
 * nothing reaches the workbook until context.sync(), which runs the queue in order. Loaded
 * values become readable only after that sync (PropertyNotLoaded before, thrown by the client
 * at once): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 * and https://learn.microsoft.com/javascript/api/office/officeextension.clientrequestcontext
 * ("load: queues up a command ... You must call context.sync() before reading the properties").
 * A failing action stops the batch but what ran before it stays done: the API has no
 * transactions and the documentation promises no rollback, so the simulator takes the
 * conservative reading (the add-in must restore after a failed write itself). Each sync is
 * measured (requests and responses in bytes) and checked against the profile's payload limit.
 */
import { simError, SimError, type SimLocale } from "./errors";
import { actionBytes, jsonBytes, pathBytes } from "./payload";
import type { HostProfile } from "./profiles";
import type { WorkbookState } from "./workbook-state";

/** One action as it ran: in which sync (1-based), on what, which property or method, where. */
export interface SimAction {
  sync: number;
  kind: "set" | "call" | "load";
  /** Office.js class name: "Range", "RangeFont", "RangeBorder", "SettingCollection", ... */
  object: string;
  /** Property set ("formulas", "bold", "style"), method called ("merge") or "load". */
  name: string;
  /** The range it applied to, without the sheet ("D6:D8"), when the object is a range or its format. */
  address?: string;
  /** For loads: the properties loaded. */
  props?: string[];
}

export interface SimStats {
  syncs: number;
  requests: number[];
  responses: number[];
  /** Every action that ran, in order (for tests that check what was written where). */
  actions: SimAction[];
  reset(): void;
}

/** What all contexts of one simulator share. */
export interface SimCore {
  state: WorkbookState;
  profile: HostProfile;
  locale: SimLocale;
  stats: SimStats;
  /** Pending injected failures: `skip` more syncs pass, then the next fails with `code`. */
  failures: { code: string; skip: number }[];
  cellEdit: boolean;
  /** Enter cell-edit mode after this many more successful syncs (null: not scheduled). */
  cellEditAfter: number | null;
  cellEditWaiters: (() => void)[];
}

/** What a load action hands back at sync: its answer (measured) and how to keep it. */
interface LoadResult {
  payload: unknown;
  commit: () => void;
}

interface Action {
  owner: SimObject;
  name: string;
  args: unknown;
  run: () => LoadResult | void;
  write: boolean;
  kind: SimAction["kind"];
}

export class SimContext {
  private queue: Action[] = [];
  private nullables: SimObject[] = [];
  /** office.js API: tracked objects need no bookkeeping here (proxies never expire). */
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };
  /** Set by Workbook's constructor (import order: the workbook proxy needs this class). */
  workbook!: unknown;

  constructor(
    readonly core: SimCore,
    private readonly delayForCellEdit: boolean,
  ) {}

  get state(): WorkbookState {
    return this.core.state;
  }

  error(code: string, location?: string, detail?: string): SimError {
    return simError(code, this.core.locale, location, detail);
  }

  /** Queues an action; an object above the profile's ExcelApi fails with ApiNotFound when it runs. */
  enqueue(owner: SimObject, name: string, args: unknown, run: () => LoadResult | void, write: boolean, minApi = owner.minApi, kind?: SimAction["kind"]): void {
    const location = `${owner.typeName}.${name}`;
    const supported = minApi <= this.core.profile.excelApiMinor;
    this.queue.push({
      owner,
      name,
      args,
      write,
      kind: kind ?? (write ? "call" : "load"),
      run: supported
        ? run
        : () => {
            throw this.error("ApiNotFound", location);
          },
    });
  }

  /** A null-object proxy learns whether it is null at the next sync. */
  watchNull(o: SimObject): void {
    this.nullables.push(o);
  }

  private requestBytes(actions: Action[]): number {
    const seen = new Set<SimObject>();
    let bytes = 0;
    for (const a of actions) {
      bytes += actionBytes(a.name, a.args);
      for (let o: SimObject | null = a.owner; o && !seen.has(o); o = o.parent) {
        seen.add(o);
        bytes += pathBytes(o.pathName, o.pathArgs);
      }
    }
    return bytes;
  }

  private async waitForCellEdit(): Promise<void> {
    while (this.core.cellEdit) await new Promise<void>((resolve) => this.core.cellEditWaiters.push(resolve));
  }

  private logAction(a: Action): void {
    const entry: SimAction = { sync: this.core.stats.syncs, kind: a.kind, object: a.owner.typeName, name: a.name };
    const address = a.owner.addressText();
    if (address !== undefined) entry.address = address;
    if (a.kind === "load" && Array.isArray(a.args)) entry.props = a.args as string[];
    this.core.stats.actions.push(entry);
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const actions = this.queue;
    const nullables = this.nullables;
    this.queue = [];
    this.nullables = [];
    // Nothing queued: office.js sends no request.
    if (actions.length === 0) {
      for (const o of nullables) o.settleNull();
      return passThroughValue as T;
    }
    const { core } = this;
    if (core.cellEdit && this.delayForCellEdit) await this.waitForCellEdit();
    const request = this.requestBytes(actions);
    core.stats.syncs++;
    core.stats.requests.push(request);
    core.stats.responses.push(0);
    const at = core.stats.responses.length - 1;

    // Refused before anything runs: cell-edit mode, an injected fault, a request over the limit.
    if (core.cellEdit) throw this.error("InvalidOperationInCellEditMode", "RequestContext.sync");
    const fault = core.failures[0];
    if (fault) {
      if (fault.skip === 0) {
        core.failures.shift();
        throw this.error(fault.code, "RequestContext.sync");
      }
      fault.skip--;
    }
    const limit = core.profile.payloadLimit;
    if (limit !== null && request > limit) throw this.error("RequestPayloadSizeLimitExceeded", "RequestContext.sync");

    const results: LoadResult[] = [];
    let failure: unknown = null;
    for (const a of actions) {
      try {
        const r = a.run();
        if (r) results.push(r);
      } catch (e) {
        failure = e;
        break;
      } finally {
        this.logAction(a);
      }
    }
    const response = results.reduce((n, r) => n + jsonBytes(r.payload), 0);
    core.stats.responses[at] = response;
    core.state.flush();
    if (failure) throw failure;
    // The batch ran (its writes are in the workbook) but its answer is too big to come back.
    // Assumption: the resource-limits page gives the code, not whether the writes of that batch
    // stayed; the simulator takes the reading that is harder on the add-in (they stayed).
    if (limit !== null && response > limit) throw this.error("ResponsePayloadSizeLimitExceeded", "RequestContext.sync");
    for (const r of results) r.commit();
    for (const o of nullables) o.settleNull();
    if (core.cellEditAfter !== null && --core.cellEditAfter <= 0) {
      core.cellEditAfter = null;
      core.cellEdit = true;
    }
    return passThroughValue as T;
  }
}

/** Load options as office.js accepts them: "a, b/c", ["a", "b"], { select: "a" }, { a: true, b: { c: true } }. */
export function loadPaths(option: unknown): string[] | null {
  if (option === undefined || option === null) return null;
  if (typeof option === "string") return option.split(",").map((p) => p.trim()).filter((p) => p !== "");
  if (Array.isArray(option)) return option.flatMap((o) => loadPaths(o) ?? []);
  if (typeof option === "object") {
    const o = option as Record<string, unknown>;
    if ("select" in o) return loadPaths(o.select);
    return Object.entries(o).flatMap(([k, v]) => {
      if (v === true) return [k];
      if (v && typeof v === "object") return (loadPaths(v) ?? []).map((p) => `${k}/${p}`);
      return [];
    });
  }
  return null;
}

/**
 * A proxy: an object path (parent, name, arguments) plus the properties loaded into it. Reads of
 * unloaded properties throw PropertyNotLoaded; sets are kept locally (as office.js does) and
 * queued. Subclasses say how to read a property at sync and which properties `load()` loads.
 */
export abstract class SimObject {
  private loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  abstract readonly typeName: string;

  constructor(
    readonly context: SimContext,
    readonly parent: SimObject | null,
    readonly pathName: string,
    readonly pathArgs: unknown,
    /** ExcelApi minor version the object needs (ApiNotFound below it). */
    readonly minApi = 1,
    private readonly nullable = false,
  ) {
    if (nullable) context.watchNull(this);
    else this.nullState = false;
  }

  /** Properties load() with no argument loads. */
  protected abstract scalarNames(): string[];
  /** A property's value at sync. */
  protected abstract read(name: string): unknown;
  /** Whether the object exists (null objects); checked at sync. */
  protected exists(): boolean {
    return true;
  }
  /** A navigation property ("format", "font", "protection", "items" ...) for load paths. */
  protected navigate(_name: string): SimObject | null {
    return null;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw this.context.error("PropertyNotLoaded", `${this.typeName}.isNullObject`);
    return this.nullState;
  }

  /** Where the object is, for the action log: a range's address without the sheet, else undefined. */
  addressText(): string | undefined {
    return this.parent?.addressText();
  }

  /** Called after a successful sync for null-object proxies. */
  settleNull(): void {
    if (this.nullState !== undefined) return;
    try {
      this.nullState = !this.exists();
    } catch {
      this.nullState = true;
    }
  }

  protected get<T>(name: string): T {
    if (this.nullState === true) return undefined as T;
    if (!this.loaded.has(name)) throw this.context.error("PropertyNotLoaded", `${this.typeName}.${name}`);
    return this.loaded.get(name) as T;
  }

  /** Keeps the value locally (office.js does) and queues the write. */
  protected set(name: string, value: unknown, apply: () => void, minApi?: number): void {
    if (value === undefined || value === null) throw this.context.error("InvalidArgument", `${this.typeName}.${name}`);
    this.loaded.set(name, value);
    this.context.enqueue(this, name, value, () => {
      if (!this.nullable || this.exists()) apply();
    }, true, minApi, "set");
  }

  /** Queues a method call that changes the workbook. */
  protected call(name: string, args: unknown, apply: () => void, minApi?: number): void {
    this.context.enqueue(this, name, args, () => {
      if (!this.nullable || this.exists()) apply();
    }, true, minApi);
  }

  /** Queues a method call whose answer arrives at sync (a ClientResult). */
  protected callResult<T>(name: string, args: unknown, compute: () => T, minApi?: number): ClientResult<T> {
    const result = new ClientResult<T>(this.context);
    this.context.enqueue(this, name, args, () => {
      const value = compute();
      return { payload: value, commit: () => result.settle(value) };
    }, false, minApi, "call");
    return result;
  }

  load(option?: unknown): this {
    const paths = loadPaths(option) ?? this.scalarNames();
    const own: string[] = [];
    for (const p of paths) {
      const slash = p.indexOf("/");
      if (slash < 0) {
        const nav = this.navigate(p);
        if (nav) nav.load();
        else own.push(p);
      } else {
        const nav = this.navigate(p.slice(0, slash));
        if (!nav) throw this.context.error("InvalidArgument", `${this.typeName}.load`, p);
        nav.load(p.slice(slash + 1));
      }
    }
    if (own.length > 0) this.loadOwn(own);
    return this;
  }

  private loadOwn(names: string[]): void {
    this.context.enqueue(this, "load", names, () => {
      if (this.nullable && !this.exists()) return { payload: null, commit: () => (this.nullState = true) };
      const values = names.map((n) => this.read(n));
      return {
        payload: Object.fromEntries(names.map((n, i) => [n, values[i]])),
        commit: () => {
          this.nullState = false;
          names.forEach((n, i) => this.loaded.set(n, values[i]));
        },
      };
    }, false);
  }

  /** Properties that arrived with a collection's items ("items/name"), already synced. */
  absorb(values: Record<string, unknown>): this {
    this.nullState = false;
    for (const [k, v] of Object.entries(values)) this.loaded.set(k, v);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** OfficeExtension.ClientResult: `value` readable after the sync that computed it. */
export class ClientResult<T> {
  private done = false;
  private result: T | undefined;

  constructor(private readonly context: SimContext) {}

  settle(value: T): void {
    this.result = value;
    this.done = true;
  }

  get value(): T {
    if (!this.done) throw this.context.error("PropertyNotLoaded", "ClientResult.value");
    return this.result as T;
  }
}

/** Deep copy of loaded data, so callers never hold the workbook's own objects. */
export function copy<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
