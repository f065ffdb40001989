/**
 * The site's React app. Each page is a lazy route: it imports its element's `define` and its own React entry
 * (`@gatehouse/elements/<element>/react`), so opening /login loads the login element and nothing of registration.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';

const pages: Record<string, ReturnType<typeof lazy>> = {
  '/register': lazy(() => import('./routes/register.js')),
  '/login': lazy(() => import('./routes/login.js')),
  '/account': lazy(() => import('./routes/account.js')),
};

function App() {
  const Page = pages[location.pathname] ?? pages['/login']!;
  return (
    <>
      <header>
        <strong>ACME Industries</strong>
        <a href="/register">Register</a>
        <a href="/login">Log in</a>
        <a href="/account">Account</a>
      </header>
      <main>
        <Suspense fallback={<p>Loading…</p>}>
          <Page />
        </Suspense>
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
