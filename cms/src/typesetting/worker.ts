// The worker thread started by queue.ts: typesets one document and posts its bytes back.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { typesetCatalogue, type CatalogueJob } from '../catalogue/typeset';
import { typesetOutcomesReport, type OutcomesReportJob } from '../outcomes/typeset';

export type TypesettingJob = ({ kind: 'catalogue' } & CatalogueJob) | ({ kind: 'outcomes report' } & OutcomesReportJob);

function typeset(job: TypesettingJob): Promise<Uint8Array> {
  return job.kind === 'catalogue' ? typesetCatalogue(job) : typesetOutcomesReport(job);
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  typeset((workerData as { job: TypesettingJob }).job).then(
    (pdf) => port.postMessage({ pdf }, [pdf.buffer as ArrayBuffer]),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}
