/**
 * A Lit reactive controller that re-renders its host once a second while a deadline lies ahead: the resend
 * cooldowns, the lockout and the support PIN's rotation. It stops ticking when no deadline is pending.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Seconds left until `at` (epoch ms), rounded up; 0 when it passed or is unknown. */
export function secondsUntil(at: number | null | undefined, now = Date.now()): number {
  return at == null ? 0 : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Ticks while `deadline()` is in the future; the host calls `secondsLeft()` while rendering. */
export class Countdown implements ReactiveController {
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deadline: () => number | null | undefined,
  ) {
    host.addController(this);
  }

  /** Seconds left; starts the ticking when a deadline lies ahead (safe to call on every render). */
  secondsLeft(): number {
    const left = secondsUntil(this.deadline());
    if (left > 0 && !this.timer) {
      this.timer = setInterval(() => {
        this.host.requestUpdate();
        if (secondsUntil(this.deadline()) === 0) this.stop();
      }, 1000);
    }
    return left;
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }
}
