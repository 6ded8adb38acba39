import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { helpPage } from "./helpPage";

/** npm run build:help: writes src/taskpane/help.html from helpPage(), which webpack copies beside the pane. */
const target = join(__dirname, "..", "taskpane", "help.html");
writeFileSync(target, helpPage(), "utf8");
process.stderr.write(`written ${target}\n`);
