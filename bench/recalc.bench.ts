/**
 * Recalculation benchmark: detection (detectTable from one cell) plus formula planning
 * (planRecalc) on department-style tables of 100, 1,000 and 10,000 rows, with a section row
 * every 25 rows and a number written as text every 50. Median of several runs, CPU time in
 * Node; not a test. Run: node bench/recalc.bench.js
 */
import { performance } from "node:perf_hooks";
import { detectTable, planRecalc, type Grid, type GridCell } from "../src/core/recalc";

const HEADER = ["STT", "Chỉ tiêu", "Đơn vị", "Cùng kỳ", "Lũy kế cùng kỳ", "Kế hoạch năm", "TH tháng trước", "TH tháng", "Lũy kế", "TH so tháng trước", "TH so cùng kỳ", "Lũy kế so cùng kỳ", "Lũy kế so KH"];

function table(rows: number): Grid {
  const out: (GridCell | null)[][] = [
    [{ value: "BÁO CÁO THỰC HIỆN CÁC CHỈ TIÊU" }],
    [],
    HEADER.map((h) => ({ value: h })),
  ];
  for (let i = 0; i < rows; i++) {
    if (i % 25 === 0) {
      out.push([{ value: `${Math.floor(i / 25) + 1}.` }, { value: `Nhóm ${Math.floor(i / 25) + 1}` }]);
      continue;
    }
    const v = 1000 + ((i * 37) % 500);
    out.push([
      { value: i },
      { value: `Chỉ tiêu ${i}` },
      { value: i % 3 === 0 ? '"' : "Tấn" },
      { value: v },
      { value: v * 6 },
      { value: v * 12 },
      { value: v * 1.01 },
      i % 50 === 1 ? { value: "1.234,5" } : { value: v * 1.05 },
      { value: v * 6.3 },
      null,
      null,
      null,
      null,
    ]);
  }
  return { rows: out };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const results: { rows: number; detect: number; plan: number; formulas: number; textNumbers: number }[] = [];
for (const n of [100, 1000, 10000]) {
  const grid = table(n);
  const runs = n >= 10000 ? 5 : 15;
  const det: number[] = [];
  const pl: number[] = [];
  let formulas = 0;
  let textNumbers = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const d = detectTable(grid, { row: 4, col: 3 });
    const t1 = performance.now();
    const p = planRecalc(grid, d);
    const t2 = performance.now();
    det.push(t1 - t0);
    pl.push(t2 - t1);
    formulas = p.writes.length;
    textNumbers = p.textNumbers.length;
  }
  results.push({ rows: n, detect: median(det), plan: median(pl), formulas, textNumbers });
}

const line = (cells: (string | number)[]): string => cells.map((c, i) => String(c).padStart(i === 0 ? 8 : 14)).join(" ");
console.log("Recalculation: detectTable + planRecalc, median ms (Node " + process.version + ")");
console.log(line(["rows", "detect ms", "plan ms", "total ms", "formulas", "text numbers"]));
for (const r of results) console.log(line([r.rows, r.detect.toFixed(2), r.plan.toFixed(2), (r.detect + r.plan).toFixed(2), r.formulas, r.textNumbers]));
