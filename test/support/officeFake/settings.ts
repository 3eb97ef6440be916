import type * as Xl from '../../../src/workbook/excel/api';
import { FakeObject, unknownProperty } from './base';
import type { FakeContext } from './context';
import { FakeOfficeError } from './errors';

export class FakeSetting extends FakeObject<string> implements Xl.XlSetting {
  protected readProperty(name: string): { value: unknown } {
    if (name === 'value') return { value: this.ctx.memory.settings.get(this.resolved()) };
    return unknownProperty(name);
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  get value(): any {
    return this.loadedValue('value');
  }

  delete(): void {
    this.change(['setting.delete'], (key) => {
      this.ctx.memory.settings.delete(key);
    });
  }
}

export class FakeSettingCollection implements Xl.XlSettingCollection {
  constructor(private readonly ctx: FakeContext) {}

  add(key: string, value: string): FakeSetting {
    return new FakeSetting(this.ctx, {
      request: ['settings.add', key, value],
      writes: true,
      resolve: () => {
        if (typeof value !== 'string') throw new FakeOfficeError('InvalidArgument', 'The fake stores text settings only.');
        this.ctx.memory.settings.set(key, value);
        return key;
      },
    });
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.ctx, {
      request: ['settings.getItem', key],
      resolve: () => {
        if (!this.ctx.memory.settings.has(key)) throw new FakeOfficeError('ItemNotFound', `There is no setting "${key}".`);
        return key;
      },
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, {
      request: ['settings.getItemOrNullObject', key],
      resolve: () => (this.ctx.memory.settings.has(key) ? key : null),
    });
  }
}
