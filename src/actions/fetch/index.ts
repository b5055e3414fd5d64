/** The fetch action's bundle entry (`main:` and `post:` in action.yml). */
import { run } from './main.js';

await run();
