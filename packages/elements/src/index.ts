/** Placeholder export until the rules land. */
export const version = '0.1.0';
