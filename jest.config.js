/** Unit and integration tests. End-to-end browser tests run separately (test/e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  // Issue 10: the Excel layer and its host are covered at least 90% by lines, run on the simulated Excel.
  // Only these files are instrumented, so the coverage run costs little; `npm test` passes --coverage.
  collectCoverageFrom: ["src/excel/**/*.ts", "src/taskpane/excel-host.ts"],
  coverageReporters: ["text-summary"],
  coverageThreshold: { global: { lines: 90 } },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only;
    // the mock only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
};
