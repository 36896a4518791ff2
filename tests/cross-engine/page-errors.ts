import type { Session } from './session.ts';

/** The script errors the page recorded (see the error recorder in server.ts); throws if there are any. */
export async function expectNoPageErrors({ session, where }: { session: Session; where: string }): Promise<void> {
  const errors = await session.run<string[] | null>('return window.__dtrErrors || null');
  if (errors === null) throw new Error(`${where}: the error recorder did not run (no window.__dtrErrors)`);
  if (errors.length) throw new Error(`${where}: ${errors.length} script error(s): ${errors.slice(0, 3).join(' | ')}`);
}
