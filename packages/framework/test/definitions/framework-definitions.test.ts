import { describe, expect, it } from 'vitest';
import {
  FRAMEWORK_VERSION,
  FrameworkError,
  PROVISIONAL_LABEL,
  frameworkDefinitions,
  frameworkVersions,
  indicatorDefinition,
  indicatorDefinitions,
  loadIndicatorDefinitions,
  messages,
  readDefinitionsFolder,
} from '../../src/index.js';

const fixture = (name: string) => new URL(`../fixtures/${name}/`, import.meta.url);

describe('frameworkDefinitions()', () => {
  it('frameworkVersions() lists cjpf-2023', () => {
    expect(frameworkVersions()).toEqual(['cjpf-2023']);
    expect(FRAMEWORK_VERSION).toBe('cjpf-2023');
  });

  it('has the 4 strategy aims and the 9 nationally determined outcomes, verbatim', () => {
    const f = frameworkDefinitions();
    expect(f.aims.map((a) => a.aim)).toEqual([1, 2, 3, 4]);
    // domain.md §1.2 (CONFIRMED)
    expect(f.aims[0].wording).toBe('Optimise the use of diversion and intervention at the earliest opportunity');
    expect(f.outcomes.map((o) => o.outcome)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // domain.md §1.3 (CONFIRMED verbatim)
    expect(f.outcomes[0].wording).toBe('More people successfully complete diversion from prosecution');
    expect(f.outcomes[8].wording).toBe(
      'More people across the workforce and in the community understand, and have confidence in, community justice',
    );
  });

  it('has the national indicator ids of the contract, in display order', () => {
    expect(indicatorDefinitions({ kind: 'national' }).map((d) => d.id)).toEqual([
      'NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c', 'NI4', 'NI5', 'NI6', 'NI7', 'NI8', 'NI9', 'NI10',
    ]);
  });

  it('has every supporting measure id of the contract', () => {
    const ids = indicatorDefinitions({ kind: 'supporting' }).map((d) => d.id);
    for (const id of [
      'SM-diversion-progression', 'SM-diversion-completion', 'SM-diversion-rate', 'SM-bail-supervision-rate', 'SM-cpo-rate',
      'SM-cpo-completion', 'SM-dtto-commenced', 'SM-reconviction-rate', 'SM-average-reconvictions', 'SM-custody-referral-rate',
      'SM-throughcare-rate',
    ]) expect(ids).toContain(id);
  });

  it('keeps the wording of indicators 1–3 exactly as read in CJPF page 8 (domain.md §1.4)', () => {
    expect(indicatorDefinition('NI1a').wording).toBe(
      'Number of diversion from prosecution: • assessments undertaken • cases commenced • cases successfully completed',
    );
    expect(indicatorDefinition('NI2').wording).toBe('Number of: • referrals from custody centres');
    expect(indicatorDefinition('NI3c').wording).toBe(
      'Number of: • assessment reports for bail suitability • bail supervision cases commenced • bail supervision cases completed',
    );
    for (const id of ['NI1a', 'NI1b', 'NI1c', 'NI2', 'NI3a', 'NI3b', 'NI3c']) {
      expect(indicatorDefinition(id).confirmation.status).toBe('confirmed');
    }
  });

  it('marks indicators 4–10 provisional (domain.md: UNCONFIRMED)', () => {
    for (const id of ['NI4', 'NI5', 'NI6', 'NI7', 'NI8', 'NI9', 'NI10']) {
      expect(indicatorDefinition(id).confirmation.status).toBe('provisional');
    }
    expect(indicatorDefinition('NI10').polarity).toBe('low-is-good');
  });

  it('gives rates per 10,000 population aged 16–70', () => {
    const d = indicatorDefinition('SM-cpo-rate');
    expect(d.measure).toBe('rate');
    expect(d.multiplier).toBe(10000);
    expect(d.denominator).toEqual(expect.objectContaining({ population: '16-70' }));
  });

  it('indicatorDefinition(id) suggests the nearest ids for an unknown one', () => {
    expect(() => indicatorDefinition('NI11')).toThrow(FrameworkError);
    expect(() => indicatorDefinition('NI11')).toThrow(messages.unknownIndicator('NI11', ['NI10', 'NI1a', 'NI1b']));
  });

  it('frameworkDefinitions(version) rejects an unknown version', () => {
    expect(() => frameworkDefinitions('cjpf-2099')).toThrow(messages.unknownVersion('cjpf-2099', ['cjpf-2023']));
  });

  it('every provisional definition can be labelled', () => {
    expect(PROVISIONAL_LABEL).toMatch(/^Provisional/);
  });
});

describe('loadIndicatorDefinitions(dir)', () => {
  it('adds a partnership\'s local indicators to the framework set', () => {
    const defs = loadIndicatorDefinitions(fixture('local-indicators'));
    expect(defs.length).toBe(indicatorDefinitions().length + 1);
    const local = defs.find((d) => d.id === 'LOCAL-unpaid-work')!;
    expect(local.kind).toBe('local');
    expect(local.pandemicPeriods).toEqual(['2020-21', '2021-22']);
  });

  it('withFramework: false returns the folder\'s definitions only', () => {
    expect(loadIndicatorDefinitions(fixture('local-indicators'), { withFramework: false }).map((d) => d.id)).toEqual(['LOCAL-unpaid-work']);
  });

  it('rejects a definition that fails the schema, naming the file and problem', () => {
    expect(() => readDefinitionsFolder(fixture('bad-indicators'))).toThrow(
      messages.invalidDefinition('BAD.json', 'denominator: a rate needs a population denominator ({"population": "16-70"})'),
    );
  });

  it('rejects a missing folder', () => {
    expect(() => loadIndicatorDefinitions('/no/such/folder')).toThrow(messages.definitionsDirMissing('/no/such/folder'));
  });
});
