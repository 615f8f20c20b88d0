import { FluentProvider, Link, Text, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { UserError } from "../core/user-error";
import { translator } from "./i18n";
import { DEFAULT_SETTINGS, type HostActions, type PaneSettings } from "./host";
import { SECTIONS } from "./sections/registry";
import { SectionView } from "./sections/SectionView";
import { TabBar, tabId, tabPanelId } from "./TabBar";

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
  alert: { color: tokens.colorPaletteRedForeground1 },
});

export interface AppProps {
  host: HostActions;
  theme: "light" | "dark";
}

export function App({ host, theme }: AppProps) {
  const styles = useStyles();
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [section, setSection] = useState(SECTIONS[0]!.id);
  const t = useMemo(() => translator(settings.lang), [settings.lang]);
  // Why the saved settings could not be read (a workbook with none saved reads as {}, not as a failure).
  const [loadFailure, setLoadFailure] = useState<unknown>(undefined);

  useEffect(() => {
    let live = true;
    host.workbook.loadSettings().then(
      (saved) => live && setSettings((s) => ({ ...s, ...saved })),
      (e: unknown) => live && setLoadFailure(e ?? "?"),
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
        <TabBar
          tabs={SECTIONS.map((s) => ({ id: s.id, label: t(s.label) }))}
          selected={section}
          onSelect={setSection}
          label={t("appTitle")}
        />
        {loadFailure !== undefined && (
          <Text role="alert" className={styles.alert}>
            {t("settingsLoadFailed", { message: loadFailure instanceof UserError ? loadFailure.text[settings.lang] : String(loadFailure) })}
          </Text>
        )}
        <Text className={styles.intro}>{t(current.intro)}</Text>
        <div role="tabpanel" id={tabPanelId(current.id)} aria-labelledby={tabId(current.id)}>
          <SectionView key={current.id} section={current} props={{ host, settings, t, saveSettings }} />
        </div>
      </main>
    </FluentProvider>
  );
}
