import type { CompiledForm } from '@gatehouse/forms';
import { expect } from '@open-wc/testing';
import type { RenderableForm } from '../../src/form/form-model.js';

// The renderer's structural contract must accept the engine's compiled form as it is: `tsc` fails here if the
// forms engine changes a signature the renderer relies on.
const accept = (form: CompiledForm): RenderableForm => form;

describe('RenderableForm contract', () => {
  it('accepts a @gatehouse/forms CompiledForm (checked by tsc)', () => {
    expect(accept).to.be.a('function');
  });
});
