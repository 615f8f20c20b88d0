import { Field, Select } from "@fluentui/react-components";
import type { TemplateInfo } from "../../core/templates/template";
import type { Lang } from "../../core/user-error";

interface Props {
  label: string;
  templates: TemplateInfo[];
  value: string;
  onChange: (id: string) => void;
  lang: Lang;
  hint?: string;
  disabled?: boolean;
}

/** The one list of templates by name, for the insert tab and for inserting what a text check read. */
export function TemplateSelect({ label, templates, value, onChange, lang, hint, disabled }: Props) {
  return (
    <Field label={label} hint={hint}>
      <Select value={value} disabled={disabled} onChange={(_e, d) => onChange(d.value)}>
        {templates.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name[lang]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
