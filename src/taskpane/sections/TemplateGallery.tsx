import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateInfo } from "../../core/templates";
import type { Lang } from "../../core/user-error";
import type { Translate } from "../i18n";
import { TemplatePreview } from "./TemplatePreview";

const useStyles = makeStyles({
  summary: { cursor: "pointer", color: tokens.colorBrandForegroundLink },
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  chosen: { border: `2px solid ${tokens.colorBrandStroke1}` },
  description: { color: tokens.colorNeutralForeground2 },
});

export interface TemplateGalleryProps {
  templates: TemplateInfo[];
  chosen: string;
  onChoose(id: string): void;
  lang: Lang;
  t: Translate;
}

/** Every template at a glance: its name, what it computes and its columns; folded by default to keep the pane short. */
export function TemplateGallery({ templates, chosen, onChoose, lang, t }: TemplateGalleryProps) {
  const styles = useStyles();
  return (
    <details data-testid="template-gallery">
      <summary className={styles.summary}>{t("galleryShow", { count: templates.length })}</summary>
      <ul className={styles.list}>
        {templates.map((x) => (
          <li key={x.id} className={`${styles.card} ${x.id === chosen ? styles.chosen : ""}`}>
            <Text weight="semibold">{x.name[lang]}</Text>
            <Text size={200} className={styles.description}>
              {x.description[lang]}
            </Text>
            <TemplatePreview info={x} lang={lang} />
            <Button size="small" disabled={x.id === chosen} onClick={() => onChoose(x.id)} aria-label={t("galleryChooseNamed", { name: x.name[lang] })}>
              {x.id === chosen ? t("galleryChosen") : t("galleryChoose")}
            </Button>
          </li>
        ))}
      </ul>
    </details>
  );
}
