/** A response body as the port returns it: parsed JSON, null when empty, the text itself when not JSON. */
export const readBody = (text: string): unknown => {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Gateways and proxies answer some errors with HTML or plain text; keep it for the error message.
    return text;
  }
};

/** Headers as a plain object with lower-cased names. */
export const lowerCaseHeaders = (headers: {
  forEach(callback: (value: string, name: string) => void): void;
}): Record<string, string> => {
  const result: Record<string, string> = {};
  headers.forEach((value, name) => {
    result[name.toLowerCase()] = value;
  });
  return result;
};
