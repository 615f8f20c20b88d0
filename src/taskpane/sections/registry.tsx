/**
 * The pane's sections, one entry per tab, in tab order: the one place to add a section.
 *
 * The first tab is in the bundle loaded with the page (the pane's first paint shows it); every other section is
 * loaded on demand with React.lazy and fetched in the background after the first paint (index.tsx), so the
 * detection and recalculation engines (core/detect, core/recalc) and text extraction (core/extract) never weigh on
 * opening the pane. The small sections (and the overwrite dialog) share one chunk, "sections": all of them are fetched
 * anyway, and one chunk of them compresses to 2.4 KB gzip less than one each; the check section, most of it the text
 * extractor, keeps its own so the others never wait for it. To add a section: a component taking PaneSectionProps in
 * its own file, an entry below with `onDemand(() => import("./MySection").then((m) => m.MySection))` and the chunk
 * name "sections" as the others have, and its tab label and intro in i18n.
 */
import type { ComponentType } from "react";
import type { MessageKey } from "../i18n";
import type { PaneSettings, SectionProps } from "../host";
import { inBundle, onDemand, type OnDemand } from "../on-demand";
import { prefetchConfirmOverwrite } from "./ConfirmOverwrite";
import { InsertSection } from "./InsertSection";

/** What the pane gives every section: SectionProps, plus saving the settings (the settings section uses it). */
export interface PaneSectionProps extends SectionProps {
  saveSettings(next: PaneSettings): Promise<void>;
}

type SectionComponent = ComponentType<PaneSectionProps>;

export interface PaneSection extends OnDemand<PaneSectionProps> {
  id: string;
  label: MessageKey;
  intro: MessageKey;
}

/** The settings section saves through the pane (onSave) rather than the host. */
async function settingsSection(): Promise<SectionComponent> {
  const { SettingsSection } = await import(/* webpackChunkName: "sections" */ "./SettingsSection");
  return function Settings({ settings, saveSettings, t }: PaneSectionProps) {
    return <SettingsSection settings={settings} onSave={saveSettings} t={t} />;
  };
}

export const SECTIONS: readonly PaneSection[] = [
  { id: "insert", label: "tabInsert", intro: "insertIntro", ...inBundle<PaneSectionProps>(InsertSection) },
  {
    id: "data",
    label: "tabData",
    intro: "dataIntro",
    ...onDemand(() => import(/* webpackChunkName: "sections" */ "./DataSection").then((m) => m.DataSection)),
  },
  {
    id: "recalc",
    label: "tabRecalc",
    intro: "recalcIntro",
    ...onDemand(() => import(/* webpackChunkName: "sections" */ "./RecalcSection").then((m) => m.RecalcSection)),
  },
  {
    id: "fill",
    label: "tabFill",
    intro: "fillIntro",
    ...onDemand(() => import(/* webpackChunkName: "sections" */ "./FillSection").then((m) => m.FillSection)),
  },
  {
    id: "check",
    label: "tabCheck",
    intro: "checkIntro",
    ...onDemand(() => import(/* webpackChunkName: "section-check" */ "./CheckSection").then((m) => m.CheckSection)),
  },
  { id: "settings", label: "tabSettings", intro: "settingsIntro", ...onDemand(settingsSection) },
];

/**
 * Fetches every on-demand section, one after the other, then the overwrite dialog the sections share (the pane has
 * just painted; the planner may click any tab).
 */
export async function prefetchSections(): Promise<void> {
  for (const section of SECTIONS) await section.prefetch();
  await prefetchConfirmOverwrite();
}
