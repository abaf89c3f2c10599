// The identity module's public surface: sign-in, memberships, invitations, teams, organizations and the viewer.
// Scope proofs are their own entry point (`@/server/identity/scope`): every module needs them, and a leaf file keeps
// them free of cycles.
// Other modules, routers, jobs, app and scripts import from here; reaching into the files behind it is a lint error.
export { inviteColleague, inviteColleagueInput } from "./account-team/invite-colleague";
export { listAccountTeam } from "./account-team/list-account-team";
export { clientIp } from "./auth/client-ip";
export { magicLinkMinutes, sendMagicLink } from "./auth/send-magic-link";
export { recordSignInAttempt } from "./auth/sign-in-rate-limit";
export { findCustomerMembership, findStaffMembership } from "./identity/find-memberships";
export { acceptPendingInvitations } from "./invitations/accept-pending-invitations";
export { inviteCustomer, inviteCustomerInput } from "./invitations/invite-customer";
export { inviteStaff, inviteStaffInput } from "./invitations/invite-staff";
export { listPendingInvitations, revokeInvitation } from "./invitations/list-and-revoke-invitations";
export { brandingFrom, brandingOf } from "./organizations/branding";
export {
  getOrganizationSettings,
  organizationSettingsInput,
  updateOrganizationSettings,
} from "./organizations/organization-settings";
export { listTeam } from "./team/list-team";
export { changeRoleInput, changeStaffRole, membershipIdInput, removeStaffMember } from "./team/manage-staff";
export { getViewer } from "./viewer/get-viewer";
export { mayReachAccount, reachableAccountSql, reachableAccountWhere } from "./organizations/csm-account-access";
export { readSignInEmail } from "./auth/read-sign-in-email";
export { findSsoOrganizationForEmail, organizationRequiringSsoFor } from "./sso/find-sso-for-email";
export { getSsoSettings, removeSsoSettings, saveSsoSettings } from "./sso/manage-sso-settings";
export { ssoSettingsInput } from "./sso/sso-settings-schema";
export { ssoRefusedPath } from "./sso/verify-sso-sign-in";
