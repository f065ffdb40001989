import type { AnyActorRef, AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { ActorOutcome, CheckOptions } from '../check/types.js';
import { GatehouseError } from '../errors.js';
import { describe } from './describe.js';
import type { EventTable } from './event-table.js';
import { allStateNodes } from './machine-structure.js';
import type { Extras, Timer } from './timers.js';
import { enabledTimers } from './timers.js';
import { configurationOf } from './xstate-adapter.js';

/** One event type of `options.events`: fixed payloads (interned once) or a function of the snapshot. */
interface Domain {
  type: string;
  fixed?: number[];
  dynamic?: (s: AnyMachineSnapshot) => ReadonlyArray<Record<string, unknown>>;
}

/** One thing that can happen in a state: an event number, and the timer or child it comes from. */
export interface Move {
  event: number;
  timer?: Timer;
  child?: string;
}

/** Receives one move: the event number, and the timer or child it comes from. */
export type Visit = (event: number, timer: Timer | undefined, child: string | undefined) => void;

/**
 * What can happen in a state: the declared events (skipping types no active state node handles, so XState
 * is not asked for what cannot change anything), every timer allowed to fire next, and each declared
 * outcome of every unsettled child. Shared by exhaustive exploration and random walks.
 */
export class EventSources {
  private readonly domains: Domain[];
  private readonly invokeSrc = new Map<string, string>();
  private readonly handledByConfiguration = new WeakMap<object, Set<string> | null>();
  /** Child ids and `src` names seen, to tell a misspelt `actors` entry from a spawned child. */
  readonly seenChildren = new Set<string>();

  constructor(
    machine: AnyStateMachine,
    private readonly options: CheckOptions<AnyStateMachine>,
    private readonly table: EventTable,
    private readonly warn: (message: string) => void,
  ) {
    for (const node of allStateNodes(machine)) {
      for (const def of node.invoke as Array<{ id: string; src: unknown }>) {
        if (typeof def.src === 'string' && !def.src.startsWith('xstate.invoke.'))
          this.invokeSrc.set(def.id, def.src);
      }
    }
    this.domains = Object.entries(options.events ?? {}).map(([type, domain]) =>
      typeof domain === 'function'
        ? { type, dynamic: domain as Domain['dynamic'] }
        : { type, fixed: domain.map((p) => table.intern({ ...p, type }, 'send')) },
    );
  }

  /**
   * Calls `visit` for every move of the state, in a fixed order: events, timers, actor outcomes. Moves are
   * passed as arguments, not objects: this runs for every (state, event) pair of an exploration.
   */
  forEach(snapshot: AnyMachineSnapshot, extras: Extras, visit: Visit): void {
    this.events(snapshot, visit);
    for (const timer of enabledTimers(extras.timers)) {
      if (this.neverFires(timer.event.type)) continue;
      visit(this.table.intern(timer.event, 'timer'), timer, undefined);
    }
    this.actorOutcomes(snapshot, extras, visit);
  }

  /** Every move of the state as a list (random walks pick from it). */
  list(snapshot: AnyMachineSnapshot, extras: Extras): Move[] {
    const out: Move[] = [];
    this.forEach(snapshot, extras, (event, timer, child) => {
      const move: Move = { event };
      if (timer) move.timer = timer;
      if (child !== undefined) move.child = child;
      out.push(move);
    });
    return out;
  }

  private events(snapshot: AnyMachineSnapshot, visit: Visit): void {
    const handled = this.handledEvents(snapshot);
    for (const domain of this.domains) {
      if (handled !== undefined && !handled.has(domain.type)) continue;
      if (domain.fixed) {
        for (const eventId of domain.fixed) visit(eventId, undefined, undefined);
        continue;
      }
      for (const payload of this.payloads(domain, snapshot))
        visit(
          this.table.intern({ ...payload, type: domain.type } as EventObject, 'send'),
          undefined,
          undefined,
        );
    }
  }

  private payloads(domain: Domain, snapshot: AnyMachineSnapshot): ReadonlyArray<Record<string, unknown>> {
    let payloads: ReadonlyArray<Record<string, unknown>>;
    try {
      payloads = (domain.dynamic as NonNullable<Domain['dynamic']>)(snapshot);
    } catch (error) {
      throw new GatehouseError(
        'invalid-options',
        `check options: events.${domain.type} threw: ${describe(error)}`,
        {
          cause: error,
        },
      );
    }
    if (!Array.isArray(payloads))
      throw new GatehouseError(
        'invalid-options',
        `check options: events.${domain.type} must return an array of payload objects`,
      );
    return payloads;
  }

  /** `neverFire` names a delay (`xstate.after.<delay>.<state node>`) or the timer's whole event type. */
  private neverFires(type: string): boolean {
    const never = this.options.neverFire;
    if (!never || never.length === 0) return false;
    const delay = type.startsWith('xstate.after.')
      ? type.slice('xstate.after.'.length).split('.')[0]
      : undefined;
    return never.includes(type) || (delay !== undefined && never.includes(delay));
  }

  private actorOutcomes(snapshot: AnyMachineSnapshot, extras: Extras, visit: Visit): void {
    for (const [childId, ref] of Object.entries(
      snapshot.children as Record<string, AnyActorRef | undefined>,
    )) {
      this.seenChildren.add(childId);
      if (typeof ref?.src === 'string') this.seenChildren.add(ref.src);
      if (extras.settled.includes(childId)) continue;
      const outcomes = this.outcomesOf(childId);
      if (outcomes === undefined) {
        const src = this.invokeSrc.get(childId) ?? (typeof ref?.src === 'string' ? ref.src : childId);
        this.warn(
          `actor "${childId}"${src !== childId ? ` (src "${src}")` : ''} has no declared outcomes: it never finishes in this check. Declare actors.${src}.`,
        );
        continue;
      }
      for (const outcome of outcomes) {
        const event =
          'output' in outcome
            ? { type: `xstate.done.actor.${childId}`, output: outcome.output }
            : { type: `xstate.error.actor.${childId}`, error: outcome.error };
        visit(this.table.intern(event, 'actor'), undefined, childId);
      }
    }
  }

  private outcomesOf(childId: string): ReadonlyArray<ActorOutcome> | undefined {
    const src = this.invokeSrc.get(childId);
    return this.options.actors?.[childId] ?? (src === undefined ? undefined : this.options.actors?.[src]);
  }

  /**
   * Event types some active state node has a transition for, per configuration; `undefined` (try every
   * type) when a wildcard descriptor is active.
   */
  private handledEvents(snapshot: AnyMachineSnapshot): Set<string> | undefined {
    const configuration = configurationOf(snapshot);
    let handled = this.handledByConfiguration.get(configuration);
    if (handled === undefined) {
      handled = new Set<string>();
      for (const node of configuration) {
        for (const descriptor of (node.transitions as Map<string, unknown>).keys()) {
          if (descriptor.includes('*')) handled = null;
          if (handled) handled.add(descriptor);
        }
      }
      if (handled) for (const { type } of this.domains) if (type.startsWith('xstate.')) handled.add(type);
      this.handledByConfiguration.set(configuration, handled);
    }
    return handled ?? undefined;
  }
}
