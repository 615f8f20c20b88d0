import {
  FluentProvider,
  Link,
  Tab,
  TabList,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { translator } from "./i18n";
import type { MessageKey } from "./i18n";
import { DEFAULT_SETTINGS, type HostActions, type PaneSettings } from "./host";
import { CheckSection } from "./sections/CheckSection";
import { DataSection } from "./sections/DataSection";
import { FillSection } from "./sections/FillSection";
import { InsertSection } from "./sections/InsertSection";
import { RecalcSection } from "./sections/RecalcSection";
import { SettingsSection } from "./sections/SettingsSection";

/** The planners' guide, published with the add-in (the README's "For planners" section). */
const HELP_URL = "assets/support.html#huong-dan";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: "280px",
    maxWidth: "560px",
    boxSizing: "border-box",
  },
  header: { display: "flex", justifyContent: "space-between", alignItems: "baseline", gap: tokens.spacingHorizontalS },
  intro: { color: tokens.colorNeutralForeground2 },
  // Five tabs are wider than a 320 px pane in either language: they wrap to a second row rather than
  // overflow (an overflowing tab also sits outside the pane's themed background, unreadable in dark).
  tabs: { flexWrap: "wrap" },
});

type SectionId = "insert" | "data" | "recalc" | "fill" | "check" | "settings";

const SECTIONS: { id: SectionId; label: MessageKey; intro: MessageKey }[] = [
  { id: "insert", label: "tabInsert", intro: "insertIntro" },
  { id: "data", label: "tabData", intro: "dataIntro" },
  { id: "recalc", label: "tabRecalc", intro: "recalcIntro" },
  { id: "fill", label: "tabFill", intro: "fillIntro" },
  { id: "check", label: "tabCheck", intro: "checkIntro" },
  { id: "settings", label: "tabSettings", intro: "settingsIntro" },
];

export interface AppProps {
  host: HostActions;
  theme: "light" | "dark";
}

export function App({ host, theme }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [section, setSection] = useState<SectionId>("insert");
  const t = useMemo(() => translator(settings.lang), [settings.lang]);

  useEffect(() => {
    let live = true;
    host.workbook.loadSettings().then(
      (saved) => live && setSettings((s) => ({ ...s, ...saved })),
      () => undefined, // no saved settings yet: the defaults stand
    );
    return () => {
      live = false;
    };
  }, [host]);

  const saveSettings = useCallback(
    async (next: PaneSettings) => {
      setSettings(next);
      await host.workbook.saveSettings(next);
    },
    [host],
  );

  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0]!;
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} lang={settings.lang}>
      <main className={styles.root}>
        <div className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            {t("appTitle")}
          </Text>
          <Link href={HELP_URL} target="_blank" rel="noopener noreferrer">
            {t("help")}
          </Link>
        </div>
        <TabList
          selectedValue={section}
          onTabSelect={(_e, d) => setSection(d.value as SectionId)}
          aria-label={t("appTitle")}
          size="small"
          className={styles.tabs}
        >
          {SECTIONS.map((s) => (
            <Tab key={s.id} value={s.id}>
              {t(s.label)}
            </Tab>
          ))}
        </TabList>
        <Text className={styles.intro}>{t(current.intro)}</Text>
        {section === "insert" && <InsertSection host={host} settings={settings} t={t} />}
        {section === "data" && <DataSection host={host} settings={settings} t={t} />}
        {section === "recalc" && <RecalcSection host={host} settings={settings} t={t} />}
        {section === "fill" && <FillSection host={host} settings={settings} t={t} />}
        {section === "check" && <CheckSection host={host} settings={settings} t={t} />}
        {section === "settings" && <SettingsSection settings={settings} onSave={saveSettings} t={t} />}
      </main>
    </FluentProvider>
  );
}
