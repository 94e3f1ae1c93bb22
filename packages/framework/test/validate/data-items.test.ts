import { describe, expect, it } from 'vitest';
import { dataItems, indicatorDefinitions } from '../../src/index.js';

describe('dataItems(definitions)', () => {
  it('lists every numerator and denominator item of the definitions, and the population aged 16–70', () => {
    const items = dataItems();
    const ids = items.map((i) => i.id);
    for (const d of indicatorDefinitions()) {
      expect(ids).toContain(d.numerator.item);
      if (d.denominator && 'item' in d.denominator) expect(ids).toContain(d.denominator.item);
    }
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
    expect(items.find((i) => i.id === 'population-16-70')).toMatchObject({ periodKinds: ['calendar-year'], council: true, scotland: false });
  });

  it('says which items are counted per council area and which for Scotland only', () => {
    // NI9 (confidence-in-justice) has geography ["scotland"]; NI1b (diversion-commenced) ["council", "scotland"]
    expect(dataItems().find((i) => i.id === 'confidence-in-justice')).toEqual({ id: 'confidence-in-justice', periodKinds: ['financial-year'], council: false, scotland: true, indicators: ['NI9'] });
    expect(dataItems().find((i) => i.id === 'diversion-commenced')).toMatchObject({ council: true, scotland: false });
  });

  it('dataItems([]) is empty', () => {
    expect(dataItems([])).toEqual([]);
  });
});
