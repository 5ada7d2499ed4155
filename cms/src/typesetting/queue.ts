// Typesets a PDF in a worker thread (worker.ts): a layout of dozens of pages takes seconds of CPU,
// which the CMS's main thread keeps for requests. The worker also loads the PDF renderer (an ES
// module, with React) with Node's own loader, outside the CMS's start and Jest's loader.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TypesettingJob } from './worker';

/** One typesetting at a time: several documents asked at once (after a change) queue rather than compete for the CPU. */
let queue: Promise<unknown> = Promise.resolve();

export function typesetInWorker(job: TypesettingJob): Promise<Buffer> {
  const run = () =>
    new Promise<Buffer>((resolve, reject) => {
      const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { job } });
      worker.once('message', (message: { pdf?: Uint8Array; error?: string }) => {
        if (message.pdf) resolve(Buffer.from(message.pdf));
        else reject(new Error(`typesetting the ${job.kind} failed: ${message.error}`));
        void worker.terminate();
      });
      worker.once('error', reject);
    });
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}
