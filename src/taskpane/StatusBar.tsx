import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Status } from "./useStatus";

/** The result of the last action, announced to screen readers. */
export function StatusBar({ status }: { status: Status | null }) {
  if (!status) return null;
  return (
    <MessageBar intent={status.intent} role={status.intent === "error" ? "alert" : "status"} data-testid="status">
      <MessageBarBody>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
