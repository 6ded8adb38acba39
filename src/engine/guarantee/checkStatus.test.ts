import * as fs from "node:fs";
import * as path from "node:path";
import { classStatus, roomsStatus, shortfallStatus, STATUS, statusCode, statusName, verdictStatus } from "./checkStatus";
import { statusOfShortfall } from "./schoolCheck";

describe("the check statuses both paths share", () => {
  it("roomsStatus: a kind short fails whatever the other; otherwise an unknown kind leaves G3 unknown", () => {
    expect([roomsStatus(1, 0), roomsStatus(0, 2), roomsStatus(1, null), roomsStatus(null, 0), roomsStatus(0, null), roomsStatus(0, 0)]).toEqual([
      STATUS.FAIL,
      STATUS.FAIL,
      STATUS.FAIL,
      STATUS.UNKNOWN,
      STATUS.UNKNOWN,
      STATUS.PASS,
    ]);
  });
  it("classStatus: unknown without class data; a class over fails; none over passes only when the count is exact", () => {
    expect([classStatus(false, 0, true), classStatus(true, 3, false), classStatus(true, 0, false), classStatus(true, 0, true)]).toEqual([STATUS.UNKNOWN, STATUS.FAIL, STATUS.UNKNOWN, STATUS.PASS]);
  });
  it("verdictStatus: null (not judged) is unknown, never a pass", () => {
    expect([verdictStatus(true), verdictStatus(false), verdictStatus(null)]).toEqual([STATUS.PASS, STATUS.FAIL, STATUS.UNKNOWN]);
  });
});

describe("shortfallStatus and statusOfShortfall", () => {
  it("fail when anything is short, pass when nothing is, unknown when the amount is unknown or not a number (never a pass for NaN)", () => {
    const shorts = [130, 0.001, 0, -0, null, Number.NaN];
    expect(shorts.map(shortfallStatus)).toEqual([STATUS.FAIL, STATUS.FAIL, STATUS.PASS, STATUS.PASS, STATUS.UNKNOWN, STATUS.UNKNOWN]);
    expect(shorts.map(statusOfShortfall)).toEqual(["fail", "fail", "pass", "pass", "unknown", "unknown"]);
  });
  it("names each code and refuses NONE, which is no status", () => {
    expect([STATUS.PASS, STATUS.FAIL, STATUS.UNKNOWN].map(statusName)).toEqual(["pass", "fail", "unknown"]);
    expect([statusCode("pass"), statusCode("fail"), statusCode("unknown")]).toEqual([STATUS.PASS, STATUS.FAIL, STATUS.UNKNOWN]);
    expect(() => statusName(STATUS.NONE)).toThrow(RangeError);
  });
});

describe("the guarantee modules", () => {
  // A cycle through the list of checked items once made a module fail when it happened to be loaded first.
  const modules = fs.readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
  it.each(modules)("%s loads on its own, before any other", (file) => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads synchronously, in a registry of its own
      expect(() => require(path.join(__dirname, file)) as unknown).not.toThrow();
    });
  });
});
