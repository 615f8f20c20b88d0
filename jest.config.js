/** Unit and integration tests. End-to-end browser tests run separately (test/e2e). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock imports office-addin-manifest, whose dependencies are ESM-only;
    // the mock only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/test/shims/office-addin-manifest.js",
  },
};
