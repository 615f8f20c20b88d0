import { Field, Input } from "@fluentui/react-components";
import type { Translate } from "../../i18n";

interface Props {
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  /** Checks what was typed when the planner leaves the field, so a slip is shown before the check runs. */
  onBlur: () => void;
  t: Translate;
}

/** Optional month/year or date of the report: the year of periods it writes without one ("tháng 9", "6 tháng đầu năm"). */
export function DocumentDateField({ value, error, onChange, onBlur, t }: Props) {
  return (
    <Field label={t("checkDate")} hint={t("checkDateHint")} validationState={error ? "error" : "none"} validationMessage={error}>
      <Input value={value} placeholder="6/2023" onChange={(_e, d) => onChange(d.value)} onBlur={onBlur} data-testid="check-date" />
    </Field>
  );
}
