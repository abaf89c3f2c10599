import { getViewer } from "@/server/identity";
import { signedInProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const viewerRouter = router({
  me: signedInProcedure.query(({ ctx }) => getViewer(ctx.user.id)),
});
