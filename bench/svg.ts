/**
 * A small, dependency-free SVG line-chart writer for docs/benchmarks.md. Deterministic output (fixed number
 * formatting, no random ids) so that a regenerated chart only changes when the data does.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Series {
  readonly name: string;
  readonly points: readonly Point[];
}

export interface LineChart {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  /** The x values to mark on the axis; the axis is logarithmic when `logX` is set. */
  readonly xTicks: readonly number[];
  readonly logX?: boolean;
  readonly series: readonly Series[];
  readonly width?: number;
  readonly height?: number;
}

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2", "#7f7f7f"];

export function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

/** Thousands separators, no locale dependence. */
export function groupDigits(n: number): string {
  const rounded = Math.round(n);
  const sign = rounded < 0 ? "-" : "";
  return sign + String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A "nice" upper bound and step for a y axis starting at 0: 1, 2, 2.5 or 5 times a power of ten per step. */
export function niceScale(max: number, steps = 5): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / steps;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const factor = [1, 2, 2.5, 5, 10].find((f) => f * magnitude >= raw) ?? 10;
  const step = factor * magnitude;
  return { max: Math.ceil(max / step) * step, step };
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function renderLineChart(chart: LineChart): string {
  const width = chart.width ?? 720;
  const height = chart.height ?? 420;
  const legendWidth = 190;
  const margin = { top: 40, right: legendWidth + 20, bottom: 56, left: 84 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;

  const xs = chart.xTicks.length > 0 ? chart.xTicks : chart.series.flatMap((s) => s.points.map((p) => p.x));
  const tx = (x: number): number => (chart.logX ? Math.log10(Math.max(x, 1e-12)) : x);
  const xMin = Math.min(...xs.map(tx));
  const xMax = Math.max(...xs.map(tx));
  const xSpan = xMax - xMin || 1;
  const yMaxData = Math.max(0, ...chart.series.flatMap((s) => s.points.map((p) => p.y)));
  const { max: yMax, step: yStep } = niceScale(yMaxData);
  const px = (x: number): number => margin.left + ((tx(x) - xMin) / xSpan) * plotW;
  const py = (y: number): number => margin.top + plotH - (y / yMax) * plotH;

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
  );
  out.push(`<title>${escapeXml(chart.title)}</title>`);
  out.push(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(
    `<text x="${fmt(width / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  );
  // y grid and labels
  for (let y = 0; y <= yMax + yStep / 2; y += yStep) {
    const yy = fmt(py(y));
    out.push(`<line x1="${margin.left}" y1="${yy}" x2="${margin.left + plotW}" y2="${yy}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${margin.left - 8}" y="${yy}" text-anchor="end" dominant-baseline="middle">${groupDigits(y)}</text>`);
  }
  // x ticks
  for (const x of chart.xTicks) {
    const xx = fmt(px(x));
    out.push(`<line x1="${xx}" y1="${margin.top + plotH}" x2="${xx}" y2="${margin.top + plotH + 5}" stroke="#333"/>`);
    out.push(`<text x="${xx}" y="${margin.top + plotH + 20}" text-anchor="middle">${groupDigits(x)}</text>`);
  }
  // axes
  out.push(
    `<line x1="${margin.left}" y1="${margin.top}" x2="${margin.left}" y2="${margin.top + plotH}" stroke="#333"/>`,
    `<line x1="${margin.left}" y1="${margin.top + plotH}" x2="${margin.left + plotW}" y2="${margin.top + plotH}" stroke="#333"/>`,
    `<text x="${fmt(margin.left + plotW / 2)}" y="${height - 14}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
    `<text x="18" y="${fmt(margin.top + plotH / 2)}" text-anchor="middle" transform="rotate(-90 18 ${fmt(margin.top + plotH / 2)})">${escapeXml(chart.yLabel)}</text>`,
  );
  // series
  chart.series.forEach((s, i) => {
    const colour = PALETTE[i % PALETTE.length] ?? "#000000";
    const points = s.points.map((p) => `${fmt(px(p.x))},${fmt(py(p.y))}`).join(" ");
    out.push(`<polyline fill="none" stroke="${colour}" stroke-width="2" points="${points}"/>`);
    for (const p of s.points) {
      out.push(`<circle cx="${fmt(px(p.x))}" cy="${fmt(py(p.y))}" r="3" fill="${colour}"/>`);
    }
    const ly = margin.top + 10 + i * 18;
    const lx = width - legendWidth;
    out.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 18}" y2="${ly}" stroke="${colour}" stroke-width="2"/>`);
    out.push(`<text x="${lx + 24}" y="${ly}" dominant-baseline="middle">${escapeXml(s.name)}</text>`);
  });
  out.push("</svg>");
  return out.join("\n") + "\n";
}
