/** Reading server-sent events in tests. */

/** The stream's text up to and including the first `graphChanged` event (or all of it, if it ends first). */
export async function untilGraphChanged(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let text = '';
  while (!text.includes('"graphChanged"')) {
    const { value, done } = await reader.read();
    if (done) break;
    text += decoder.decode(value, { stream: true });
  }
  return text;
}
