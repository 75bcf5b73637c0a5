import type { Page } from "@playwright/test";
import { database } from "./fixtures";

/**
 * The claim numbers as a screen reader gets them from the page: each number
 * badge's text (drawn by CSS, so absent from the DOM's text) with the text
 * that follows it, read from Chromium's accessibility tree of the article
 * text.
 */
export async function numbersAsRead(page: Page): Promise<Array<{ number: string; before: string }>> {
  const cdp = await page.context().newCDPSession(page);
  const { result } = (await cdp.send("Runtime.evaluate", {
    expression: 'document.querySelector("[data-testid=article-text]")',
  })) as { result: { objectId: string } };
  const { node } = (await cdp.send("DOM.describeNode", { objectId: result.objectId })) as {
    node: { backendNodeId: number };
  };
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: AxNode[] };
  await cdp.detach();
  const byId = new Map(nodes.map((axNode) => [axNode.nodeId, axNode]));
  const texts: string[] = [];
  const visit = (axNode: AxNode | undefined) => {
    if (!axNode) return;
    if (axNode.role?.value === "StaticText") texts.push(axNode.name?.value ?? "");
    for (const child of axNode.childIds ?? []) visit(byId.get(child));
  };
  visit(nodes.find((axNode) => axNode.backendDOMNodeId === node.backendNodeId));
  return texts.flatMap((text, index) =>
    /^\d+$/.test(text) ? [{ number: text, before: texts[index + 1] ?? "" }] : [],
  );
}

interface AxNode {
  nodeId: string;
  backendDOMNodeId?: number;
  childIds?: string[];
  role?: { value?: string };
  name?: { value?: string };
}

/** Gives a fixture claim an assignee (by email), a due day and comments by the demo editor. */
export async function setClaimWork(
  claimId: string,
  work: { assigneeEmail: string; dueDay: string; comments: string[] },
) {
  const db = await database();
  const assignee = await db.user.findUniqueOrThrow({ where: { email: work.assigneeEmail } });
  const editor = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
  await db.claim.update({
    where: { id: claimId },
    data: { assigneeId: assignee.id, dueAt: new Date(`${work.dueDay}T00:00:00Z`) },
  });
  for (const body of work.comments) await db.comment.create({ data: { claimId, authorId: editor.id, body } });
}
