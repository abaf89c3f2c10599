// Where a person lands after signing in: staff to their workspace, customers to their plan.
export function homePathFor(viewer: { staff: unknown[]; customer: unknown[] }): string {
  if (viewer.staff.length > 0) return "/workspace";
  if (viewer.customer.length > 0) return "/portal";
  return "/welcome";
}
