import { z } from "zod";
import { healthWeightsSchema } from "@/lib/success/compute-health";
import { getHealthWeights, updateHealthWeights } from "@/server/success";
import { adminProcedure, csmProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const healthSettingsRouter = router({
  get: csmProcedure.query(({ ctx }) => getHealthWeights(ctx.staff)),
  // null restores the defaults.
  update: adminProcedure.input(z.object({ weights: healthWeightsSchema.nullable() })).mutation(async ({ ctx, input }) => {
    await updateHealthWeights(ctx.staff, ctx.user.id, input.weights);
    return getHealthWeights(ctx.staff);
  }),
});
