/** The pattern contract on corpus files (part 1 of 2; split so the two run in parallel). */
import { describeContract } from './contract';

describeContract(['guacamole.sql', 'listmonk.sql', 'kestra-initial.sql']);
