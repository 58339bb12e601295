/** Two projects: fast unit tests (npm test) and checks of rendered configs by the real programs
 * (npm run test:configs, needs the Debian packages from scripts/install-config-test-deps.sh). */
const tsJest = { "^.+\\.ts$": "ts-jest" };
module.exports = {
  projects: [
    {
      displayName: "unit",
      testEnvironment: "node",
      transform: tsJest,
      roots: ["<rootDir>/components", "<rootDir>/ops", "<rootDir>/tests"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/tests/realconfig/", "/tests/e2e/", "/tests/engine-smoke/"],
    },
    {
      displayName: "configs",
      testEnvironment: "node",
      transform: tsJest,
      roots: ["<rootDir>/tests/realconfig"],
      testMatch: ["**/*.test.ts"],
    },
  ],
};
