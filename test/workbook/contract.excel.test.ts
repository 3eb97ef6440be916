import { workbookContract } from './contract';
import { excelAdapter } from './fixtures';

workbookContract(excelAdapter);
