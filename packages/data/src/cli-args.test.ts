import { describe, expect, it } from 'vitest';
import { parseCliArgs } from './cli-args.ts';

describe('parseCliArgs', () => {
  it('parseCliArgs reads the command, --edition and --raw in either spelling', () => {
    expect(parseCliArgs(['build', '--edition', '2026', '--raw', '../raw'])).toEqual({
      command: 'build',
      edition: 2026,
      raw: '../raw'
    });
    expect(parseCliArgs(['build', '--edition=2026', '--raw=x'])).toEqual({ command: 'build', edition: 2026, raw: 'x' });
  });

  it('parseCliArgs defaults to edition 2026', () => {
    expect(parseCliArgs(['validate'])).toEqual({ command: 'validate', edition: 2026 });
  });

  it('parseCliArgs rejects a bad edition, a missing value and an unknown flag', () => {
    expect(() => parseCliArgs(['build', '--edition', 'latest'])).toThrow('--edition expects a year, got "latest"');
    expect(() => parseCliArgs(['build', '--raw'])).toThrow('--raw needs a value');
    expect(() => parseCliArgs(['build', '--force', 'x'])).toThrow('unknown option --force');
  });
});
