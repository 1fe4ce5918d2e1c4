/**
 * Media types of the two manifest families registries accept. An image keeps its base's family: a Docker
 * v2 schema 2 base gets Docker layer types, an OCI base (or scratch) OCI types, because some registries
 * reject manifests that mix them.
 */
export type MediaFamily = 'oci' | 'docker';

export const MEDIA = {
  ociManifest: 'application/vnd.oci.image.manifest.v1+json',
  ociIndex: 'application/vnd.oci.image.index.v1+json',
  ociConfig: 'application/vnd.oci.image.config.v1+json',
  ociLayer: 'application/vnd.oci.image.layer.v1.tar',
  ociLayerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
  dockerManifest: 'application/vnd.docker.distribution.manifest.v2+json',
  dockerList: 'application/vnd.docker.distribution.manifest.list.v2+json',
  dockerConfig: 'application/vnd.docker.container.image.v1+json',
  dockerLayer: 'application/vnd.docker.image.rootfs.diff.tar',
  dockerLayerGzip: 'application/vnd.docker.image.rootfs.diff.tar.gzip',
} as const;

/** Accept header for manifest GETs: every manifest and index type we can read. */
export const MANIFEST_ACCEPT = [
  MEDIA.ociIndex,
  MEDIA.ociManifest,
  MEDIA.dockerList,
  MEDIA.dockerManifest,
].join(', ');

export function isIndexType(mediaType: string): boolean {
  return mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList;
}

export function familyOf(mediaType: string): MediaFamily {
  return mediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci';
}

export function manifestType(family: MediaFamily): string {
  return family === 'docker' ? MEDIA.dockerManifest : MEDIA.ociManifest;
}

export function indexType(family: MediaFamily): string {
  return family === 'docker' ? MEDIA.dockerList : MEDIA.ociIndex;
}

export function configType(family: MediaFamily): string {
  return family === 'docker' ? MEDIA.dockerConfig : MEDIA.ociConfig;
}

export function layerType(family: MediaFamily, gzip: boolean): string {
  if (family === 'docker') return gzip ? MEDIA.dockerLayerGzip : MEDIA.dockerLayer;
  return gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayer;
}

/** An OCI content descriptor (also the shape of Docker v2 descriptors). */
export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  platform?: Platform;
  annotations?: Record<string, string>;
}

export interface Platform {
  architecture: string;
  os: string;
  variant?: string;
}

/** `linux/arm64/v8` → { os, architecture, variant }. */
export function formatPlatform(p: Platform): string {
  return [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/');
}
