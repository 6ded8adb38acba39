import { builtInProfile } from "../profiles/resolveProfile";
import { itemsLeftPending } from "./optionalFields";

const national = builtInProfile("national-2017");
const sichuan = builtInProfile("sichuan-guanghan-2024");
const items = (list: ReturnType<typeof itemsLeftPending>) => list.map((i) => i.item);

describe("itemsLeftPending: the items school columns decide, left 待评估 by the columns not found", () => {
  it("lists every school-data item for a sheet with only the required columns; G6 only where the profile sets a funding norm", () => {
    const present = new Set(["name", "students"]);
    // national-2017 has no per-student norm ("norm": null), 四川 800 / 1040 yuan.
    expect(items(itemsLeftPending(national, present))).toEqual(["G3", "G5", "G9", "G12", "Q4"]);
    expect(items(itemsLeftPending(sichuan, present))).toContain("G6");
  });

  it("takes any one of an item's alternatives: a bucket count for G5, the bureau's count of compliant rooms for G3", () => {
    const present = new Set(["name", "students", "classes_41_45", "musicRoomsCompliant", "artRoomsArea", "trainedTeachers", "certifiedTeachers"]);
    expect(itemsLeftPending(national, present)).toEqual([{ item: "Q4", missing: [["trainingFunds"], ["publicFunding"]] }]);
  });

  it("names only the part of an item that is missing: art rooms without music rooms", () => {
    const present = new Set(["musicRoomsArea", "largestClass", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(national, present)).toEqual([{ item: "G3", missing: [["artRoomsArea", "artRoomsCompliant"]] }]);
  });

  it("lists nothing when every column is there", () => {
    const present = new Set(["musicRoomsArea", "artRoomsArea", "largestClass", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(sichuan, present)).toEqual([]);
  });
});
