/** Shape of src/generated/action-metadata.ts, generated from actions/<name>/action.yml. */
export interface InputMetadata {
  description: string;
  required: boolean;
  default?: string;
}

export interface ActionMetadataEntry {
  description: string;
  inputs: Record<string, InputMetadata>;
  outputs: Record<string, { description: string }>;
}

export type ActionMetadata = Record<string, ActionMetadataEntry>;

/** A default the runner would evaluate (`${{ github.token }}`) cannot be applied outside it. */
export function usableDefault(meta: InputMetadata | undefined): string | undefined {
  const value = meta?.default;
  return value === undefined || value.includes('${{') ? undefined : value;
}
