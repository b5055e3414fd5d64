/** The certificate action's bundle entry (`main:` and `post:` in actions/certificate/action.yml). */
import { run } from './main.js';

await run();
