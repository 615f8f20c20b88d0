/**
 * "Phụ lục nhiệm vụ": the task appendix with progress tracking (issue 4, point 6). The columns
 * are the common ones (TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian
 * thực hiện | Sản phẩm | Ghi chú) plus Tiến độ (a drop-down of Vượt / Đạt / Chậm / Chưa thực
 * hiện) and Kết quả thực hiện. Under the list: number of tasks, tasks done (Vượt or Đạt), tasks
 * late, and the completion rate done ÷ tasks, blank while there is no task.
 */

import { cellAddress } from "../a1";
import type { PlanDataset, TaskRecord } from "../dataset/types";
import type { BlockCell, SheetBlock } from "../sheet-block";
import type { Lang } from "../user-error";
import { label, textInput } from "./cells";
import { placeOf, sourceHeader } from "./common";
import { STYLE, provinceLine, renderTable, upper, type HeaderCell } from "./layout";
import { blockMeta, type TemplateOptions } from "./options";
import { periodKey, periodLabel, periodText } from "./periods";
import { documentText } from "./provenance";
import { col, type TemplateDef } from "./template";
import { comparisonFormat } from "../formulas";

const ID = "tasks";
const VERSION = "1.0.0";

/** The status words, Vietnamese in the sheet whatever the label language: formulas count them. */
export const STATUS = { ahead: "Vượt", done: "Đạt", late: "Chậm", notStarted: "Chưa thực hiện" } as const;

const C = { no: 0, task: 1, lead: 2, partners: 3, timeframe: 4, product: 5, note: 6, status: 7, result: 8, source: 9 };

function status(): BlockCell {
  return { role: "input", style: STYLE.centered, validation: { list: Object.values(STATUS) } };
}

const DOCUMENT_TYPES = ["Quyết định", "Kế hoạch", "Báo cáo", "Nghị quyết", "Chỉ thị", "Công văn", "Thông báo"];

/** "(Kèm theo Quyết định số 1809/QĐ-UBND ngày 01/09/2021 của Ủy ban nhân dân tỉnh Trà Vinh)". */
function attachedTo(ds: PlanDataset, lang: Lang): string {
  const d = ds.document;
  const vi = lang === "vi";
  if (!d.number) return `(${vi ? "Kèm theo" : "Attached to"} ${d.title})`;
  const type = DOCUMENT_TYPES.find((t) => d.title.startsWith(t)) ?? "văn bản";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(d.date) ? d.date.split("-").reverse().join("/") : "";
  return vi
    ? `(Kèm theo ${type} số ${d.number}${date ? ` ngày ${date}` : ""}${d.issuer ? ` của ${d.issuer}` : ""})`
    : `(Attached to document No. ${d.number}${date ? ` of ${date}` : ""}${d.issuer ? `, ${d.issuer}` : ""})`;
}

function build(input_: { dataset: PlanDataset; periodKey: string } | null, options: TemplateOptions, emptyRows: number): SheetBlock {
  const { lang } = options;
  const vi = lang === "vi";
  const ds = input_?.dataset;
  const tasks: (TaskRecord | null)[] = ds?.tasks ?? Array.from({ length: emptyRows }, () => null);

  const names: [number, string, string, number][] = [
    [C.no, "TT", "No.", 5],
    [C.task, "Nội dung công việc", "Task", 46],
    [C.lead, "Cơ quan chủ trì", "Lead agency", 20],
    [C.partners, "Cơ quan phối hợp", "Partner agencies", 24],
    [C.timeframe, "Thời gian thực hiện", "Timeframe", 13],
    [C.product, "Sản phẩm", "Output", 22],
    [C.note, "Ghi chú", "Note", 12],
    [C.status, "Tiến độ", "Progress", 13],
    [C.result, "Kết quả thực hiện", "Result", 26],
  ];
  if (options.sourceColumn) names.push([C.source, sourceHeader("vi"), sourceHeader("en"), 50]);
  const headers: HeaderCell[] = names.map(([c, v, e]) => ({ row: 0, col: c, text: vi ? v : e }));
  const numbers = names.map(([c]) => (c === C.no ? "A" : c === C.task ? "B" : String(c - 1)));

  return renderTable({
    lang,
    title: upper(vi ? "Phụ lục: Danh mục nhiệm vụ và tiến độ thực hiện" : "Appendix: tasks and progress"),
    subtitles: [
      ds ? attachedTo(ds, lang) : vi ? "(Kèm theo văn bản số ....... ngày ....... của .......)" : "(Attached to document No. ....... of .......)",
      ...(ds ? [`${provinceLine(ds.province, lang)}, ${periodText(ds.period, lang)}`] : []),
    ],
    unitLine: "",
    widths: names.map(([, , , w]) => w),
    headerRows: 1,
    headers,
    columnNumbers: numbers,
    footnotes: [
      vi
        ? `Tiến độ: chọn ${Object.values(STATUS).join(" / ")}. Nhiệm vụ hoàn thành là nhiệm vụ "${STATUS.ahead}" hoặc "${STATUS.done}".`
        : `Progress: pick ${Object.values(STATUS).join(" / ")} (Vietnamese, the counts read them). A task is done when "${STATUS.ahead}" or "${STATUS.done}".`,
    ],
    place: placeOf(ds?.province ?? ""),
    body: () =>
      tasks.map((t, i): BlockCell[] => {
        if (!t || !ds) return [label(i + 1, STYLE.centered), ...Array.from({ length: 6 }, textInput), status(), textInput(), ...(options.sourceColumn ? [textInput()] : [])];
        const data = (value: string, style = STYLE.text): BlockCell => ({ value, role: "data", style });
        const quote = `“${t.quote.replace(/\s+/g, " ").trim()}”`;
        const cells: BlockCell[] = [
          label(t.no, STYLE.centered),
          { ...data(t.task), note: `${vi ? "Nguồn" : "Source"}: ${documentText(ds.document, lang)}: ${quote}` },
          data(t.lead),
          data(t.partners),
          data(t.timeframe, STYLE.centered),
          data(t.product),
          data(t.note),
          status(),
          textInput(),
        ];
        if (options.sourceColumn) cells.push(label(`${documentText(ds.document, lang)}: ${quote}`));
        return cells;
      }),
    summary: (first, bodyFirst, bodyLast) => {
      const range = (c: number): string => `${cellAddress(bodyFirst, c)}:${cellAddress(bodyLast, c)}`;
      const statusRange = range(C.status);
      const count = `COUNTA(${range(C.task)})`;
      const done = `(COUNTIF(${statusRange},"${STATUS.ahead}")+COUNTIF(${statusRange},"${STATUS.done}"))`;
      const line = (text: string, cell: BlockCell): BlockCell[] => {
        const cells: BlockCell[] = [label(""), label(text, { ...STYLE.text, bold: true })];
        cells[C.status] = cell;
        return cells;
      };
      const n = (f: string, format = "0"): BlockCell => ({ formula: f, numberFormat: format, role: "formula", style: { ...STYLE.number, bold: true } });
      const countRow = cellAddress(first, C.status);
      const doneRow = cellAddress(first + 1, C.status);
      return [
        line(vi ? "Tổng số nhiệm vụ" : "Tasks", n(`=${count}`)),
        line(vi ? `Số nhiệm vụ hoàn thành (${STATUS.ahead}, ${STATUS.done})` : "Tasks done", n(`=${done}`)),
        line(vi ? `Số nhiệm vụ ${STATUS.late.toLocaleLowerCase("vi")}` : "Tasks late", n(`=COUNTIF(${statusRange},"${STATUS.late}")`)),
        line(
          vi ? "Tỷ lệ hoàn thành (%)" : "Completion rate (%)",
          n(`=IF(AND(ISNUMBER(${countRow}),ISNUMBER(${doneRow}),${countRow}<>0),${doneRow}/${countRow},"")`, comparisonFormat("percent", options.decimals)),
        ),
      ];
    },
    meta: blockMeta(ID, VERSION, ds, options, input_?.periodKey),
  });
}

export const tasks: TemplateDef = {
  info: {
    id: ID,
    version: VERSION,
    name: { vi: "Phụ lục nhiệm vụ", en: "Task appendix" },
    description: {
      vi: "Danh mục nhiệm vụ với cơ quan chủ trì, phối hợp, thời gian, sản phẩm; cột tiến độ và tỷ lệ hoàn thành.",
      en: "Tasks with lead and partner agencies, timeframe, output; a progress column and the completion rate.",
    },
    columns: [
      col("TT", "No."),
      col("Nội dung công việc", "Task"),
      col("Cơ quan chủ trì", "Lead agency"),
      col("Cơ quan phối hợp", "Partner agencies"),
      col("Thời gian thực hiện", "Timeframe"),
      col("Sản phẩm", "Output"),
      col("Ghi chú", "Note"),
      col("Tiến độ (Vượt/Đạt/Chậm/Chưa thực hiện)", "Progress"),
      col("Kết quả thực hiện", "Result"),
    ],
  },
  periodChoices: (ds) => (ds.tasks && ds.tasks.length > 0 ? [{ key: periodKey(ds.period), label: periodLabel(ds.period) }] : []),
  build,
};
