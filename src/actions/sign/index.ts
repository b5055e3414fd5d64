/** The sign action's bundle entry (`main:` in actions/sign/action.yml). */
import { run } from './main.js';

await run();
