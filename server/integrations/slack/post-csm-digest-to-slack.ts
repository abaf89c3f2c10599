// The CSM's daily digest, also posted to their own Slack channel when they connected one.
import { getEnv } from "../../env";
import { csmDigestMessage } from "./build-slack-messages";
import { postToSlack } from "./post-to-slack";

export async function postCsmDigestToSlack(
  organizationId: string,
  membershipId: string,
  digest: { date: string; alerts: { accountName: string; reason: string }[] },
) {
  return postToSlack(
    organizationId,
    [membershipId],
    csmDigestMessage({ ...digest, workspaceUrl: `${getEnv().APP_URL}/workspace` }),
  );
}
