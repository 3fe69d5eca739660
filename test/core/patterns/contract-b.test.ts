/** The pattern contract on corpus files (part 2 of 2). */
import { describeContract } from './contract';

describeContract(['temporal.sql', 'synapse-full.sql', 'pagila.sql']);
