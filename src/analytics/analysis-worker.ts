/** The analysis worker thread: runs one job per message (analysis-job.ts). */
import { parentPort } from 'node:worker_threads';
import { runJob, type AnalysisJob } from './analysis-job.js';

parentPort!.on('message', (job: AnalysisJob) => {
  try {
    parentPort!.postMessage({ ok: runJob(job) });
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
