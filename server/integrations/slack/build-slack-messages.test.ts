import { describe, expect, it } from "vitest";
import { alertMessage, csmDigestMessage, escapeSlackText, negativeCheckInMessage } from "./build-slack-messages";

describe("Slack messages", () => {
  it("escapes customer text so it cannot forge links or mentions", () => {
    expect(escapeSlackText("<!channel> & <https://evil.example|click>")).toBe(
      "&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;",
    );
    const message = negativeCheckInMessage({
      accountName: "Globex <!here>",
      accountUrl: "https://onward.example/workspace/accounts/a1",
      answer: "OFF_TRACK",
      comment: "<!channel> help",
    });
    expect(JSON.stringify(message.blocks)).not.toContain("<!");
  });

  it("links every account message to the account and carries plain text", () => {
    const message = alertMessage({
      accountName: "Globex",
      accountUrl: "https://onward.example/workspace/accounts/a1",
      reason: "Quiet for 9 days",
    });
    expect(message.text).toBe("New alert: Globex");
    const actions = message.blocks.at(-1) as { type: string; elements: { url: string }[] };
    expect(actions.type).toBe("actions");
    expect(actions.elements[0]!.url).toBe("https://onward.example/workspace/accounts/a1");
  });

  it("keeps the digest within Slack's limits", () => {
    const alerts = Array.from({ length: 30 }, (_, index) => ({ accountName: `Account ${index}`, reason: "Stalled" }));
    const message = csmDigestMessage({ date: "2026-12-01", workspaceUrl: "https://onward.example/workspace", alerts });
    const section = message.blocks[1] as { text: { text: string } };
    expect(section.text.text.split("\n")).toHaveLength(20);
    expect(JSON.stringify(message.blocks)).toContain("and 10 more");
  });
});
