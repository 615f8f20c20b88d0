import { makeStyles, tokens } from "@fluentui/react-components";
import type { TemplateInfo } from "../../core/templates";
import type { Lang } from "../../core/user-error";

const useStyles = makeStyles({
  strip: { display: "flex", flexWrap: "wrap", gap: "2px", fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  head: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: "1px 3px",
  },
});

/** A glimpse of the table a template makes: its columns, in order, as header cells. */
export function TemplatePreview({ info, lang }: { info: TemplateInfo; lang: Lang }) {
  const styles = useStyles();
  return (
    <div className={styles.strip} role="list" aria-label={info.name[lang]} data-testid="template-preview">
      {info.columns.map((c, i) => (
        <span key={i} role="listitem" className={styles.head}>
          {c[lang]}
        </span>
      ))}
    </div>
  );
}
