import type { Lang } from "../messages/types";
import { beyondSheet, cellRange, parseRange } from "../workbook/address";
import type { RoleFixes } from "../workbook/read/matchColumns";
import { columnFixes } from "./columnFixes";
import { nearestName } from "./nearestName";

export interface CliArgs {
  /** The input workbooks and folders as given; none: the bundled sample. Several, or a folder: a batch (runBatch). */
  readonly inputs: readonly string[];
  readonly out: string | null;
  readonly json: string | null;
  readonly profile: string | null;
  readonly sheet: string | null;
  readonly range: string | null;
  readonly year: number | null;
  readonly lang: Lang;
  readonly includeHidden: boolean;
  /** A folder's subfolders are walked too (each county's folder of a city's). */
  readonly recursive: boolean;
  readonly help: boolean;
  /** The user's column mapping (`--map 字段=列`, `--ignore 列`), or null to take the columns as recognised. */
  readonly mapping: RoleFixes | null;
}

/** A usage error: a message code of src/messages/cliMessages.ts with its params. */
export interface ArgError {
  readonly code: string;
  readonly params: Readonly<Record<string, string>>;
}

export type ParsedArgs = { readonly ok: true; readonly args: CliArgs } | { readonly ok: false; readonly error: ArgError; readonly lang: Lang };

const VALUE_OPTIONS = ["--out", "--json", "--profile", "--sheet", "--range", "--year", "--lang"] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];
/** Options that may be given more than once, each value kept. */
const LIST_OPTIONS = ["--map", "--ignore"] as const;
const FLAG_OPTIONS = ["--include-hidden", "--recursive", "--help"] as const;
const ALL_OPTIONS: readonly string[] = [...VALUE_OPTIONS, ...LIST_OPTIONS, ...FLAG_OPTIONS];

/** Whether the command line chooses a language (--lang): without it an error before anything is read cannot know the reader's. */
export function langGiven(argv: readonly string[]): boolean {
  return argv.some((a) => a === "--lang" || a.startsWith("--lang="));
}

/** An option not known, with the one it most likely meant when one is a slip away (nearestName: --yaer → --year). */
function unknownOption(name: string): ArgError {
  const near = nearestName(name, ALL_OPTIONS);
  return near === null ? { code: "cli_err_unknown_option", params: { option: name } } : { code: "cli_err_unknown_option_near", params: { option: name, near } };
}

/** The language asked for, found before anything else so that every error speaks it. */
function langOf(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const value = i < 0 ? undefined : argv[i]?.includes("=") ? argv[i]?.split("=")[1] : argv[i + 1];
  return value?.trim().toLowerCase() === "en" ? "en" : "zh";
}

/** Splits `--opt=value` and `--opt value` into [option, value] pairs plus positionals. */
function tokenize(argv: readonly string[]): { options: Map<string, string>; lists: Map<string, string[]>; flags: Set<string>; positionals: string[] } | ArgError {
  const options = new Map<string, string>();
  const lists = new Map<string, string[]>(LIST_OPTIONS.map((o) => [o, []]));
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (!arg.startsWith("--") || arg === "--") {
      if (arg !== "--") positionals.push(arg);
      continue;
    }
    const [name = "", inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if ((FLAG_OPTIONS as readonly string[]).includes(name)) flags.add(name);
    else if ((VALUE_OPTIONS as readonly string[]).includes(name) || lists.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "" || (inline === undefined && value.startsWith("--"))) return { code: "cli_err_missing_value", params: { option: name } };
      const list = lists.get(name);
      if (list !== undefined) list.push(value);
      // Which of two values was meant is a guess (and --lang was read from the first, --out from the last).
      else if (options.has(name)) return { code: "cli_err_option_twice", params: { option: name, first: options.get(name) ?? "", second: value } };
      else options.set(name, value);
    } else return unknownOption(name);
  }
  return { options, lists, flags, positionals };
}

function checkValues(options: Map<string, string>): ArgError | null {
  const lang = options.get("--lang");
  if (lang !== undefined && !["zh", "en"].includes(lang.trim().toLowerCase())) return { code: "cli_err_bad_lang", params: { lang } };
  const range = options.get("--range");
  return (range === undefined ? null : rangeProblem(range)) ?? yearProblem(options.get("--year"));
}

/**
 * A --range that is malformed, or that reaches past Excel's last column (XFD) or row (1048576):
 * a typo (XFE for XE), which the reader would silently find empty, refused as --map XFE is.
 * @example rangeProblem("A1:XFE10") // { code: "cli_err_column_beyond", params: { option: "--range", value: "A1:XFE10" } }
 */
function rangeProblem(range: string): ArgError | null {
  const box = parseRange(cellRange(range));
  if (box === null) return { code: "cli_err_bad_range", params: { range } };
  const beyond = beyondSheet(box);
  return beyond === null ? null : { code: beyond === "column" ? "cli_err_column_beyond" : "cli_err_row_beyond", params: { option: "--range", value: range } };
}

function yearProblem(year: string | undefined): ArgError | null {
  if (year !== undefined && !/^\d{4}$/.test(year.trim())) return { code: "cli_err_bad_year", params: { year } };
  if (year !== undefined && (Number(year) < 2000 || Number(year) > 2100)) return { code: "cli_err_bad_year", params: { year } };
  return null;
}

/**
 * Parses the command line of `npm run evaluate`.
 * @example parseArgs(["in.xlsx", "--out", "r.xlsx", "--year=2025"]) // { ok: true, args: { inputs: ["in.xlsx"], out: "r.xlsx", year: 2025, … } }
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const lang = langOf(argv);
  const tokens = tokenize(argv);
  if ("code" in tokens) return { ok: false, error: tokens, lang };
  const { options, lists, flags, positionals } = tokens;
  const bad = checkValues(options);
  if (bad) return { ok: false, error: bad, lang };
  const mapping = columnFixes(lists.get("--map") ?? [], lists.get("--ignore") ?? [], lang);
  if (!mapping.ok) return { ok: false, error: mapping.error, lang };
  const get = (o: ValueOption) => options.get(o) ?? null;
  const year = get("--year");
  const range = get("--range");
  return {
    ok: true,
    args: {
      inputs: positionals,
      out: get("--out"),
      json: get("--json"),
      profile: get("--profile"),
      sheet: get("--sheet"),
      range: range === null ? null : cellRange(range),
      year: year === null ? null : Number(year),
      lang,
      includeHidden: flags.has("--include-hidden"),
      recursive: flags.has("--recursive"),
      help: flags.has("--help"),
      mapping: mapping.fixes,
    },
  };
}
