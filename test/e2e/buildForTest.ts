/** Builds the add-in (office.js referenced locally) and the stand-in office.js into `outDir`, with webpack's Node API. */
import { join, resolve } from "node:path";
import webpack from "webpack";

const root = resolve(__dirname, "..", "..");

type ConfigFactory = (env: Record<string, unknown>, argv: { mode: string }) => Promise<webpack.Configuration>;

function compile(configs: webpack.Configuration[]): Promise<void> {
  return new Promise((done, fail) => {
    webpack(configs, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      return done();
    });
  });
}

export async function buildForTest(outDir: string): Promise<{ site: string; standIn: string }> {
  const previous = process.env.OFFICE_JS;
  process.env.OFFICE_JS = "local";
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require(join(root, "webpack.config.js")) as ConfigFactory;
  const site = join(outDir, "site");
  const addin = { ...(await factory({}, { mode: "production" })), mode: "production" as const, context: root, devtool: false as const };
  addin.output = { ...addin.output, path: site };
  if (previous === undefined) delete process.env.OFFICE_JS;
  else process.env.OFFICE_JS = previous;
  const standIn: webpack.Configuration = {
    mode: "development",
    devtool: false,
    context: root,
    entry: { "office-standin": "./test/e2e/standin/officeStandIn.ts" },
    output: { path: join(outDir, "standin"), filename: "[name].js" },
    resolve: { extensions: [".ts", ".js", ".json"] },
    module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } }] },
  };
  await compile([addin, standIn]);
  return { site, standIn: join(outDir, "standin", "office-standin.js") };
}
