export const demoOrganizationSlug = "onward-demo";
