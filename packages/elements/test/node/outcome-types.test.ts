/**
 * The typed outcomes hosts rely on: each element's public steps (`gate-step`'s `detail.view`) and its
 * `gate-complete` output are types, in the element modules and in the React props. `pnpm test` typechecks this
 * file (a wrong type fails the typecheck); the runtime part checks that the manifest lists each public step.
 */
import { readFileSync } from 'node:fs';
import type { ComponentProps, JSXElementConstructor } from 'react';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { GateCompleteDetail, GateStepDetail } from '../../src/index.js';
import type { LoginOutput, LoginView } from '../../src/login/login.element.js';
import type { GateLogin, GateRegistration } from '../../src/react/index.js';
import type { RegistrationOutput, RegistrationView } from '../../src/registration/registration.element.js';

// biome-ignore lint/suspicious/noExplicitAny: any component type, as React's own ComponentProps takes it
type Handler<C extends JSXElementConstructor<any>, K extends keyof ComponentProps<C>> = NonNullable<
  ComponentProps<C>[K]
>;

const NOT_FLOWS = ['gate-form', 'gate-session-warnings'];

describe('typed outcomes', () => {
  it('public steps are a closed list of names, not machine state paths', () => {
    expectTypeOf<LoginView>().toEqualTypeOf<
      | 'checkingSession'
      | 'credentials'
      | 'changingPassword'
      | 'mfaChallenge'
      | 'passkey'
      | 'locked'
      | 'authenticated'
    >();
    expectTypeOf<'mfaChallenge.awaitingCode'>().not.toExtend<LoginView>();
    expectTypeOf<RegistrationView>().toExtend<string>();
    expectTypeOf<'awaitingConfirmation.coolingDown'>().not.toExtend<RegistrationView>();
  });

  it('gate-complete outputs are typed per element', () => {
    expectTypeOf<RegistrationOutput['status']>().toEqualTypeOf<'approved' | 'rejected' | 'expired'>();
    expectTypeOf<LoginOutput>().toHaveProperty('session');
  });

  it('the React props carry them', () => {
    type Step = Parameters<Handler<typeof GateLogin, 'onGateStep'>>[0];
    type Complete = Parameters<Handler<typeof GateRegistration, 'onGateComplete'>>[0];
    expectTypeOf<Step['detail']>().toEqualTypeOf<GateStepDetail<LoginView>>();
    expectTypeOf<Complete['detail']>().toEqualTypeOf<GateCompleteDetail<RegistrationOutput>>();
  });

  it('custom-elements.json lists every public step of each flow element', () => {
    const root = new URL('../../', import.meta.url).pathname;
    const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
      modules: {
        path: string;
        declarations?: { tagName?: string; events?: { name: string; description?: string }[] }[];
      }[];
    };
    let checked = 0;
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        // Not flows: `<gate-form>` has no steps, `<gate-session-warnings>` is a banner with no steps or outcome.
        if (!declaration.tagName || NOT_FLOWS.includes(declaration.tagName)) continue;
        const source = readFileSync(`${root}${module.path}`, 'utf8');
        const union = /export type \w+View =\s*([^;]+);/.exec(source)?.[1];
        expect(union, `${declaration.tagName}: a View type`).toBeDefined();
        const views = [...(union ?? '').matchAll(/'(\w+)'/g)].map((m) => m[1]);
        const step = declaration.events?.find((event) => event.name === 'gate-step')?.description ?? '';
        for (const view of views) expect(step, `${declaration.tagName} gate-step`).toContain(`\`${view}\``);
        expect(step).toContain('detail.view');
        checked += 1;
      }
    }
    expect(checked).toBe(16);
  });
});
