import { coordinationVariants, withConnectorKey } from '../../../src/detection/coordination';
import { CONNECTOR_KEY, tokenize } from '../../../src/detection/normalize';

const variants = (name: string): string[] => {
  const tokens = tokenize(name);
  const keys = withConnectorKey(tokens.map((t) => t.key));
  return coordinationVariants(
    keys,
    tokens.map((t) => t.suspended),
  ).map((v) => v.join(' ').replace(CONNECTOR_KEY, '+'));
};

describe('coordinated compounds in registry names', () => {
  it('every connector after the first word is one key', () => {
    expect(withConnectorKey(['sosiaali', 'ja', 'terveys'])).toEqual(['sosiaali', CONNECTOR_KEY, 'terveys']);
    expect(withConnectorKey(['mäkelä', '&', 'virta'])).toEqual(['mäkelä', CONNECTOR_KEY, 'virta']);
    expect(withConnectorKey(['samt', 'x'])).toEqual(['samt', 'x']);
  });

  it('spells a suspended compound out at every possible boundary of the shared part', () => {
    const out = variants('sosiaali- ja terveyspalvelujen kuntayhtymä');
    expect(out).toContain('sosiaalipalvelujen + terveyspalvelujen kuntayhtymä');
    expect(out).not.toContain('sosiaali + terveyspalvelujen kuntayhtymä');
    expect(variants('Arbets-, närings- och trafikbyrån')).toContain('arbetsbyrån näringsbyrån + trafikbyrån');
  });

  it('gives a name registered spelled out its suspended form, the linking s kept either way', () => {
    expect(variants('sosiaalipalvelujen ja terveyspalvelujen kuntayhtymä')).toEqual(['sosiaali + terveyspalvelujen kuntayhtymä']);
    expect(variants('arbetsbyrån och näringsbyrån')).toEqual(['arbet + näringsbyrån', 'arbets + näringsbyrån']);
  });

  it('leaves names without coordination alone', () => {
    expect(variants('Järvi-Pohjan hyvinvointialue')).toEqual([]);
    expect(variants('Mäkelä & Virta Ky')).toEqual([]);
  });
});
