// Typesets a PDF in a worker thread (worker.ts): a layout of dozens of pages takes seconds of CPU,
// which the CMS's main thread keeps for requests. The worker also loads the PDF renderer (an ES
// module, with React) with Node's own loader, outside the CMS's start and Jest's loader.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TypesettingJob } from './worker';

export interface Typesetting {
  pdf: Promise<Buffer>;
  /** Moves a job typeset ahead of need to the front, when someone is now waiting for it. */
  hurry: () => void;
}

interface Waiting {
  start: () => void;
  urgent: boolean;
}

/**
 * One typesetting at a time: several documents asked at once (after a change) queue rather than
 * compete for the CPU. What someone is waiting for goes before what is typeset ahead of need.
 */
const waiting: Waiting[] = [];
let busy = false;

function startNext() {
  if (busy) return;
  const index = waiting.findIndex((job) => job.urgent);
  const [next] = waiting.splice(index === -1 ? 0 : index, 1);
  if (!next) return;
  busy = true;
  next.start();
}

function runWorker(job: TypesettingJob): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { job } });
    worker.unref(); // a job typeset ahead of need does not keep a stopping CMS alive
    worker.once('message', (message: { pdf?: Uint8Array; error?: string }) => {
      if (message.pdf) resolve(Buffer.from(message.pdf));
      else reject(new Error(`typesetting the ${job.kind} failed: ${message.error}`));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Queues a job: `urgent` when a visitor waits for it, otherwise after every urgent one. */
export function queueTypesetting(job: TypesettingJob, { urgent }: { urgent: boolean }): Typesetting {
  let entry: Waiting | undefined;
  const pdf = new Promise<Buffer>((resolve, reject) => {
    entry = {
      urgent,
      start: () =>
        runWorker(job)
          .then(resolve, reject)
          .finally(() => {
            busy = false;
            startNext();
          }),
    };
  });
  waiting.push(entry!);
  startNext();
  return { pdf, hurry: () => void (entry!.urgent = true) };
}

/** Typesets a document someone is waiting for. */
export const typesetInWorker = (job: TypesettingJob): Promise<Buffer> => queueTypesetting(job, { urgent: true }).pdf;
