// Lint: typescript-eslint's recommended rules plus the Office.js rules that office-addin-lint runs
// (eslint-plugin-office-addins): no context.sync() in loops, sync after load, isNullObject checks.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

/**
 * A folder's imports: none from the folders named (src/<folder>/…), and for the pure engine none of
 * Node's modules, exceljs or the DOM's Office either.
 */
function layer(files, forbidden, pure) {
  const patterns = forbidden.map((folder) => ({ group: [`**/${folder}/*`, `**/${folder}`], message: `${files.split("/")[1]} must not import from src/${folder} (README, Architecture).` }));
  if (pure) patterns.push({ group: ["node:*", "fs", "path", "os", "exceljs"], message: "The engine is pure: no I/O, no workbook library." });
  return [{ files: [files], ignores: ["**/*.test.ts", "**/testing/**"], rules: { "no-restricted-imports": ["error", { patterns }] } }];
}

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "out/**", "test/stubs/**", "assets/office-js/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "warn",
      "office-addins/test-for-null-using-isNullObject": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error", "warn"] }],
      // Safari before 16.4 (Excel for Mac on an older macOS) cannot parse a lookbehind: one in the bundle leaves the pane blank.
      "no-restricted-syntax": [
        "error",
        { selector: "Literal[regex.pattern=/\\(\\?<[=!]/]", message: "No regular-expression lookbehind: Safari before 16.4 cannot parse the bundle with one." },
        { selector: "NewExpression[callee.name='RegExp'] > Literal[value=/\\(\\?<[=!]/]", message: "No regular-expression lookbehind: Safari before 16.4 cannot parse the bundle with one." },
      ],
    },
  },
  // The layers of README's Architecture, kept by the linter rather than by review: the engine is pure
  // (no workbook, messages, I/O or Office); the workbook layer knows no adapter or front end; an adapter
  // knows no front end; the two front ends do not reach into each other.
  ...layer("src/engine/**/*.ts", ["workbook", "adapters", "messages", "report", "addin", "taskpane", "cli"], true),
  ...layer("src/profiles/**/*.ts", ["workbook", "adapters", "report", "addin", "taskpane", "cli"], false),
  ...layer("src/workbook/**/*.ts", ["adapters", "addin", "taskpane", "cli"], false),
  ...layer("src/report/**/*.ts", ["adapters", "addin", "taskpane", "cli"], false),
  ...layer("src/adapters/**/*.ts", ["addin", "taskpane", "cli"], false),
  ...layer("src/addin/**/*.ts", ["cli"], false),
  ...layer("src/taskpane/**/*.ts", ["cli"], false),
  ...layer("src/cli/**/*.ts", ["addin", "taskpane", "adapters/office"], false),
  {
    // Only the Office adapter talks to Excel (its fake for the tests stands in for Excel itself).
    files: ["src/**/*.ts"],
    ignores: ["src/adapters/office/**"],
    rules: { "no-restricted-properties": ["error", { object: "Excel", property: "run", message: "Only the Office adapter (src/adapters/office) calls Excel.run." }] },
  },
  {
    files: ["**/*.ts"],
    rules: { "preserve-caught-error": "error" },
  },
  {
    files: ["src/cli/**/*.ts", "bench/**/*.ts", "test/**/*.ts", "**/*.test.ts"],
    rules: { "no-console": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly", process: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
