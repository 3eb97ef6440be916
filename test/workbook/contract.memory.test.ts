import { workbookContract } from './contract';
import { memoryAdapter } from './fixtures';

workbookContract(memoryAdapter);
