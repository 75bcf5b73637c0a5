/**
 * Every key the article text answers to, for the help dialog. The keys are
 * handled in keyboard-selection.ts (moving and selecting), the article
 * workspace (M) and keyboard-help.tsx (?). Home, End and the arrows only act
 * while the article text has focus, so they never take a key from the page.
 */
export interface Shortcut {
  keys: string[];
  action: string;
}

export const shortcutGroups: { title: string; shortcuts: Shortcut[] }[] = [
  {
    title: "Move the caret",
    shortcuts: [
      { keys: ["←", "→"], action: "One character" },
      { keys: ["Ctrl+←", "Ctrl+→"], action: "One word (Alt works too)" },
      { keys: ["↑", "↓"], action: "One line" },
      { keys: ["Home", "End"], action: "Start or end of the sentence; again for the previous or next one" },
      {
        keys: ["Ctrl+↑", "Ctrl+↓"],
        action: "Start or end of the paragraph; again for the previous or next one",
      },
      { keys: ["Ctrl+Home", "Ctrl+End"], action: "Start or end of the article" },
    ],
  },
  {
    title: "Select",
    shortcuts: [
      { keys: ["S"], action: "Select the whole sentence at the caret" },
      { keys: ["Shift+Home", "Shift+End"], action: "Select to the start or end of the sentence" },
      { keys: ["Ctrl+Shift+↑", "Ctrl+Shift+↓"], action: "Select to the start or end of the paragraph" },
      { keys: ["Shift+arrows"], action: "Select by character or line; with Ctrl, by word" },
      { keys: ["Escape"], action: "Clear the selection (the caret stays)" },
    ],
  },
  {
    title: "Act",
    shortcuts: [
      { keys: ["M"], action: "Mark the selection as a claim" },
      { keys: ["Tab"], action: "Go to the Mark as claim button" },
      { keys: ["?"], action: "Show these shortcuts" },
    ],
  },
];
