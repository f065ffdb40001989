/**
 * Imported first by the CSP page: records every `securitypolicyviolation` before any element code runs.
 */
export const violations: { directive: string; blocked: string; sample: string }[] = [];

document.addEventListener('securitypolicyviolation', (event) => {
  violations.push({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample });
});
