/**
 * Every key the article text answers to, for the help dialog. The keys are
 * handled in keyboard-selection.ts (moving and selecting), the article
 * workspace (M), components/suggestions/use-suggestion-keys.ts (N, P, A, X)
 * and keyboard-help.tsx (?). Home, End and the arrows only act
 * while the article text has focus, so they never take a key from the page.
 */
export interface Shortcut {
  keys: string[];
  action: string;
}

export const shortcutGroups: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: "Move",
    shortcuts: [
      { keys: ["←", "→"], action: "Character" },
      { keys: ["Ctrl+←", "Ctrl+→"], action: "Word (or Alt)" },
      { keys: ["↑", "↓"], action: "Line" },
      { keys: ["Home", "End"], action: "Sentence start, end; again: the next" },
      { keys: ["Ctrl+↑", "Ctrl+↓"], action: "Paragraph start, end; again: the next" },
      { keys: ["Ctrl+Home", "Ctrl+End"], action: "Article start, end" },
    ],
  },
  {
    title: "Select",
    shortcuts: [
      { keys: ["S"], action: "The sentence at the caret" },
      { keys: ["Shift+Home", "Shift+End"], action: "To sentence start, end" },
      { keys: ["Ctrl+Shift+↑", "Ctrl+Shift+↓"], action: "To paragraph start, end" },
      { keys: ["Shift+arrows"], action: "By character, line (Ctrl: word)" },
      { keys: ["Escape"], action: "Clear the selection" },
    ],
  },
  {
    title: "Act",
    shortcuts: [
      { keys: ["M"], action: "Mark the selection as a claim" },
      { keys: ["Tab"], action: "Go to Mark as claim" },
      { keys: ["?"], action: "These shortcuts" },
    ],
  },
  {
    title: "Suggested claims (anywhere on the page)",
    shortcuts: [
      { keys: ["N", "P"], action: "Next, previous suggestion (Shift+N: previous)" },
      { keys: ["A"], action: "Accept it as a claim (opens the claim dialog)" },
      { keys: ["X"], action: "Reject it for this text" },
    ],
  },
];
