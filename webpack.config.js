/**
 * Build and dev server for the add-in.
 *
 *   npm run build       production: taskpane + commands, minified, no source maps, manifest rewritten to $ADDIN_HOST
 *   npm run build:dev   development: adds the dev-only preview page (HyperFormula, GPL), source maps
 *   npm run dev-server  development build served at https://localhost:3000 (npm start wraps it)
 *
 * Pages: taskpane.html (src/taskpane/index.tsx), commands.html (ribbon function file, src/commands/commands.ts),
 * preview.html (development only, src/preview/index.tsx: the task pane and excelHost() against the simulated Excel, src/simulator).
 * Styles: Fluent UI's and ours are precompiled and extracted to griffel[.hash].css (Griffel's loader and plugin).
 * Code splitting: the first tab is in the entry chunk; every other section loads on demand (src/taskpane/sections/registry.tsx).
 * Data: datasets/<id>.json -> data/<id>.json + data/index.json (scripts/dataset-index.js), same in dist and dev server.
 */
"use strict";

const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");
const { DEV_ORIGIN, resolveAddinHost, rewriteManifest } = require("./scripts/build-manifest");
const { DatasetIndexPlugin } = require("./scripts/dataset-index");
const { harmonySpecifierTag } = require("webpack/lib/dependencies/esm/ESMImportDependencyParserPlugin");

const PORT = 3000;
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * Content-Security-Policy for the pages (a meta tag, since the static host may not let us set headers).
 * No 'unsafe-eval' anywhere, which is also why development uses devtool "source-map" and never eval-based maps.
 * 'unsafe-inline' styles: Griffel (Fluent UI v9) inserts <style> rules at run time.
 * connect-src https: the planner may point the add-in at another https data host (settings).
 * frame-src: office.js frames Microsoft's telemetry proxy (the URL below, in office.js itself). Decided: allowed, that
 * origin alone. office.js is Microsoft's script that the page already trusts in full, the frame is Microsoft's own page
 * sending what Office sends anyway, and refusing it only put a CSP error in the console on every load, hiding real ones.
 */
const OFFICE_TELEMETRY = "https://telemetryservice.firstpartyapps.oaspapps.com";
function contentSecurityPolicy({ officeJs, dev }) {
  const scriptSrc = ["'self'", ...(officeJs ? ["https://appsforoffice.microsoft.com"] : [])];
  // The dev server's live-reload client talks to wss://localhost:3000; older WebKit does not match ws(s) to 'self'.
  const connectSrc = ["'self'", "https:", ...(dev ? [`wss://localhost:${PORT}`] : [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSrc.join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    `connect-src ${connectSrc.join(" ")}`,
    "img-src 'self' data:",
    "font-src 'self' data:",
    `frame-src ${officeJs ? OFFICE_TELEMETRY : "'none'"}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * Dev server certificate: the Office dev certificate when installed (~/.office-addin-dev-certs, trusted by
 * Excel desktop after `npx office-addin-dev-certs install`), else .certs/localhost.{crt,key} if present,
 * else webpack-dev-server's own self-signed certificate (fine for a browser after accepting the warning,
 * not trusted by Excel desktop).
 */
function devServerHttps() {
  for (const dir of [path.join(os.homedir(), ".office-addin-dev-certs"), path.join(__dirname, ".certs")]) {
    const cert = path.join(dir, "localhost.crt");
    const key = path.join(dir, "localhost.key");
    if (fs.existsSync(cert) && fs.existsSync(key)) {
      const ca = path.join(dir, "ca.crt");
      return {
        type: "https",
        options: { cert: fs.readFileSync(cert), key: fs.readFileSync(key), ...(fs.existsSync(ca) ? { ca: fs.readFileSync(ca) } : {}) },
      };
    }
  }
  return "https";
}

/**
 * Fluent's compiled style files (their makeStyles already turned into class names) still build module-level constants
 * from `tokens.x` that nothing reads any more (Input's horizontalPadding, Button's boxShadowStrokeWidthThinMoz, ...).
 * Webpack cannot know that reading a property is free of side effects, so those constants kept Fluent's whole `tokens`
 * object (467 CSS variable names, ~3.8 KB gzip) in the first paint. `tokens` is a plain object: reading it is pure, and
 * saying so lets webpack drop the unread constants and then the object. A live read of `tokens` keeps it as before.
 */
const FLUENT_TOKENS_SOURCES = new Set(["@fluentui/react-components", "@fluentui/react-theme", "@fluentui/tokens"]);
class PureFluentTokensPlugin {
  apply(compiler) {
    compiler.hooks.normalModuleFactory.tap("PureFluentTokens", (factory) => {
      for (const type of ["javascript/auto", "javascript/esm"]) {
        factory.hooks.parser.for(type).tap("PureFluentTokens", (parser) => {
          parser.hooks.isPure.for("MemberExpression").tap("PureFluentTokens", (expr) => {
            if (expr.computed || expr.object.type !== "Identifier") return undefined;
            const imported = parser.getTagData(expr.object.name, harmonySpecifierTag);
            const isTokens = imported && FLUENT_TOKENS_SOURCES.has(imported.source) && imported.ids.length === 1 && imported.ids[0] === "tokens";
            return isTokens ? true : undefined;
          });
        });
      }
    });
  }
}

/** Whether `module` is needed by the on-demand chunk named `chunkName` (as import() made it, before splitChunks). */
function neededBy(module, { chunkGraph }, chunkName) {
  for (const chunk of chunkGraph.getModuleChunksIterable(module)) if (chunk.name === chunkName) return true;
  return false;
}

function page(name, template, chunks, csp) {
  return new HtmlWebpackPlugin({
    filename: `${name}.html`,
    template,
    chunks,
    scriptLoading: "defer",
    templateParameters: { csp, officeJs: OFFICE_JS },
  });
}

module.exports = (_env, argv) => {
  const production = argv.mode === "production";
  const dev = !production;

  let manifestHost = DEV_ORIGIN;
  let hostWarning;
  if (production) {
    // Throws (failing the build with the message) for a malformed or non-https ADDIN_HOST.
    const resolved = resolveAddinHost(process.env.ADDIN_HOST);
    manifestHost = resolved.host;
    hostWarning = resolved.warning;
  }

  const entry = {
    taskpane: "./src/taskpane/index.tsx",
    commands: "./src/commands/commands.ts",
    // The preview bundles HyperFormula (GPL-3.0): development only, never in the production dist.
    ...(dev ? { preview: "./src/preview/index.tsx" } : {}),
  };

  const officeCsp = contentSecurityPolicy({ officeJs: true, dev });
  const pages = [
    page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"], officeCsp),
    page("commands", "./src/commands/commands.html", ["commands"], officeCsp),
    ...(dev ? [page("preview", "./src/preview/preview.html", ["preview"], contentSecurityPolicy({ officeJs: false, dev }))] : []),
  ];

  return {
    mode: production ? "production" : "development",
    entry,
    // Modern browsers and webviews only (Edge WebView2, Safari/WKWebView, Office on the web): no IE 11 or its polyfills.
    target: ["web", "es2020"],
    devtool: production ? false : "source-map",
    output: {
      path: path.resolve(__dirname, "dist"),
      // Hashed names in production: Office caches add-in files hard, a new build must not be served stale.
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js", ".mjs"],
      // Sources compiled for Node (tsconfig.cli.json) may import "./x.js" for "./x.ts".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      // ts-loader runs transpileOnly (type checking is `npm run typecheck`), so a misspelt import would only be a
      // warning and undefined at run time; make it fail the build instead.
      parser: { javascript: { exportsPresence: "error" } },
      rules: [
        // Fluent UI's styles and ours (once precompiled, below) leave the JavaScript for one stylesheet,
        // griffel[.hash].css, that each page links: the browser parses CSS faster than JS strings inserted at run time,
        // and the pane's JavaScript budget (bench/size.js) stays for code. Runs last, on the output of the rule below.
        {
          test: /\.(js|mjs|tsx?)$/,
          include: [path.resolve(__dirname, "src"), /[\\/]node_modules[\\/]@fluentui[\\/]/],
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Loaders run last to first: ts-loader emits JavaScript, then Griffel's loader turns our makeStyles /
          // makeResetStyles calls into precomputed CSS classes (as Fluent UI ships its own), so the bundle needs
          // neither the style compiler (stylis) nor the right-to-left converter (rtl-css-js) at run time.
          use: [
            {
              loader: "@griffel/webpack-loader",
              options: {
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
                inheritResolveOptions: ["modules", "plugins"],
              },
            },
            { loader: "ts-loader", options: { configFile: path.resolve(__dirname, "tsconfig.json"), transpileOnly: true } },
          ],
        },
      ],
    },
    optimization: {
      // Tree-shaking of Fluent UI relies on its packages' "sideEffects": false plus these (production defaults, explicit).
      usedExports: true,
      sideEffects: true,
      // Code shared by on-demand chunks goes to a chunk of its own from 4 KB (webpack's default is 20 KB), not once into
      // each: the pane's total budget (bench/size.js) counts every copy. Two loads start as soon as the pane has painted:
      // the insert tab's engine (useInsertEngine.ts) and the workbook code (excel-host.ts, to load the settings); what
      // each needs is gathered in a few chunks rather than the many that splitting by section made, since every one of
      // them is fetched then anyway and fewer, larger chunks compress better (4.4 KB gzip less than by section). What the insert
      // tab needs stays out of the workbook code's chunk, so the tab never waits for the engines.
      splitChunks: {
        minSize: 4000,
        cacheGroups: {
          // Our code the insert tab's engine needs: the template builders, the indicator catalog, units.
          insertCore: { test: (m, ctx) => /[\\/]src[\\/]core[\\/]/.test(m.resource ?? "") && neededBy(m, ctx, "insert-engine"), chunks: "async", enforce: true, name: "insert-core" },
          // Fluent's components the insert tab's engine needs (input, checkbox), which the other tabs share.
          insertFluent: { test: (m, ctx) => /[\\/]node_modules[\\/]/.test(m.resource ?? "") && neededBy(m, ctx, "insert-engine"), chunks: "async", enforce: true, name: "insert-fluent" },
          // The workbook code with the detection, fill and recalculation engines (it needs all three; so do the other
          // tabs but the insert tab).
          excel: {
            test: (m, ctx) => /[\\/]src[\\/](excel[\\/]|core[\\/](detect|fill|recalc)[\\/]|taskpane[\\/]excel-actions\.ts$)/.test(m.resource ?? "") && !neededBy(m, ctx, "insert-engine"),
            chunks: "async",
            enforce: true,
            name: "excel",
          },
        },
      },
    },
    // The size budget is enforced by bench/size.js (gzip), not by webpack's raw-size hints.
    performance: { hints: false },
    plugins: [
      ...pages,
      // Griffel sorts its rules itself, so mini-css-extract-plugin's warnings about module order do not apply.
      new MiniCssExtractPlugin({ filename: production ? "[name].[contenthash:8].css" : "[name].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/*.html", to: "assets/[name][ext]" },
          production
            ? { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString("utf8"), manifestHost) }
            : { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new DatasetIndexPlugin({ dir: path.resolve(__dirname, "datasets") }),
      new PureFluentTokensPlugin(),
      {
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("AddinHostWarning", (compilation) => {
            if (hostWarning) compilation.warnings.push(new compiler.webpack.WebpackError(hostWarning));
          });
        },
      },
    ],
    devServer: {
      port: PORT,
      server: devServerHttps(),
      // Excel on the web and desktop load the pages in a frame from another origin.
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
