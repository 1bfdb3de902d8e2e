/** GETs a JSON route of the API; a non-2xx answer throws an Error carrying the API's message. */
export async function getJson(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    for (const v of [].concat(value)) {
      if (v !== '' && v !== null && v !== undefined) query.append(name, v);
    }
  }
  const response = await fetch(path + (query.size || [...query].length ? '?' + query : ''));
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `error ${response.status}`);
  return body;
}
