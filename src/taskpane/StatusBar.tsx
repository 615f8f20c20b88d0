import { MessageBar, MessageBarBody, makeStyles } from "@fluentui/react-components";
import type { Status } from "./useStatus";

const useStyles = makeStyles({
  // Long addresses (data URLs, cell lists) must wrap inside a 320 px pane.
  body: { overflowWrap: "anywhere" },
});

/** The result of the last action, announced to screen readers. */
export function StatusBar({ status }: { status: Status | null }) {
  const styles = useStyles();
  if (!status) return null;
  return (
    <MessageBar
      intent={status.intent}
      layout="multiline"
      role={status.intent === "error" ? "alert" : "status"}
      data-testid="status"
    >
      <MessageBarBody className={styles.body}>{status.text}</MessageBarBody>
    </MessageBar>
  );
}
