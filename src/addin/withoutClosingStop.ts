/**
 * `text` without the punctuation that closes it (full stops, a trailing semicolon, comma or colon,
 * and the spaces after them), for a sentence of ours to close it instead: a message that ends its
 * own sentence ("…后再评估。", "…then evaluate.") set inside ours ("{first}。请点击…") would read
 * "。。" or "..". An ellipsis, a bracket or a quote that closes the text is kept.
 *
 * @example withoutClosingStop("请在“评估设置”中核对列对应关系后再评估。") // "请在“评估设置”中核对列对应关系后再评估"
 * @example withoutClosingStop("Choose a profile, then evaluate. ") // "Choose a profile, then evaluate"
 * @example withoutClosingStop("（应为 A1:K40 这样的形式）") // unchanged
 */
export function withoutClosingStop(text: string): string {
  if (/(\.\.\.|…)\s*$/u.test(text)) return text.trimEnd();
  return text.replace(/[\s.。．!！;；,，:：]+$/u, "");
}
