import { Label, Select, useId } from "@fluentui/react-components";
import { PROFILES, type HostProfileName } from "../simulator";

const NAMES: Record<HostProfileName, string> = {
  web: "Excel trên web / Excel on the web (5 MB)",
  desktop: "Microsoft 365 (Windows)",
  "excel-2019": "Excel 2019 (ExcelApi 1.8)",
  "excel-2016": "Excel 2016 (ExcelApi 1.4)",
};

/** The profile named by ?host=, Excel on the web when absent or unknown. */
export function profileFrom(value: string | null): HostProfileName {
  return value !== null && value in PROFILES ? (value as HostProfileName) : "web";
}

/** Which Excel the simulator plays; switching loads the page again with an empty workbook. */
export function HostSwitch({ current }: { current: HostProfileName }) {
  const id = useId("host");
  return (
    <span>
      <Label htmlFor={id} size="small">
        Excel giả lập / Simulated Excel{" "}
      </Label>
      <Select
        id={id}
        size="small"
        value={current}
        data-testid="host-switch"
        onChange={(_, d) => {
          const params = new URLSearchParams(location.search);
          params.set("host", d.value);
          location.search = params.toString();
        }}
      >
        {(Object.keys(NAMES) as HostProfileName[]).map((p) => (
          <option key={p} value={p}>
            {NAMES[p]}
          </option>
        ))}
      </Select>
    </span>
  );
}
