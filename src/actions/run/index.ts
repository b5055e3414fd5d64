/** The run action's bundle entry (`main:` in actions/run/action.yml). */
import { run } from './main.js';

await run();
