/**
 * Runs a CLI's main and sets the exit code: main's own, or 1 when it throws, after printing the error (each error of
 * an AggregateError on its own line, after its summary). The one exit tail of every CLI in the repository.
 */
export function runMain({ main, argv }: { main: (argv: string[]) => Promise<number>; argv: string[] }): Promise<void> {
  return main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const list = error instanceof AggregateError ? error.errors : [error];
      if (error instanceof AggregateError) console.error(error.message);
      for (const item of list) console.error(item instanceof Error ? item.message : String(item));
      process.exitCode = 1;
    }
  );
}
