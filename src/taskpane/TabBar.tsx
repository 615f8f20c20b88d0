/**
 * The pane's tabs: a native WAI-ARIA tab list (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/) drawn like Fluent's
 * small TabList with Fluent's tokens. Fluent's TabList needs tabster, its focus manager (about 18 KB gzip), only for
 * the arrow keys; this is all of its behaviour the pane uses, and keeps the first paint within its budget
 * (bench/size.js). Manual activation, as Fluent's: arrows, Home and End move focus, Enter, Space or a click opens a
 * tab (an on-demand section is fetched only when chosen). Only the selected tab is in the Tab order (roving tabindex).
 */
import { createFocusOutlineStyle, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { KeyboardEvent } from "react";

const useStyles = makeStyles({
  // Tabs wrap to a second row rather than overflow a 320 px pane (an overflowing tab would also sit outside the
  // pane's themed background, unreadable in dark).
  list: { display: "flex", flexWrap: "wrap" },
  tab: {
    position: "relative",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    ":hover": { color: tokens.colorNeutralForeground2Hover },
    ":hover::after": { backgroundColor: tokens.colorNeutralStroke1Hover },
    // The bar under a tab: grey on hover, brand when selected. A background, not a border: it marks selection,
    // the focus outline below marks focus.
    "::after": {
      content: '""',
      position: "absolute",
      left: tokens.spacingHorizontalSNudge,
      right: tokens.spacingHorizontalSNudge,
      bottom: 0,
      height: tokens.strokeWidthThick,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorTransparentStroke,
    },
    ...createFocusOutlineStyle(),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
  },
});

export interface TabItem {
  id: string;
  label: string;
}

export interface TabBarProps {
  tabs: readonly TabItem[];
  selected: string;
  onSelect(id: string): void;
  label: string;
}

/** The id of a tab's button, for the tab panel's aria-labelledby. */
export const tabId = (id: string) => `tab-${id}`;
/** The id of the tab panel a tab controls. */
export const tabPanelId = (id: string) => `tabpanel-${id}`;

export function TabBar({ tabs, selected, onSelect, label }: TabBarProps) {
  const styles = useStyles();
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: -1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    buttons.at(to % buttons.length)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} aria-orientation="horizontal" className={styles.list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            aria-selected={isSelected}
            aria-controls={isSelected ? tabPanelId(tab.id) : undefined}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(styles.tab, isSelected && styles.selected)}
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
