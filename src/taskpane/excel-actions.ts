/** The workbook actions of the pane (src/excel), gathered in one chunk that excel-host.ts loads on first use. */
export { insertCompletionChart } from "../excel/chart";
export { writeFill } from "../excel/fill-form";
export { insertBlock } from "../excel/insert-block";
export { loadPaneSettings, savePaneSettings } from "../excel/pane-settings";
export { writeFormulas } from "../excel/read-selection";
export { readTable } from "../excel/read-table";
export { listBlocks, refreshBlock } from "../excel/refresh";
export { NothingToUndoError, undoLastInsert } from "../excel/undo";
export { sheetAddress } from "../excel/write-plan";
