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

  it('parseCliArgs leaves the edition unset when not given (the CLI then takes the latest edition present)', () => {
    expect(parseCliArgs(['validate'])).toEqual({ command: 'validate' });
  });

  it('parseCliArgs rejects a bad edition, a missing value, an unknown flag and a stray argument', () => {
    expect(() => parseCliArgs(['build', '--edition', 'latest'])).toThrow('--edition expects a year, got "latest"');
    expect(() => parseCliArgs(['build', '--raw'])).toThrow("Option '--raw <value>' argument missing");
    expect(() => parseCliArgs(['build', '--force', 'x'])).toThrow("Unknown option '--force'");
    expect(() => parseCliArgs(['build', 'x'])).toThrow('unexpected argument "x"');
  });
});
