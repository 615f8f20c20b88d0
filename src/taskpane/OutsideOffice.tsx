import { FluentProvider, Link, Text, webLightTheme } from "@fluentui/react-components";
import { translator } from "./i18n";

/** Shown when taskpane.html is opened in a plain browser: points to the preview. */
export function OutsideOffice() {
  const vi = translator("vi");
  const en = translator("en");
  return (
    <FluentProvider theme={webLightTheme}>
      <main style={{ padding: 16, display: "flex", flexDirection: "column", gap: 8 }}>
        <Text>{vi("outsideOffice")}</Text>
        <Text lang="en">{en("outsideOffice")}</Text>
        <Link href="preview.html">{vi("openPreview")} / {en("openPreview")}</Link>
      </main>
    </FluentProvider>
  );
}
