import { countMessage } from "./countMessage";

describe("countMessage", () => {
  it("takes the singular English form for exactly one, the plural for any other count", () => {
    expect(countMessage("out_unit_rooms", 1, { n: 1 }, "en")).toBe("1 room");
    expect(countMessage("out_unit_rooms", 0, { n: 0 }, "en")).toBe("0 rooms");
    expect(countMessage("out_unit_rooms", 2, { n: 2 }, "en")).toBe("2 rooms");
    expect(countMessage("out_unit_teachers", 1, { n: 1 }, "en")).toBe("1 teacher");
  });

  it("keeps Chinese in its one form", () => {
    expect(countMessage("out_unit_rooms", 1, { n: 1 }, "zh")).toBe("1 间");
    expect(countMessage("out_unit_rooms", 3, { n: 3 }, "zh")).toBe("3 间");
  });

  it("uses the message as it is when it has no singular form", () => {
    expect(countMessage("out_unit_yuan", 1, { n: 1 }, "en")).toBe("1 yuan");
  });
});
