/** A report file from disk as text (.txt, or .docx with its footnotes), for `text …` and `data import`. */
import * as fs from "node:fs";
import * as path from "node:path";
import { reportText } from "../core/report-file";
import { UserError } from "../core/user-error";

export function readReportFile(file: string): Promise<string> {
  const full = path.resolve(file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new UserError("text-file-missing", {
      vi: `Không tìm thấy tệp ${file}.`,
      en: `No file ${file}.`,
    });
  }
  if (!stat.isFile()) {
    throw new UserError("text-not-a-file", { vi: `${file} không phải là một tệp văn bản.`, en: `${file} is not a file.` });
  }
  return reportText(file, fs.readFileSync(full));
}
