"use client";

import { useEffect, useState } from "react";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { shortcutGroups } from "./keyboard-shortcuts";

/** A "Keyboard shortcuts" button, and the dialog it (or the ? key anywhere on the page) opens. */
export function KeyboardHelp() {
  const [isOpen, setIsOpen] = useState(false);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, dialog, [contenteditable]")) return;
      event.preventDefault();
      setIsOpen(true);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        type="button"
        onClick={() => setIsOpen(true)}
        aria-keyshortcuts="Shift+?"
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        Keyboard shortcuts <kbd className="ml-1 rounded bg-stone-100 px-1 text-xs">?</kbd>
      </button>
      {isOpen ? (
        <ModalDialog title="Keyboard shortcuts" onClose={() => setIsOpen(false)}>
          <p className="text-sm text-stone-700">In the article text (Tab or click to focus it):</p>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            {shortcutGroups.map((group) => (
              <tbody key={group.title}>
                <tr>
                  <th scope="rowgroup" colSpan={2} className="pt-2 pb-0.5 font-semibold">
                    {group.title}
                  </th>
                </tr>
                {group.shortcuts.map((shortcut) => (
                  <tr key={shortcut.action} className="border-t border-stone-200">
                    <td className="py-0.5 pr-3 align-top whitespace-nowrap">
                      {shortcut.keys.map((key, index) => (
                        <span key={key}>
                          {index > 0 ? " " : ""}
                          <kbd className="rounded border border-stone-300 bg-stone-50 px-1 text-xs">
                            {key}
                          </kbd>
                        </span>
                      ))}
                    </td>
                    <td className="py-0.5">{shortcut.action}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
          <div className="mt-4 text-right">
            <button
              type="button"
              onClick={() => setIsOpen(false)}
              className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
              autoFocus
            >
              Close
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
