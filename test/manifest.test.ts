/**
 * The manifest: schema-valid offline (xmllint against ../shared/office-manifest-xsd), the production rewrite,
 * and the facts Office relies on (locales, requirement set, ribbon button, icons of the declared size).
 */
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { describeNeeding, type RequiredTool } from "./support/required-tool";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST = path.join(ROOT, "manifest.xml");
const VALIDATE = path.join(ROOT, "scripts", "validate-manifest.sh");
const xml = fs.readFileSync(MANIFEST, "utf8");

interface BuildManifest {
  PLACEHOLDER_HOST: string;
  resolveAddinHost(raw: string | undefined): { host: string; warning?: string };
  rewriteManifest(xml: string, host: string): string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buildManifest = require("../scripts/build-manifest.js") as BuildManifest;

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-test-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

function validate(file: string): { status: number | null; output: string } {
  const r = spawnSync("bash", [VALIDATE, file], { encoding: "utf8" });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function writeTmp(name: string, text: string): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return file;
}

/** Attribute values of every element with the given (possibly prefixed) name. */
function attrs(tag: string, attr: string, text = xml): string[] {
  const re = new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, "g");
  return [...text.matchAll(re)].map((m) => m[1] ?? "");
}

function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Distinct opaque colours of a PNG written by scripts/make-icons.js (RGBA, filter 0 on every row). */
function opaqueColours(file: string): Set<string> {
  const buf = fs.readFileSync(file);
  const { width, height } = pngSize(file);
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length; ) {
    const len = buf.readUInt32BE(o);
    if (buf.toString("ascii", o + 4, o + 8) === "IDAT") idat.push(buf.subarray(o + 8, o + 8 + len));
    o += 12 + len;
  }
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const colours = new Set<string>();
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    expect(raw[row]).toBe(0);
    for (let x = 0; x < width; x++) {
      const p = row + 1 + x * 4;
      if (raw[p + 3] === 255) colours.add(`${raw[p]},${raw[p + 1]},${raw[p + 2]}`);
    }
  }
  return colours;
}

/** xmllint for the offline schema validation; SKIP_XMLLINT=1 opts out (CI never does). */
const XMLLINT: RequiredTool = {
  name: "xmllint",
  optOut: "SKIP_XMLLINT",
  install: "apt-get install libxml2-utils",
  available: () => spawnSync("xmllint", ["--version"], { encoding: "utf8" }).status === 0,
};

describeNeeding(XMLLINT, "offline schema validation (xmllint)", () => {
  it("accepts manifest.xml", () => {
    const r = validate(MANIFEST);
    expect(r.output).toContain("validates");
    expect(r.status).toBe(0);
  });

  it.each([
    ["an Id that is not a GUID", (s: string) => s.replace(/<Id>[^<]+<\/Id>/, "<Id>plan-indicators</Id>")],
    ["an unknown permission", (s: string) => s.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>WriteEverything</Permissions>")],
    ["a missing DefaultLocale", (s: string) => s.replace(/<DefaultLocale>[^<]+<\/DefaultLocale>/, "")],
    ["a ribbon label over 125 characters", (s: string) => s.replace('DefaultValue="Bảng chỉ tiêu"', `DefaultValue="${"Bảng chỉ tiêu ".repeat(10)}"`)],
  ])("rejects a manifest with %s", (_what, mutate) => {
    const broken = mutate(xml);
    expect(broken).not.toBe(xml);
    const r = validate(writeTmp("broken.xml", broken));
    expect(r.status).not.toBe(0);
    expect(r.output).toMatch(/fails to validate|not valid|error/i);
  });

  it("validates the production manifest produced by scripts/build-manifest.js", () => {
    const out = path.join(tmp, "prod-manifest.xml");
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "build-manifest.js"), "--host", "https://addin.example.gov.vn/", "--in", MANIFEST, "--out", out], {
      stdio: "pipe",
    });
    const prod = fs.readFileSync(out, "utf8");
    expect(prod).not.toMatch(/localhost/i);
    const urls = [...prod.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas.") && !u.startsWith("http://www.w3.org/"));
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const u of urls) expect(u).toMatch(/^https:\/\/addin\.example\.gov\.vn\/[a-z]/);
    expect(validate(out).status).toBe(0);
  });
});

describe("deployment host (ADDIN_HOST)", () => {
  it("normalises an https origin with or without a path", () => {
    expect(buildManifest.resolveAddinHost("https://addin.example.gov.vn/")).toEqual({ host: "https://addin.example.gov.vn" });
    expect(buildManifest.resolveAddinHost(" https://so-ct.travinh.gov.vn/addin/ ")).toEqual({ host: "https://so-ct.travinh.gov.vn/addin" });
  });

  it("falls back to an unresolvable placeholder with a warning when unset", () => {
    const r = buildManifest.resolveAddinHost(undefined);
    expect(r.host).toBe("https://addin.example.invalid");
    expect(r.warning).toMatch(/ADDIN_HOST/);
  });

  it.each([
    ["http://addin.example.gov.vn", /https/],
    ["addin.example.gov.vn", /not a URL/],
    ["https://localhost:8443", /local address/],
    ["https://addin.example.gov.vn/?v=1", /query/],
  ])("rejects %s", (value, message) => {
    expect(() => buildManifest.resolveAddinHost(value)).toThrow(message);
  });

  it("refuses a manifest with a localhost URL left after the rewrite", () => {
    const extra = xml.replace("</OfficeApp>", "<!-- http://localhost:8080/x --></OfficeApp>");
    expect(() => buildManifest.rewriteManifest(extra, "https://addin.example.gov.vn")).toThrow(/localhost/);
  });
});

describe("manifest content", () => {
  it("is a Workbook task pane add-in with read/write access and a fixed GUID", () => {
    expect(xml).toMatch(/<OfficeApp\b[^>]*xsi:type="TaskPaneApp"/);
    expect(attrs("Host", "Name")).toEqual(["Workbook"]);
    expect(xml).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
  });

  it("asks for ExcelApi 1.4 and nothing newer (later sets are feature-detected)", () => {
    expect([...xml.matchAll(/<Set Name="([^"]+)" MinVersion="([^"]+)"\/>/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(["ExcelApi 1.4"]);
  });

  it("is Vietnamese by default with an English override for every user-visible string", () => {
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    for (const el of ["DisplayName", "Description"]) {
      const block = xml.match(new RegExp(`<${el} DefaultValue="([^"]+)">\\s*<Override Locale="en-US" Value="([^"]+)"/>`));
      expect(block).not.toBeNull();
      expect(block?.[1]).toMatch(/[ảạấầệịọốộớờủứựỳ]/); // Vietnamese diacritics in the default text
    }
    const strings = [...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US" Value="[^"]+"\/>\s*<\/bt:String>/g)];
    const allStrings = attrs("bt:String", "id");
    expect(allStrings.length).toBeGreaterThanOrEqual(4);
    expect(strings.map((m) => m[1])).toEqual(allStrings);
  });

  it("puts a ShowTaskpane button on the Home tab pointing at the task pane page", () => {
    expect(xml).toMatch(/<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(attrs("bt:Url", "DefaultValue")).toContain("https://localhost:3000/taskpane.html");
    expect(attrs("SourceLocation", "DefaultValue")).toEqual(["https://localhost:3000/taskpane.html"]);
    expect(attrs("FunctionFile", "resid")).toEqual(["Commands.Url"]);
  });

  it("defines every resource id it references", () => {
    const defined = new Set(attrs("bt:(?:Image|Url|String)", "id"));
    const referenced = attrs("[A-Za-z:]+", "resid");
    expect(referenced.length).toBeGreaterThan(10);
    for (const id of referenced) expect(defined).toContain(id);
  });

  it("serves every URL from the dev origin, from files the build publishes", () => {
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"/g)].map((m) => m[1] ?? "");
    for (const url of urls) {
      expect(url.startsWith("https://localhost:3000/")).toBe(true);
      const rel = url.slice("https://localhost:3000/".length);
      const source = rel.startsWith("assets/") ? path.join(ROOT, rel) : path.join(ROOT, "src", rel.replace(/\.html$/, ""), rel);
      expect(fs.existsSync(source)).toBe(true);
    }
  });
});

describe("icons", () => {
  const declared: Array<[string, number]> = [
    ...attrs("bt:Image", "DefaultValue").map((u, i): [string, number] => [u, Number(attrs("bt:Image", "id")[i]?.match(/(\d+)x\1/)?.[1])]),
    [attrs("IconUrl", "DefaultValue")[0] ?? "", 32],
    [attrs("HighResolutionIconUrl", "DefaultValue")[0] ?? "", 64],
  ];

  it.each(declared)("%s is a PNG of %d px", (url, size) => {
    const file = path.join(ROOT, url.replace("https://localhost:3000/", ""));
    expect(pngSize(file)).toEqual({ width: size, height: size });
  });

  it.each([16, 32, 64, 80])("icon-%d.png is drawn (table green, badge red, white glyph), not a blank square", (size) => {
    const colours = opaqueColours(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(colours).toContain("33,115,70"); // header row
    expect(colours).toContain("200,16,46"); // percent badge
    expect(colours).toContain("255,255,255");
    expect(colours.size).toBeGreaterThanOrEqual(8);
  });

  it("are exactly what scripts/make-icons.js draws", () => {
    const out = path.join(tmp, "icons");
    execFileSync(process.execPath, [path.join(ROOT, "scripts", "make-icons.js"), out], { stdio: "pipe" });
    for (const size of [16, 32, 64, 80]) {
      const name = `icon-${size}.png`;
      expect(fs.readFileSync(path.join(out, name)).equals(fs.readFileSync(path.join(ROOT, "assets", name)))).toBe(true);
    }
  });
});
