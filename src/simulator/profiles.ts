/**
 * Host profiles: which Excel the simulator pretends to be. Requirement sets per host are from
 * https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 * (Excel 2019 volume/retail: up to ExcelApi 1.8; Excel 2016 retail after updates: 1.4 here as the
 * issue fixes it). Excel on the web alone enforces the 5 MB request and response payload limits
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
export type HostProfileName = "web" | "desktop" | "excel-2019" | "excel-2016";

export interface HostProfile {
  name: HostProfileName;
  /** Highest ExcelApi minor version: 20 means ExcelApi 1.1 … 1.20. */
  excelApiMinor: number;
  /** Bytes per request and per response, or null when the host sets no such limit. */
  payloadLimit: number | null;
  platform: "OfficeOnline" | "PC";
  /** What Office.context.diagnostics.version would say, for logs. */
  version: string;
}

/** 5 MB as the resource-limits page states it for Excel on the web. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Latest ExcelApi at the time of writing. */
const LATEST = 20;

export const PROFILES: Record<HostProfileName, HostProfile> = {
  web: { name: "web", excelApiMinor: LATEST, payloadLimit: WEB_PAYLOAD_LIMIT, platform: "OfficeOnline", version: "16.0.0.0" },
  desktop: { name: "desktop", excelApiMinor: LATEST, payloadLimit: null, platform: "PC", version: "16.0.19000.20000" },
  "excel-2019": { name: "excel-2019", excelApiMinor: 8, payloadLimit: null, platform: "PC", version: "16.0.10827.20181" },
  "excel-2016": { name: "excel-2016", excelApiMinor: 4, payloadLimit: null, platform: "PC", version: "16.0.4266.1001" },
};

/** Other requirement sets the hosts report (the add-in only asks about ExcelApi today). */
const OTHER_SETS: Record<HostProfileName, Record<string, number>> = {
  web: { DialogApi: 1.2, SharedRuntime: 1.1, ExcelApiOnline: 1.1 },
  desktop: { DialogApi: 1.2, SharedRuntime: 1.1 },
  "excel-2019": { DialogApi: 1.1 },
  "excel-2016": { DialogApi: 1.1 },
};

/** "1.9" -> 9; "1" -> 0; anything else -> NaN. */
function minorOf(version: string): number {
  const m = /^1(?:\.(\d+))?$/.exec(version.trim());
  return m ? Number(m[1] ?? 0) : Number.NaN;
}

/** Office.context.requirements.isSetSupported as the profile answers it. */
export function supportsSet(profile: HostProfile, name: string, version?: string | number): boolean {
  const wanted = version === undefined ? "1.1" : String(version);
  if (name.toLowerCase() === "excelapi") {
    const minor = minorOf(wanted);
    return !Number.isNaN(minor) && minor <= profile.excelApiMinor;
  }
  const have = Object.entries(OTHER_SETS[profile.name]).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
  return have !== undefined && Number(wanted) <= have;
}
