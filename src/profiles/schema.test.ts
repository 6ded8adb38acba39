import national from "./data/national-2017.json";
import { profileSchema } from "./schema";

describe("profileSchema: guarantee.funding.publicOnly", () => {
  it("reads a whole profile written before the key existed as public schools only (reviewer R6), and keeps a value given", () => {
    const { publicOnly: _given, ...funding } = national.guarantee.funding;
    const older = { ...national, guarantee: { ...national.guarantee, funding } };
    expect(profileSchema.parse(older).guarantee.funding.publicOnly).toBe(true);
    const judged = { ...national, guarantee: { ...national.guarantee, funding: { ...funding, publicOnly: false } } };
    expect(profileSchema.parse(judged).guarantee.funding.publicOnly).toBe(false);
  });

  it("still refuses a value that is not a yes / no", () => {
    const wrong = { ...national, guarantee: { ...national.guarantee, funding: { ...national.guarantee.funding, publicOnly: "是" } } };
    expect(profileSchema.safeParse(wrong).success).toBe(false);
  });
});
