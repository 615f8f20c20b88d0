import { UserError } from "../core/user-error";

/**
 * A department's own data server must be https: plan figures travel to the workbook and
 * must not be altered on the way. Plain http is accepted for localhost in development only.
 * Returns the URL normalised to end with "/" (the folder holding index.json).
 */
export function checkDataUrl(text: string, allowLocalhostHttp: boolean): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UserError("data-url-invalid", {
      vi: `"${text}" không phải là địa chỉ hợp lệ. Ví dụ: https://sct.example.gov.vn/data/`,
      en: `"${text}" is not a valid address. Example: https://sct.example.gov.vn/data/`,
    });
  }
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local && allowLocalhostHttp)) {
    throw new UserError("data-url-not-https", {
      vi: `Máy chủ số liệu phải dùng https (địa chỉ đã nhập: ${url.protocol}//${url.host}).`,
      en: `The data server must use https (address given: ${url.protocol}//${url.host}).`,
    });
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}
