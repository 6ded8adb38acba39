import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempFolder } from "../testing/tempFolder";
import { batchCity } from "./batchCity";

const root = tempFolder("city-");
const NOT_CITIES = ["2024报表", "city", "南湖区", "全市", "本市", "各县市", "城市", "各地区", "超市", "教育联盟"];
for (const name of ["青州市", "凉山彝族自治州", "锡林郭勒盟", ...NOT_CITIES]) mkdirSync(join(root, name));
writeFileSync(join(root, "青石市.xlsx"), "");

describe("batchCity", () => {
  it.each(["青州市", "凉山彝族自治州", "锡林郭勒盟"])("names the one folder given when it is named as a city is: %s", async (name) => {
    expect(await batchCity([name], root)).toBe(name);
    expect(await batchCity([join(root, name)], "/")).toBe(name);
  });

  it.each(NOT_CITIES)("names none for a folder named otherwise: %s", async (name) => {
    expect(await batchCity([name], root)).toBeNull();
  });

  it("names none for several inputs, a file, or a folder that is not there", async () => {
    expect(await batchCity(["青州市", "锡林郭勒盟"], root)).toBeNull();
    expect(await batchCity(["青石市.xlsx"], root)).toBeNull();
    expect(await batchCity(["无此市"], root)).toBeNull();
    expect(await batchCity([], root)).toBeNull();
  });
});
