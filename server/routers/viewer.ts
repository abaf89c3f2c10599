import { getViewer } from "../identity/viewer/get-viewer";
import { signedInProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const viewerRouter = router({
  me: signedInProcedure.query(({ ctx }) => getViewer(ctx.user.id)),
});
