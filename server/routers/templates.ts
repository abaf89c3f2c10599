// Checklist templates: CSMs read them; admins and owners edit, duplicate and publish versions.
import {
  createTemplate,
  duplicateTemplate,
  getTemplate,
  listTemplates,
  publishTemplateVersion,
  saveTemplateDraft,
  templateDraftInput,
  templateIdInput,
} from "@/server/onboarding";
import { adminProcedure, csmProcedure } from "../trpc/procedures";
import { router } from "../trpc/init";

export const templatesRouter = router({
  list: csmProcedure.query(({ ctx }) => listTemplates(ctx.staff.organizationId)),
  get: csmProcedure.input(templateIdInput).query(({ ctx, input }) => getTemplate(ctx.staff.organizationId, input.templateId)),
  create: adminProcedure.input(templateDraftInput).mutation(async ({ ctx, input }) => {
    const template = await createTemplate(ctx.staff.organizationId, input, ctx.user.id);
    return { id: template.id };
  }),
  save: adminProcedure.input(templateIdInput.extend(templateDraftInput.shape)).mutation(async ({ ctx, input }) => {
    const { templateId, ...draft } = input;
    const template = await saveTemplateDraft(ctx.staff.organizationId, templateId, draft, ctx.user.id);
    return { id: template.id, updatedAt: template.updatedAt };
  }),
  duplicate: adminProcedure.input(templateIdInput).mutation(async ({ ctx, input }) => {
    const copy = await duplicateTemplate(ctx.staff.organizationId, input.templateId, ctx.user.id);
    return { id: copy.id };
  }),
  publish: adminProcedure.input(templateIdInput).mutation(async ({ ctx, input }) => {
    const version = await publishTemplateVersion(ctx.staff.organizationId, input.templateId, ctx.user.id);
    return { versionId: version.id, version: version.version };
  }),
});
