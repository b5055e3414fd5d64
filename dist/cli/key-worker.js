// The key worker pool's script (see keyWorkerUrl): the bundled worker is in ./key-worker/.
import './key-worker/index.js';
