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
