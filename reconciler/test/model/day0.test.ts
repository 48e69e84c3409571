import { describe, expect, it } from "vitest";
import { capAtDay0, checkDay0Limit, day0OwnerOf, earliestEnd, nextReviewAt, progress, reviewWindowOf, windowStart } from "../../model/day0.js";

const DAY = 86_400n;
const H = 3600n;
const d10 = 10n * DAY; // 1970-01-11T00:00Z

describe("Day-0 review windows (HaloRegistry.recordReview)", () => {
  it("runs from 13:00 UTC to 13:00 UTC", () => {
    expect(reviewWindowOf(d10 + 13n * H - 1n)).toBe(reviewWindowOf(d10 - 11n * H));
    expect(reviewWindowOf(d10 + 13n * H)).toBe(reviewWindowOf(d10 + 13n * H - 1n) + 1n);
    expect(windowStart(reviewWindowOf(d10 + 15n * H))).toBe(d10 + 13n * H);
  });

  it("allows the next review in the next window", () => {
    expect(nextReviewAt(d10 + 12n * H)).toBe(d10 + 12n * H);
    expect(nextReviewAt(d10 + 12n * H, d10 + 11n * H)).toBe(d10 + 13n * H);
    expect(nextReviewAt(d10 + 14n * H, d10 + 12n * H)).toBe(d10 + 14n * H);
  });

  it("dates the earliest end of Day-0", () => {
    const s = { cycles: 3, reviewCount: 1, endedAt: 0n };
    // a review possible now (12:00), the last one at 13:00 next day
    expect(earliestEnd(s, d10 + 12n * H)).toBe(d10 + 13n * H);
    // the current window is taken: the two left take the next two windows
    expect(earliestEnd(s, d10 + 12n * H, d10 + 11n * H)).toBe(d10 + DAY + 13n * H);
    expect(earliestEnd({ cycles: 3, reviewCount: 3, endedAt: 5n }, d10)).toBeUndefined();
    expect(progress(s)).toBe("1 of 3 reviews");
  });
});

describe("the Day-0 limit rule", () => {
  const day0 = { maxAmount: 100n, slope: 10n };
  it("allows the Day-0 value or less while in Day-0, and is silent after", () => {
    const inDay0 = { cycles: 7, reviewCount: 1, endedAt: 0n };
    expect(checkDay0Limit(inDay0, { maxAmount: 100n, slope: 10n }, day0).ok).toBe(true);
    expect(checkDay0Limit(inDay0, { maxAmount: 50n, slope: 0n }, day0).ok).toBe(true);
    const over = checkDay0Limit(inDay0, { maxAmount: 125n, slope: 10n }, day0);
    expect(over).toMatchObject({ ok: false, binding: true });
    expect(over.detail).toContain("may not exceed maxAmount 100 slope 10; it is maxAmount 125 slope 10");
    expect(checkDay0Limit({ ...inDay0, endedAt: 9n }, { maxAmount: 125n, slope: 10n }, day0)).toMatchObject({ ok: true, binding: false });
    expect(capAtDay0({ maxAmount: 500n, slope: 5n }, day0)).toEqual({ maxAmount: 100n, slope: 5n });
  });

  it("names the entry that owns a rate limit", () => {
    expect(day0OwnerOf("class.acme-mmf.rateLimit.acme-mmf-senior.subscribe-settle")).toBe("class.acme-mmf.unit.acme-mmf-senior");
    expect(day0OwnerOf("class.bluecrest.rateLimit.facility-claim")).toBe("class.bluecrest");
    expect(day0OwnerOf("class.bluecrest.init.facility-claim")).toBeUndefined();
  });
});
