import { evaluate } from "../engine/evaluate";
import { schoolRecord } from "../engine/schoolRecord";
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
    const present = new Set(["name", "students", "classes", "classes_41_45", "musicRoomsCompliant", "artRoomsCompliant", "trainedTeachers", "certifiedTeachers"]);
    expect(itemsLeftPending(national, present)).toEqual([{ item: "Q4", missing: [["trainingFunds"], ["publicFunding"]] }]);
  });

  it("names only the part of an item that is missing: art rooms without music rooms, and the classes the rooms needed come from", () => {
    const present = new Set(["classes", "musicRooms", "musicRoomsArea", "largestClass", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(national, present)).toEqual([{ item: "G3", missing: [["artRooms", "artRoomsCompliant"]] }]);
    const noClasses = new Set(["musicRoomsCompliant", "artRoomsCompliant", "largestClass", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(national, noClasses)).toEqual([{ item: "G3", missing: [["classes"]] }]);
  });

  it("agrees with the engine: rooms and their area without a class count leave G3 待评估 (the hint had said nothing)", () => {
    const record = schoolRecord({ id: "S!2", name: "一小", county: null, type: "primary", stage: "primary", flags: {}, source: { sheet: "S", row: 2 }, fields: { students: { value: 500, cell: "S!B2" }, musicRooms: { value: 2, cell: "S!C2" }, musicRoomsArea: { value: 200, cell: "S!D2" }, artRooms: { value: 2, cell: "S!E2" }, artRoomsArea: { value: 200, cell: "S!F2" } } });
    const g3 = evaluate({ records: [record], countyFigures: [], year: 2024 }, national).counties[0]?.items.find((i) => i.code === "G3");
    expect(g3?.verdict).toBe("not_assessed");
    expect(items(itemsLeftPending(national, new Set(["name", "students", "musicRooms", "musicRoomsArea", "artRooms", "artRoomsArea"])))).toContain("G3");
  });

  it("lists nothing when every column is there", () => {
    const present = new Set(["classes", "musicRoomsCompliant", "artRoomsCompliant", "largestClass", "trainedTeachers", "certifiedTeachers", "trainingFunds", "publicFunding"]);
    expect(itemsLeftPending(sichuan, present)).toEqual([]);
  });
});
