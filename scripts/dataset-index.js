/**
 * Publishes the curated datasets: datasets/<id>.json are emitted unchanged as data/<id>.json, next to a
 * generated data/index.json (DatasetIndex in src/core/dataset/types.ts). Done as a webpack plugin so that
 * `npm run build` (dist/data/) and the dev server (/data/, from memory) serve exactly the same files, and so
 * that editing a dataset rebuilds the index while the dev server runs.
 *
 * Only the fields the index needs are checked here (a malformed file fails the build with its name); the full
 * schema check belongs to the data client, which validates everything it fetches.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");

/** Reproducible builds: SOURCE_DATE_EPOCH (seconds) fixes generatedAt when set. */
function buildTime(env = process.env) {
  const epoch = env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

function fail(file, problem) {
  throw new Error(`datasets/${file}: ${problem}`);
}

/** One index entry from a dataset file's text; throws with the file name when a needed field is wrong. */
function indexEntry(file, text) {
  let ds;
  try {
    ds = JSON.parse(text);
  } catch (err) {
    fail(file, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  if (ds === null || typeof ds !== "object" || Array.isArray(ds)) fail(file, "expected a JSON object");
  for (const key of ["id", "version", "province"]) {
    if (typeof ds[key] !== "string" || ds[key] === "") fail(file, `"${key}" must be a non-empty string`);
  }
  if (`${ds.id}.json` !== file) fail(file, `"id" is "${ds.id}" but the file must then be named ${ds.id}.json`);
  for (const key of ["document", "period"]) {
    if (ds[key] === null || typeof ds[key] !== "object" || Array.isArray(ds[key])) fail(file, `"${key}" must be an object`);
  }
  if (!Array.isArray(ds.records)) fail(file, `"records" must be an array`);
  if (ds.tasks !== undefined && !Array.isArray(ds.tasks)) fail(file, `"tasks" must be an array when present`);
  return {
    id: ds.id,
    version: ds.version,
    province: ds.province,
    document: ds.document,
    period: ds.period,
    recordCount: ds.records.length,
    taskCount: ds.tasks === undefined ? 0 : ds.tasks.length,
    href: file,
  };
}

/**
 * Reads dir/*.json (not subfolders such as datasets/schema/, and not an index.json kept there: the published
 * index is always regenerated from the dataset files themselves, so it cannot drift from them). Returns the index and the files to publish,
 * sorted by id so the output does not depend on directory order.
 */
function buildDatasetIndex(dir, generatedAt) {
  const names = fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isFile() && d.name.endsWith(".json") && d.name !== "index.json")
        .map((d) => d.name)
        .sort()
    : [];
  const files = names.map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), "utf8") }));
  const datasets = files.map((f) => indexEntry(f.name, f.text)).sort((a, b) => a.id.localeCompare(b.id));
  return { index: { schemaVersion: 1, generatedAt: generatedAt.toISOString(), datasets }, files };
}

class DatasetIndexPlugin {
  /** @param {{ dir: string, outDir?: string }} options outDir is relative to the webpack output ("data"). */
  constructor(options) {
    this.dir = options.dir;
    this.outDir = options.outDir ?? "data";
  }

  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("DatasetIndexPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "DatasetIndexPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // Watch the folder itself so that added or removed datasets rebuild under the dev server.
          compilation.contextDependencies.add(this.dir);
          let built;
          try {
            built = buildDatasetIndex(this.dir, buildTime());
          } catch (err) {
            compilation.errors.push(new compiler.webpack.WebpackError(err instanceof Error ? err.message : String(err)));
            return;
          }
          if (built.files.length === 0) {
            compilation.warnings.push(
              new compiler.webpack.WebpackError(`no datasets in ${this.dir}: ${this.outDir}/index.json lists none`),
            );
          }
          for (const f of built.files) {
            compilation.fileDependencies.add(path.join(this.dir, f.name));
            compilation.emitAsset(`${this.outDir}/${f.name}`, new RawSource(f.text));
          }
          compilation.emitAsset(`${this.outDir}/index.json`, new RawSource(`${JSON.stringify(built.index, null, 2)}\n`));
        },
      );
    });
  }
}

module.exports = { buildDatasetIndex, DatasetIndexPlugin };
