/** A clock that runs with real time but can be moved forward: for tests, rehearsals and browser journeys. */
export class SettableClock {
  private offsetMs = 0;
  now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  advanceHours(hours: number): void {
    this.advance(hours * 3_600_000);
  }
  advanceDays(days: number): void {
    this.advance(days * 86_400_000);
  }
}
