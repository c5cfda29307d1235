/** A text the stand-in sent (outbound) or was sent by a person trying the flow (inbound). */
export interface StoredText {
  id: string;
  direction: "outbound" | "inbound";
  to: string;
  from: string;
  body: string;
  at: string;
  /** SENT, then DELIVERED or UNREACHABLE; RECEIVED for a reply. */
  status: string;
  context?: Record<string, string>;
}

const html = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

/** The words, htmld, with their links made into links. */
function words(body: string) {
  return body
    .split(/(https?:\/\/[^\s<>"']+)/)
    .map((part, i) => (i % 2 ? `<a href="${html(part)}">${html(part)}</a>` : html(part)))
    .join("");
}

const row = (t: StoredText) => `<tr>
<td><time datetime="${html(t.at)}">${html(t.at.replace("T", " ").slice(0, 19))}</time></td>
<td>${t.direction === "inbound" ? "in" : "out"}</td>
<td>${html(t.to)}</td><td>${html(t.from)}</td><td>${html(t.status)}</td>
<td style="white-space: pre-wrap">${words(t.body)}</td></tr>`;

export function viewerPage(texts: StoredText[], unreachable: string[]) {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="5">
<title>Text messages (local)</title>
<style>body{font-family:system-ui,sans-serif;margin:1rem}table{border-collapse:collapse}
th,td{border:1px solid #888;padding:.3rem;text-align:left;vertical-align:top}
form{margin:.5rem 0}label{margin-right:.5rem}</style></head>
<body><main>
<h1>Text messages (local)</h1>
<p>Every text the system sends, newest first. The page refreshes every 5 seconds.</p>
${
  texts.length
    ? `<table><caption>Texts</caption><thead><tr><th scope="col">Time</th><th scope="col">Direction</th>
<th scope="col">To</th><th scope="col">From</th><th scope="col">Status</th><th scope="col">Words</th>
</tr></thead><tbody>${[...texts].reverse().map(row).join("")}</tbody></table>`
    : "<p>No texts yet.</p>"
}
<h2>Reply as a person</h2>
<form method="post" action="/reply">
<label>From <input name="from" required placeholder="+358401234567" autocomplete="off"></label>
<label>Words <input name="body" required placeholder="STOP"></label>
<button type="submit">Send reply</button></form>
<h2>Numbers the network cannot reach</h2>
<p>${unreachable.length ? unreachable.map(html).join(", ") : "None."} A text to one of these is reported UNREACHABLE.</p>
<form method="post" action="/unreachable">
<label>Number <input name="number" required placeholder="+358401234567" autocomplete="off"></label>
<button type="submit">Mark unreachable</button></form>
</main></body></html>`;
}
