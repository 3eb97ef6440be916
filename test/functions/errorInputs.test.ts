/**
 * An error cell in an argument (#N/A in the revenue column) must reach the function, so that the user
 * gets a message naming the argument and the cell instead of a bare error. Excel only passes errors when
 * the metadata allows it; these tests run the real generator plus the build's options and let the test
 * runtime decide, as Excel would, whether the function is called at all.
 */
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { abcklasse, klantscore } from '../../src/functions/functions';
import { localizeMetadata } from '../../src/functions/metadataLocale';
import { withMetadataOptions } from '../../src/functions/metadataOptions';
import { callAsExcel, errorAt, inputError, type ExcelMetadata } from './excelRuntime';

const SOURCE = path.resolve(__dirname, '../../src/functions/functions.ts');
let generatedJson: string;

beforeAll(async () => {
  generatedJson = (await generateCustomFunctionsMetadata(SOURCE)).metadataJson;
});

const built = (): ExcelMetadata => JSON.parse(withMetadataOptions(generatedJson)) as ExcelMetadata;
const COLUMN_WITH_NA = [[50], [inputError('#N/A')], [30]];

describe('error inputs', () => {
  it('sets allowErrorForDataTypeAny at the top level of the Dutch and the English metadata', () => {
    const dutch = JSON.parse(withMetadataOptions(generatedJson)) as Record<string, unknown>;
    const english = JSON.parse(localizeMetadata(withMetadataOptions(generatedJson), 'en')) as Record<string, unknown>;
    for (const file of [dutch, english]) {
      expect(file.allowErrorForDataTypeAny).toBe(true);
      expect(Array.isArray(file.functions)).toBe(true);
    }
  });

  it('without the switch, Excel answers with the bare input error and never calls the function', () => {
    const plain = JSON.parse(generatedJson) as ExcelMetadata;
    expect(plain.allowErrorForDataTypeAny).toBeUndefined();
    const e = errorAt(callAsExcel(plain, 'ABCKLASSE', abcklasse, [[[50]], COLUMN_WITH_NA]));
    expect(e.code).toBe('#N/A');
    expect(e.message).toBeUndefined();
  });

  it('with the built metadata, an #N/A in alle_waarden gives an error whose message names argument and cell', () => {
    const e = errorAt(callAsExcel(built(), 'ABCKLASSE', abcklasse, [[[50]], COLUMN_WITH_NA]));
    expect(e.code).toBe('#N/A');
    expect(e.message).toBe('KW.ABCKLASSE, alle_waarden (rij 2, kolom 1): bevat de fout #N/A.');
  });

  it('with the built metadata, a #DIV/0! score is named in its own cell of the spill', () => {
    const result = callAsExcel(built(), 'KLANTSCORE', klantscore, [
      [
        [3, 2],
        [inputError('#DIV/0!'), 1],
      ],
      [[1, 1]],
    ]);
    expect(result[0]).toEqual([5]);
    expect(errorAt(result, 1).code).toBe('#DIV/0!');
  });
});
