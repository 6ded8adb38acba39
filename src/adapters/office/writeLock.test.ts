import { oneWriteAtATime, writeWaiting } from "./writeLock";

/** A write that records when it starts and ends, and ends when told to. */
function gatedWrite(name: string, log: string[]) {
  let open: (value: string) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const write = () => {
    log.push(`${name} starts`);
    return new Promise<string>((resolve, reject) => {
      open = (value) => {
        log.push(`${name} ends`);
        resolve(value);
      };
      fail = (error) => {
        log.push(`${name} fails`);
        reject(error);
      };
    });
  };
  return { write, end: (value: string) => open(value), fail: (error: Error) => fail(error) };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("oneWriteAtATime", () => {
  it("starts a second write only once the first has ended, and gives each its own result", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const b = gatedWrite("b", log);
    const first = oneWriteAtATime(a.write);
    const second = oneWriteAtATime(b.write);
    await tick();
    expect(log).toEqual(["a starts"]);
    a.end("A");
    await tick();
    expect(log).toEqual(["a starts", "a ends", "b starts"]);
    b.end("B");
    await expect(first).resolves.toBe("A");
    await expect(second).resolves.toBe("B");
  });

  it("lets the next write go once a write fails, and passes the failure to its caller alone", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const b = gatedWrite("b", log);
    const first = oneWriteAtATime(a.write);
    const second = oneWriteAtATime(b.write);
    await tick();
    a.fail(new Error("protected"));
    await expect(first).rejects.toThrow("protected");
    await tick();
    expect(log).toEqual(["a starts", "a fails", "b starts"]);
    b.end("B");
    await expect(second).resolves.toBe("B");
  });

  it("reports a write waiting for an earlier one until that one has settled, failed or not, and none once the waiting one runs", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const b = gatedWrite("b", log);
    const c = gatedWrite("c", log);
    const first = oneWriteAtATime(a.write);
    await tick();
    expect(writeWaiting()).toBe(false); // a runs: nothing waits behind it
    const second = oneWriteAtATime(b.write);
    const third = oneWriteAtATime(c.write);
    await tick();
    expect(writeWaiting()).toBe(true);
    a.fail(new Error("protected"));
    await expect(first).rejects.toThrow("protected");
    await tick();
    expect(log).toEqual(["a starts", "a fails", "b starts"]);
    expect(writeWaiting()).toBe(true); // c still waits for b
    b.end("B");
    await tick();
    expect(writeWaiting()).toBe(false); // c runs
    c.end("C");
    await expect(Promise.all([second, third])).resolves.toEqual(["B", "C"]);
    expect(writeWaiting()).toBe(false);
  });
});
