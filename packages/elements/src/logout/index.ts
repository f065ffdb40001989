/** `@gatehouse/elements/logout`: `logout({ endpoint })` for a host's own "Log out" control. */
export { type LogoutOptions, logout } from './logout.js';
