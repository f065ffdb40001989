/**
 * `@gatehouse/forms`: the definition types and the engine runtime that compiled forms run on. It contains
 * no ajv and no compiler, so a browser importing it (or a built form module) stays small and CSP-safe.
 * Compile definitions with `@gatehouse/forms/compile` (run time) or `gatehouse-forms build` (build time).
 */
export type {
  FormDefinition,
  FormResult,
  FormRule,
  HiddenData,
  Issue,
  JsonSchema,
  LocaleMessages,
  RuleReference,
  UiDefinition,
  UiField,
  UiStep,
  Widget,
} from './definition/types.js';
export {
  builtinWidgets,
  defaultWidget,
  type WidgetFit,
  widgetMisfit,
} from './definition/widgets.js';
export {
  type CompiledForm,
  createForm,
  type EngineOptions,
  type FieldState,
  type FormMessages,
} from './engine/engine.js';
export type {
  FieldModel,
  FormPlan,
  FormSubject,
  FormValidators,
  NamedRule,
  PlanNamedRule,
  PlanRule,
  RequirementLister,
  RuleChecker,
  RuleContext,
  RuleRejection,
  RuleRequirement,
  ValidateFunction,
  ValidateOptions,
  ValidatorError,
} from './engine/types.js';
export {
  builtinMessages,
  fallbackMessages,
  formatMessage,
  registerMessages,
  shippedLocales,
} from './messages/catalog.js';
export { registerFormMessages } from './messages/form-registry.js';
export { matchesFieldRule } from './rules/matches-field.js';
