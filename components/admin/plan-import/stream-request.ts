import { NDJSON, type ImportEvent } from "@/lib/plan-spreadsheet/progress-events";

export type StreamHandlers = {
  progress(phase: string, percent: number): void;
  done(url: string): void;
  refused(message: string | null): void;
};

/**
 * Posts a form and follows the server's progress lines as they arrive. XMLHttpRequest rather than
 * fetch: it reports the upload's own progress too, the first part of the bar.
 */
export function streamRequest(url: string, body: FormData, on: StreamHandlers): void {
  const xhr = new XMLHttpRequest();
  xhr.open("POST", url);
  xhr.setRequestHeader("Accept", NDJSON);
  let seen = 0;
  let ended = false;
  const handle = (event: ImportEvent) => {
    if (event.type === "progress") on.progress(event.phase, event.percent);
    else {
      ended = true;
      if (event.type === "done") on.done(event.url);
      else on.refused(event.message);
    }
  };
  const consume = () => {
    const text = xhr.responseText;
    for (let nl = text.indexOf("\n", seen); nl >= 0; nl = text.indexOf("\n", seen)) {
      const line = text.slice(seen, nl);
      seen = nl + 1;
      if (line.trim()) handle(JSON.parse(line) as ImportEvent);
    }
  };
  xhr.upload.onprogress = (e) => {
    if (e.lengthComputable) on.progress("upload", Math.round((10 * e.loaded) / e.total));
  };
  xhr.onprogress = consume;
  xhr.onload = () => {
    consume();
    if (!ended) on.refused(null);
  };
  xhr.onerror = () => on.refused(null);
  xhr.send(body);
}
