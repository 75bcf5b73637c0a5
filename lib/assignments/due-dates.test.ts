import { describe, expect, it } from "vitest";
import { compareDueWork, dateToDueDay, dueDayToDate, isOverdue, type DatedWork } from "./due-dates";

const work = (id: string, dueAt: string | null, created: string): DatedWork => ({
  id,
  dueAt,
  createdAt: new Date(`${created}T09:00:00Z`),
});
const now = new Date("2026-12-03T15:00:00Z");

describe("compareDueWork", () => {
  it.each([
    {
      name: "overdue first, then due soonest, undated last",
      items: [
        work("undated", null, "2026-11-01"),
        work("next-week", "2026-12-10", "2026-11-20"),
        work("overdue", "2026-11-30", "2026-11-25"),
        work("today", "2026-12-03", "2026-11-28"),
      ],
      expected: ["overdue", "today", "next-week", "undated"],
    },
    {
      name: "the same due day: oldest first",
      items: [work("newer", "2026-12-05", "2026-11-02"), work("older", "2026-12-05", "2026-11-01")],
      expected: ["older", "newer"],
    },
    {
      name: "undated: oldest first",
      items: [work("b", null, "2026-11-03"), work("a", null, "2026-11-01"), work("c", null, "2026-11-02")],
      expected: ["a", "c", "b"],
    },
  ])("$name", ({ items, expected }) => {
    expect([...items].sort(compareDueWork).map((item) => item.id)).toEqual(expected);
  });
});

describe("due days", () => {
  it.each([
    [null, false],
    ["2026-12-02", true],
    ["2026-12-03", false],
    ["2026-12-04", false],
  ] as const)("due %s is overdue on 3 December: %s", (day, overdue) => {
    expect(isOverdue(day, now)).toBe(overdue);
  });

  it("stores a day as its midnight UTC and reads it back unchanged", () => {
    expect(dueDayToDate("2026-12-03")?.toISOString()).toBe("2026-12-03T00:00:00.000Z");
    expect(dateToDueDay(dueDayToDate("2026-12-03"))).toBe("2026-12-03");
    expect(dueDayToDate(null)).toBeNull();
  });
});
