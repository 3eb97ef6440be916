import { cliLanguage, parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('reads classify with every option, in any order and in both --opt value and --opt=value forms', () => {
    expect(
      parseArgs([
        '--json',
        'classify',
        '--model',
        'm.json',
        'in.xlsx',
        '--sheet=Klanten 2024',
        '--out',
        'o.xlsx',
        '--force',
        '--lang',
        'en',
      ]),
    ).toEqual({ kind: 'classify', input: 'in.xlsx', model: 'm.json', sheet: 'Klanten 2024', out: 'o.xlsx', json: true, force: true });
  });

  it('leaves optional settings out when they are not given', () => {
    expect(parseArgs(['classify', 'in.xlsx'])).toEqual({ kind: 'classify', input: 'in.xlsx', json: false, force: false });
  });

  it('treats help and version as requests, even next to other arguments', () => {
    expect(parseArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['-h'])).toEqual({ kind: 'help' });
    expect(parseArgs(['classify', 'x.xlsx', '--help'])).toEqual({ kind: 'help' });
    expect(parseArgs(['--version'])).toEqual({ kind: 'version' });
    expect(parseArgs(['-v'])).toEqual({ kind: 'version' });
  });

  it('takes everything after -- as a file name, so a file may start with a dash', () => {
    expect(parseArgs(['classify', '--', '-klanten.xlsx'])).toMatchObject({ kind: 'classify', input: '-klanten.xlsx' });
  });

  it.each([
    [[], 'cli.missingCommand', {}],
    [['klanten.xlsx'], 'cli.unknownCommand', { command: 'klanten.xlsx' }],
    [['classify'], 'cli.missingInput', {}],
    [['classify', 'a.xlsx', 'b.xlsx'], 'cli.extraArgument', { argument: 'b.xlsx' }],
    [['classify', 'a.xlsx', '--modle', 'm.json'], 'cli.unknownOption', { option: '--modle' }],
    [['classify', 'a.xlsx', '--model'], 'cli.missingValue', { option: '--model' }],
    [['classify', 'a.xlsx', '--model', '--json'], 'cli.missingValue', { option: '--model' }],
    [['classify', 'a.xlsx', '--out='], 'cli.missingValue', { option: '--out' }],
    [['classify', 'a.xlsx', '--sheet', 'A', '--sheet', 'B'], 'cli.repeatedOption', { option: '--sheet' }],
    [['classify', 'a.xlsx', '--lang', 'de'], 'cli.badLang', { value: 'de' }],
    [['classify', 'a.xlsx', '--force=yes'], 'cli.unknownOption', { option: '--force=yes' }],
  ])('turns %j into the usage message %s', (argv, code, params) => {
    expect(parseArgs(argv)).toEqual({ kind: 'usage', error: { code, params } });
  });
});

describe('cliLanguage', () => {
  it('is Dutch by default', () => {
    expect(cliLanguage([], {})).toBe('nl');
    expect(cliLanguage([], { LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(cliLanguage([], { LANG: 'de_DE.UTF-8' })).toBe('nl');
    expect(cliLanguage([], { LANG: 'C.UTF-8' })).toBe('nl');
  });

  it('is English when the locale says English, with LC_ALL before LC_MESSAGES before LANG', () => {
    expect(cliLanguage([], { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(cliLanguage([], { LANG: 'en_GB.UTF-8', LC_ALL: 'nl_NL.UTF-8' })).toBe('nl');
    expect(cliLanguage([], { LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
  });

  it('follows --lang over the environment, also when other arguments are wrong', () => {
    expect(cliLanguage(['--lang', 'en', '--bogus'], { LANG: 'nl_NL' })).toBe('en');
    expect(cliLanguage(['--lang=nl'], { LANG: 'en_US' })).toBe('nl');
    expect(cliLanguage(['--', '--lang', 'en'], {})).toBe('nl');
  });
});
