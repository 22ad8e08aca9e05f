// Live score of the self-assessment form: the form is posted (with its antiforgery token) to the web app, which
// scores it with the scoring library; without JavaScript the "Tính điểm" button does the same with a page load.
(function () {
  const form = document.querySelector('form[data-score-url]');
  if (!form) return;
  let timer = null, running = null;
  const apply = (data) => {
    const total = document.getElementById('score-total');
    if (total) total.textContent = data.total ?? '–';
    document.querySelectorAll('[data-points]').forEach((el) => {
      el.textContent = (data.points && data.points[el.dataset.points]) ?? '–';
    });
    document.querySelectorAll('.field-error.live').forEach((el) => el.remove());
    Object.entries(data.errors || {}).forEach(([id, messages]) => {
      const host = document.querySelector(`[data-criterion="${CSS.escape(id)}"]`) || form;
      messages.forEach((m) => {
        const div = document.createElement('div');
        div.className = 'field-error live';
        div.textContent = m;
        host.appendChild(div);
      });
    });
    form.dataset.scored = String(Date.now());
  };
  const score = () => {
    if (running) running.abort();
    running = new AbortController();
    fetch(form.dataset.scoreUrl, { method: 'POST', body: new FormData(form), signal: running.signal, credentials: 'same-origin' })
      .then((r) => (r.ok ? r.json() : null))
      .then((data) => { if (data) apply(data); })
      .catch(() => { /* the submit button still scores on the server */ });
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(score, 250); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(score, 50); });
})();

// The ballot page: a slip's QR code opens /bo-phieu#ma=CODE. The fragment never reaches a server; it is copied into
// the code field and dropped from the address bar and history. Without JavaScript the code is typed.
(function () {
  const field = document.getElementById('ballot-code');
  const found = /^#ma=([A-Za-z0-9-]{4,32})$/.exec(location.hash);
  if (!field || !found) return;
  field.value = found[1].toUpperCase();
  history.replaceState(null, '', location.pathname + location.search);
  document.getElementById('open-ballot')?.focus();
})();
