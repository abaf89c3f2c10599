// An organization's settings: branding used by the portal and emails, the check-in schedule and the
// sender identity. Changing the schedule applies to accounts created afterwards.
import { z } from "zod";
import { db } from "../../db";
import type { ProvenOrganizationId } from "../scope";
import { recordAudit } from "@/server/platform";

export const organizationSettingsInput = z.object({
  name: z.string().trim().min(1, "Give the organization a name").max(120, "Keep the name under 120 characters"),
  logoUrl: z
    .string()
    .trim()
    .max(500)
    .refine((url) => url === "" || url.startsWith("/uploads/") || /^https:\/\/\S+$/.test(url), {
      message: "The logo must be an uploaded image or an https:// address",
    })
    .nullish()
    .transform((url) => url || null),
  brandColor: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, "Enter the brand colour as a hex code like #4f46e5")
    .transform((color) => color.toLowerCase()),
  checkInOffsets: z
    .array(
      z
        .number({ error: "Check-in days must be numbers" })
        .int("Check-in days must be whole days")
        .min(1, "Check-in days must be 1 or more days after kickoff")
        .max(730, "Check-in days must be within two years of kickoff"),
    )
    .max(10, "Schedule at most 10 check-ins")
    .refine((days) => new Set(days).size === days.length, { message: "Each check-in day may appear only once" })
    .transform((days) => [...days].sort((a, b) => a - b)),
  sendHour: z
    .number({ error: "Pick the hour emails go out" })
    .int()
    .min(0, "The send hour is between 0 and 23")
    .max(23, "The send hour is between 0 and 23"),
  senderName: z
    .string()
    .trim()
    .max(80, "Keep the sender name under 80 characters")
    .refine((name) => !/[<>"\r\n]/.test(name), { message: "The sender name cannot contain < > or quotes" })
    .nullish()
    .transform((name) => name || null),
  replyToEmail: z
    .union([z.email("Enter a valid reply-to address").max(254), z.literal("")])
    .nullish()
    .transform((email) => (email ? email.toLowerCase() : null)),
  // Optional so a form that does not show them leaves them as they are.
  csmsSeeOnlyOwnAccounts: z.boolean().optional(),
  tutorialImageHosts: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(
          /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/,
          "Enter image hosts as names like images.example.com",
        ),
    )
    .max(20, "Allow at most 20 image hosts")
    .transform((hosts) => [...new Set(hosts)])
    .optional(),
});
export type OrganizationSettingsInput = z.input<typeof organizationSettingsInput>;

const settingsSelect = {
  id: true,
  name: true,
  logoUrl: true,
  brandColor: true,
  checkInOffsets: true,
  sendHour: true,
  senderName: true,
  replyToEmail: true,
  timezone: true,
  csmsSeeOnlyOwnAccounts: true,
  tutorialImageHosts: true,
} as const;

export async function getOrganizationSettings(organizationId: ProvenOrganizationId) {
  return db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: settingsSelect });
}

export async function updateOrganizationSettings(
  organizationId: ProvenOrganizationId,
  input: z.output<typeof organizationSettingsInput>,
  actorId: string,
) {
  return db.$transaction(async (tx) => {
    const {
      id: _id,
      timezone: _timezone,
      ...before
    } = await tx.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: settingsSelect,
    });
    const after = await tx.organization.update({ where: { id: organizationId }, data: input, select: settingsSelect });
    // Only the fields that changed, so the audit reads as a diff.
    const changed = (Object.keys(before) as (keyof typeof before)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    if (changed.length > 0) {
      await recordAudit(
        {
          organizationId,
          actorId,
          action: "settings.updated",
          targetType: "Organization",
          targetId: organizationId,
          before: Object.fromEntries(changed.map((key) => [key, before[key]])),
          after: Object.fromEntries(changed.map((key) => [key, after[key]])),
        },
        tx,
      );
    }
    return after;
  });
}
