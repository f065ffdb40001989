/**
 * A Vue 3 app that embeds Gatehouse elements. Written with render functions (`h`), so the page needs no runtime
 * template compiler (which would need `unsafe-eval` under a CSP); with single-file components and
 * `@vitejs/plugin-vue`, tell the compiler the tags are custom elements (`isCustomElement: (tag) =>
 * tag.startsWith('gate-')`). Vue sets the elements' properties (`endpoint`, `headingLevel`) and listens to their
 * `gate-*` events through `onGateStep`-style props.
 */
import '@gatehouse/elements/registration/define';
import '@gatehouse/elements/login/define';
import type { GateCompleteDetail, GateStepDetail, LoginOutput } from '@gatehouse/elements';
import { createApp, defineComponent, h, ref } from 'vue';

type Page = 'register' | 'login';

const App = defineComponent(() => {
  const page = ref<Page>(location.hash === '#login' ? 'login' : 'register');
  const view = ref('');
  const signedIn = ref('');
  const go = (next: Page) => {
    page.value = next;
    view.value = '';
    location.hash = next;
  };
  return () => [
    h('nav', [
      h(
        'button',
        {
          type: 'button',
          'aria-current': page.value === 'register' ? 'page' : undefined,
          onClick: () => go('register'),
        },
        'Register',
      ),
      h(
        'button',
        {
          type: 'button',
          'aria-current': page.value === 'login' ? 'page' : undefined,
          onClick: () => go('login'),
        },
        'Log in',
      ),
    ]),
    h('main', [
      page.value === 'register'
        ? h('gate-registration', {
            key: 'register',
            endpoint: '/api/gatehouse',
            lang: 'en',
            'no-reply-sender': 'no-reply@northwind-traders.com',
            onGateStep: (e: CustomEvent<GateStepDetail>) => {
              view.value = e.detail.view;
            },
          })
        : h('gate-login', {
            key: 'login',
            endpoint: '/api/gatehouse',
            lang: 'en',
            headingLevel: 1,
            onGateStep: (e: CustomEvent<GateStepDetail>) => {
              view.value = e.detail.view;
            },
            onGateComplete: (e: CustomEvent<GateCompleteDetail<LoginOutput>>) => {
              signedIn.value = e.detail.output.session?.user.email ?? '';
            },
          }),
      h('p', { class: 'status', 'data-view': view.value }, view.value ? `Step: ${view.value}` : ''),
      signedIn.value ? h('p', { class: 'signed-in' }, `Signed in as ${signedIn.value}`) : null,
    ]),
  ];
});

createApp(App).mount('#app');
