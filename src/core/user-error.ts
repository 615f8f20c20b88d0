/** Errors meant for the planner: a message in both languages, never a stack trace. */

export type Lang = "vi" | "en";

export interface Localized {
  vi: string;
  en: string;
}

export class UserError extends Error {
  constructor(
    readonly code: string,
    readonly text: Localized,
  ) {
    super(text.en);
    this.name = "UserError";
  }

  message_in(lang: Lang): string {
    return this.text[lang];
  }
}

export function localized(vi: string, en: string): Localized {
  return { vi, en };
}
