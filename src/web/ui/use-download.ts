import { useState } from 'react';
import { ApiError, download } from '../api.js';

/**
 * A file the API answers, downloaded on demand: which path is on its way (for the button's spinner)
 * and the server's refusal, or `failure` when the request did not reach it.
 */
export function useDownload(failure = 'Не удалось скачать файл.') {
  const [pending, setPending] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(path: string, fallbackName: string) {
    setPending(path);
    setError(null);
    try {
      await download(path, fallbackName);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : failure);
    } finally {
      setPending(null);
    }
  }
  return { run, pending, error, clearError: () => setError(null) };
}
