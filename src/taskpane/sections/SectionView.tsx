/**
 * Shows one section of the pane: a progress state while its chunk is still on the way (the planner clicked its tab
 * before the background fetch finished), and a message with a retry button when the chunk could not be fetched.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Component, Suspense, useState, type ReactNode } from "react";
import type { Translate } from "../i18n";
import type { PaneSection, PaneSectionProps } from "./registry";

const useStyles = makeStyles({
  loading: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export function SectionView({ section, props }: { section: PaneSection; props: PaneSectionProps }) {
  const styles = useStyles();
  const { t } = props;
  // A new attempt remounts the boundary, and section.component() hands out a fresh lazy component after a failure.
  const [attempt, setAttempt] = useState(0);
  const Section = section.component();
  const loading = (
    <div className={styles.loading} role="status">
      <ProgressBar aria-label={t("sectionLoading")} />
      <Text>{t("sectionLoading")}</Text>
    </div>
  );
  return (
    <LoadFailure key={attempt} t={t} onRetry={() => setAttempt((n) => n + 1)}>
      <Suspense fallback={loading}>
        <Section {...props} />
      </Suspense>
    </LoadFailure>
  );
}

interface LoadFailureProps {
  t: Translate;
  onRetry(): void;
  children: ReactNode;
}

/**
 * Error boundary for a section's chunk that failed to load (React has no hook for this). Any other error is the
 * section's own and goes on up, as it would without this boundary: a network message would misname it.
 */
class LoadFailure extends Component<LoadFailureProps, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    // webpack names the error of a chunk it could not fetch "ChunkLoadError".
    if (!(error instanceof Error && error.name === "ChunkLoadError")) throw error;
    const { t, onRetry } = this.props;
    return (
      <MessageBar intent="error">
        <MessageBarBody>{t("sectionLoadFailed")}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t("retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
