import { oneWriteAtATime } from "./writeLock";

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

  it("tells each write of its own turn: queued behind an earlier one until that has settled, failed or not, then writing", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const b = gatedWrite("b", log);
    const c = gatedWrite("c", log);
    const first = oneWriteAtATime(a.write, (turn) => log.push(`a ${turn}`));
    await tick();
    expect(log).toEqual(["a starts"]); // nothing before a: it hears nothing
    const second = oneWriteAtATime(b.write, (turn) => log.push(`b ${turn}`));
    const third = oneWriteAtATime(c.write, (turn) => log.push(`c ${turn}`));
    expect(log).toEqual(["a starts", "b queued", "c queued"]); // said at once, before any wait
    await tick();
    a.fail(new Error("protected"));
    await expect(first).rejects.toThrow("protected");
    await tick();
    expect(log).toEqual(["a starts", "b queued", "c queued", "a fails", "b writing", "b starts"]); // c still queued behind b
    b.end("B");
    await tick();
    expect(log.slice(6)).toEqual(["b ends", "c writing", "c starts"]);
    c.end("C");
    await expect(Promise.all([second, third])).resolves.toEqual(["B", "C"]);
  });

  it("tells a write running that nothing changed when another queues behind it (the other's wait is the other's)", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const b = gatedWrite("b", log);
    const first = oneWriteAtATime(a.write, (turn) => log.push(`a ${turn}`));
    await tick();
    const second = oneWriteAtATime(b.write);
    await tick();
    expect(log).toEqual(["a starts"]);
    a.end("A");
    await tick();
    b.end("B");
    await expect(Promise.all([first, second])).resolves.toEqual(["A", "B"]);
    expect(log.filter((line) => line.startsWith("a "))).toEqual(["a starts", "a ends"]);
  });

  it("queues nothing behind a write that has settled: the next hears nothing", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const first = oneWriteAtATime(a.write);
    await tick();
    a.end("A");
    await first;
    await tick();
    const b = gatedWrite("b", log);
    const second = oneWriteAtATime(b.write, (turn) => log.push(`b ${turn}`));
    await tick();
    expect(log).toEqual(["a starts", "a ends", "b starts"]);
    b.end("B");
    await expect(second).resolves.toBe("B");
  });

  it("still runs, and settles, a queued write whose listener throws: the next write after it hears nothing", async () => {
    const log: string[] = [];
    const a = gatedWrite("a", log);
    const first = oneWriteAtATime(a.write);
    const b = gatedWrite("b", log);
    // The pane's listener can throw (a missing element): the write still runs, and does not stay counted for ever.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    const second = oneWriteAtATime(b.write, () => {
      throw new Error("listener");
    });
    await tick();
    a.end("A");
    await first;
    await tick();
    b.end("B");
    await expect(second).resolves.toBe("B");
    expect(warn).toHaveBeenCalledTimes(2); // "queued", then "writing"
    warn.mockRestore();
    await tick();
    const c = gatedWrite("c", log);
    const third = oneWriteAtATime(c.write, (turn) => log.push(`c ${turn}`));
    await tick();
    expect(log).toEqual(["a starts", "a ends", "b starts", "b ends", "c starts"]);
    c.end("C");
    await expect(third).resolves.toBe("C");
  });
});
