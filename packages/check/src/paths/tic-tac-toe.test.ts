/**
 * Generated tests catch a bug in an independent implementation: the tic-tac-toe game class with the 2-4-6
 * diagonal missing passes every path of the shallow definition cover, and fails the explored-state cover.
 */
import { describe, expect, it } from 'vitest';
import type { TraceStep } from '../check/types.js';
import {
  type GameView,
  TicTacToeGame,
  ticTacToeEvents,
  ticTacToeMachine,
  WINNING_LINES,
} from '../fixtures/tic-tac-toe.js';
import { graph } from '../graph/graph.js';
import { type CoverKind, coverPaths, type TestPath } from './paths.js';

const options = { events: ticTacToeEvents, canAlwaysFinish: false };

/** What the model says a player sees after a step. */
function expected(step: TraceStep): GameView {
  const context = step.context as { board: GameView['board']; winner: GameView['winner'] };
  const value = step.state as string | { gameOver: 'winner' | 'draw' };
  const status = typeof value === 'string' ? 'playing' : value.gameOver;
  return { board: context.board, status, winner: status === 'winner' ? context.winner : undefined };
}

/** Runs one generated path on a fresh game; returns the first step where the game differs, or undefined. */
function runPath(path: TestPath, lines = WINNING_LINES): string | undefined {
  const game = new TicTacToeGame(lines);
  for (const [i, step] of path.steps.entries()) {
    if (step.event.type === 'PLAY') game.play((step.event as unknown as { value: number }).value);
    if (step.event.type === 'RESET') game.reset();
    const want = expected(step);
    if (JSON.stringify(game.view()) !== JSON.stringify(want)) return `step ${i}: ${path.name}`;
  }
  return undefined;
}

const withoutDiagonal = WINNING_LINES.filter(([a, b, c]) => !(a === 2 && b === 4 && c === 6));
const failures = (cover: CoverKind, lines = WINNING_LINES) =>
  coverPaths(ticTacToeMachine, options, { cover }).paths.filter((p) => runPath(p, lines) !== undefined);

// Exploring 5,478 boards takes seconds on a loaded 2-core machine; the exploration is shared by every test.
describe('generated covers on tic-tac-toe', { timeout: 60_000 }, () => {
  it('explores the 5,478 reachable boards and exposes the graph', () => {
    const g = graph(ticTacToeMachine, options);
    expect(g.states).toHaveLength(5478);
    const wins = g.states.filter((s) => (s.value as { gameOver?: string }).gameOver === 'winner');
    expect(wins.length).toBeGreaterThan(0);
    const play4 = g.edges.find((e) => e.event.type === 'PLAY' && (e.event as { value?: number }).value === 4);
    expect(play4?.from).toBe(0);
    expect(g.traceTo(play4?.to as number).map((s) => s.event.type)).toEqual(['xstate.init', 'PLAY']);
  });

  it('state cover: every reachable state on few paths, unique names with payloads, and the correct game passes', () => {
    const { paths, covered, missed } = coverPaths(ticTacToeMachine, options, { cover: 'states' });
    expect(covered).toHaveLength(5478);
    expect(missed).toEqual([]);
    expect(paths.length).toBeLessThan(5478);
    expect(new Set(paths.map((p) => p.name)).size).toBe(paths.length);
    expect(paths[0]?.name).toMatch(/^PLAY \{"value":\d\} → PLAY \{"value":\d\}/);
    expect(paths.filter((p) => runPath(p) !== undefined)).toEqual([]);
  });

  it('catches the missing 2-4-6 diagonal with the state cover; the shallow definition cover misses it', () => {
    expect(failures('transitions', withoutDiagonal)).toEqual([]);
    expect(failures('state-nodes', withoutDiagonal)).toEqual([]);
    const caught = failures('states', withoutDiagonal);
    expect(caught.length).toBeGreaterThan(0);
    expect(caught.some((p) => p.covers.some((c) => c.includes('gameOver.winner')))).toBe(true);
  });

  it('edge, edge-pair, guard and tag covers cover every item they can', () => {
    for (const cover of ['edges', 'guards', 'tags'] as const) {
      const result = coverPaths(ticTacToeMachine, options, { cover });
      expect(result.missed, cover).toEqual([]);
    }
    const guards = coverPaths(ticTacToeMachine, options, { cover: 'guards' });
    expect(guards.covered).toContain(
      'ticTacToe.playing --always--> ticTacToe.gameOver.winner [checkWin] → false',
    );
    expect(guards.covered).toContain('ticTacToe.playing --PLAY--> (self) [isValidMove] → false');
    expect(coverPaths(ticTacToeMachine, options, { cover: 'tags' }).covered.sort()).toEqual([
      'draw',
      'winner',
    ]);
  });
});
