/**
 * Per-workbook key/value storage: Office.context.document.settings in Excel (saved inside the
 * workbook), a Map in tests.
 */
export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  remove(key: string): void;
  /** Persists the pending changes into the document. */
  save(): Promise<void>;
}

/** The host's document settings; throws when Office.js is absent. */
export function hostDocumentSettings(): DocumentSettings {
  if (typeof Office === "undefined" || !Office.context?.document?.settings) {
    throw new Error("Office document settings are unavailable (open this page inside Excel)");
  }
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    remove: (key) => settings.remove(key),
    save: () =>
      new Promise<void>((resolve, reject) =>
        settings.saveAsync((result) =>
          result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error("saving the add-in settings failed", { cause: result.error })),
        ),
      ),
  };
}

/** Settings kept in memory (tests, and hosts without document settings). */
export function memorySettings(initial: Readonly<Record<string, unknown>> = {}): DocumentSettings & { readonly saved: Map<string, unknown> } {
  const pending = new Map<string, unknown>(Object.entries(initial));
  const saved = new Map<string, unknown>(pending);
  return {
    saved,
    get: (key) => pending.get(key),
    set: (key, value) => void pending.set(key, value),
    remove: (key) => void pending.delete(key),
    save: async () => {
      saved.clear();
      for (const [k, v] of pending) saved.set(k, v);
    },
  };
}
