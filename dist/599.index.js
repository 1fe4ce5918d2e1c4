export const id = 599;
export const ids = [599];
export const modules = {

/***/ 9593:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ registryCredentials),
/* harmony export */   s: () => (/* binding */ cliRegistryCredentials)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/**
 * Registry credentials as the image actions take them: `registry-username` / `registry-password` as given;
 * for ghcr.io only, the workflow actor and the GitHub token by default (the token never goes to any other
 * registry). The password is masked.
 */
function registryCredentials(ctx, registry, given) {
    const ghcr = registry === 'ghcr.io';
    const username = given.username ?? (ghcr ? ctx.env.actor : undefined);
    const githubToken = ctx.token(given.githubToken);
    const password = given.password ?? (ghcr ? githubToken : undefined);
    if (password)
        ctx.host.setSecret(password);
    if (password && !username) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1("Input 'registry-username' is required when 'registry-password' is given.");
    }
    return username && password ? { username, password } : undefined;
}
/**
 * Registry credentials for a CLI command (no action context): the flags, else MLOPS_REGISTRY_USERNAME /
 * MLOPS_REGISTRY_PASSWORD (so a password need not be on the command line), else for ghcr.io only
 * GITHUB_ACTOR and GITHUB_TOKEN (as the actions default).
 */
function cliRegistryCredentials(registry, given, env = process.env) {
    const ghcr = registry === 'ghcr.io';
    const username = given.username || env.MLOPS_REGISTRY_USERNAME || (ghcr ? env.GITHUB_ACTOR : undefined) || undefined;
    const password = given.password || env.MLOPS_REGISTRY_PASSWORD || (ghcr ? env.GITHUB_TOKEN : undefined) || undefined;
    if (password && !username) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1('--registry-username (or MLOPS_REGISTRY_USERNAME) is required when a registry password is given.');
    }
    return username && password ? { username, password } : undefined;
}


/***/ }),

/***/ 4526:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dz: () => (/* binding */ fetchConfig),
/* harmony export */   EV: () => (/* binding */ scratchBase),
/* harmony export */   FL: () => (/* binding */ parsePlatform),
/* harmony export */   s1: () => (/* binding */ fetchBaseImages)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _blob_store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2480);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5679);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3591);




/** `linux/arm64/v8` → Platform; refuses anything else with the input named. */
function parsePlatform(text) {
    const parts = text.trim().split('/');
    if (parts.length < 2 || parts.length > 3 || parts.some((p) => !/^[a-z0-9_]+$/.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'platform': '${text}' is not os/architecture[/variant], e.g. linux/amd64.`);
    }
    return { os: parts[0], architecture: parts[1], ...(parts[2] ? { variant: parts[2] } : {}) };
}
function scratchBase(platform) {
    return { family: 'oci', platform, layers: [], config: undefined, source: undefined };
}
function matches(candidate, wanted) {
    if (!candidate || candidate.os !== wanted.os || candidate.architecture !== wanted.architecture)
        return false;
    // arm64 images often omit the v8 variant; accept a missing variant on either side.
    return !wanted.variant || !candidate.variant || candidate.variant === wanted.variant;
}
/** Fetch a base image for each platform: index → the platform's manifest → config. */
async function fetchBaseImages(ref, client, platforms) {
    const top = await client.getManifest(ref.repository, ref.digest ?? ref.tag ?? 'latest', _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_ACCEPT */ .dY);
    const topJson = JSON.parse(top.bytes.toString('utf8'));
    const results = [];
    for (const platform of platforms) {
        let manifest = topJson;
        let mediaType = top.mediaType;
        if ((0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .isIndexType */ .$U)(top.mediaType) || topJson.manifests) {
            const child = (topJson.manifests ?? []).find((m) => matches(m.platform, platform));
            if (!child) {
                const offered = (topJson.manifests ?? []).flatMap((m) => m.platform ? [(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(m.platform)] : []);
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'base-image': ${ref.registry}/${ref.repository} has no image for platform ${(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)} (it offers ${offered.join(', ') || 'none'}). Choose another base image or platform.`);
            }
            const fetched = await client.getManifest(ref.repository, child.digest, _media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .MANIFEST_ACCEPT */ .dY);
            manifest = JSON.parse(fetched.bytes.toString('utf8'));
            mediaType = fetched.mediaType || child.mediaType;
        }
        if (!manifest.config || !manifest.layers) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'base-image': ${ref.registry}/${ref.repository} is not an image manifest (${mediaType}).`);
        }
        const config = await fetchConfig(client, ref.repository, manifest.config.digest);
        const configPlatform = {
            os: text(config.os),
            architecture: text(config.architecture),
            ...(text(config.variant) ? { variant: text(config.variant) } : {}),
        };
        if (!matches(configPlatform, platform)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input 'base-image': ${ref.registry}/${ref.repository} is ${(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(configPlatform)}, not ${(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(platform)}; use a multi-platform base or set platform: ${(0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .formatPlatform */ .Bq)(configPlatform)}.`);
        }
        results.push({
            family: (0,_media_types_js__WEBPACK_IMPORTED_MODULE_3__/* .familyOf */ .Ap)(mediaType),
            platform,
            layers: manifest.layers,
            config,
            source: { ref, client },
        });
    }
    return results;
}
const text = (value) => (typeof value === 'string' ? value : '');
/** An image config blob, verified against its digest (`what` names it in errors). */
async function fetchConfig(client, repo, digest, what = 'reading the base image config') {
    let response = await client.send('GET', `/v2/${repo}/blobs/${digest}`);
    const location = (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .header */ .wx)(response.headers, 'location');
    if (response.status >= 300 && response.status < 400 && location) {
        // Blob storage elsewhere (ghcr.io → its CDN): follow without the registry's credentials.
        response = await (0,_http_js__WEBPACK_IMPORTED_MODULE_2__/* .httpSend */ .v0)({ method: 'GET', url: new URL(location, response.url).toString() });
    }
    if (response.status !== 200 || (0,_blob_store_js__WEBPACK_IMPORTED_MODULE_1__/* .sha256Digest */ .s)(response.body) !== digest)
        return client.fail(what, repo, response, false);
    return JSON.parse(response.body.toString('utf8'));
}


/***/ }),

/***/ 2480:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ BlobStore),
/* harmony export */   s: () => (/* binding */ sha256Digest)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);



/** sha256 digest of bytes, `sha256:<hex>`. */
function sha256Digest(bytes) {
    return `sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex')}`;
}
/**
 * Content-addressed blobs on disk (`<dir>/sha256/<hex>`), the layout of an OCI image layout's `blobs/`.
 * Blobs are written to a temporary file while hashed and renamed into place once complete, so a blob
 * path never holds partial content.
 */
class BlobStore {
    dir;
    constructor(dir) {
        this.dir = dir;
    }
    path(digest) {
        const [algorithm, hex] = digest.split(':');
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, algorithm, hex);
    }
    async size(digest) {
        try {
            return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(this.path(digest))).size;
        }
        catch (error) {
            if (error.code === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async createTemp() {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'sha256'), { recursive: true });
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'sha256', `.tmp-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(8).toString('hex')}`);
        return { path, handle: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, 'wx') };
    }
    /** Move a finished temporary file to its digest's path (same content already there is fine). */
    async commit(tempPath, digest) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(tempPath, this.path(digest));
    }
    async discard(tempPath) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(tempPath, { force: true });
    }
    async putBytes(bytes) {
        const digest = sha256Digest(bytes);
        if ((await this.size(digest)) === bytes.length)
            return digest;
        const temp = await this.createTemp();
        try {
            await temp.handle.writeFile(bytes);
            await temp.handle.close();
            await this.commit(temp.path, digest);
        }
        catch (error) {
            await temp.handle.close().catch(() => undefined);
            await this.discard(temp.path);
            throw error;
        }
        return digest;
    }
}


/***/ }),

/***/ 5679:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   ZQ: () => (/* binding */ httpStream),
/* harmony export */   v0: () => (/* binding */ httpSend),
/* harmony export */   wx: () => (/* binding */ header)
/* harmony export */ });
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);


/** A failure below HTTP (refused, reset, timed out): worth a retry, and reported with its code. */
class NetworkError extends Error {
    code;
    name = 'NetworkError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/** Send a request; the response body is left as a stream. Uses node:http(s) so bodies stream with a known length. */
function httpStream(req) {
    const url = new URL(req.url);
    const send = url.protocol === 'https:' ? node_https__WEBPACK_IMPORTED_MODULE_1__.request : node_http__WEBPACK_IMPORTED_MODULE_0__.request;
    const headers = { 'User-Agent': 'mlops-actions', ...req.headers };
    if (req.body !== undefined)
        headers['Content-Length'] = String(req.body.length);
    return new Promise((resolve, reject) => {
        const fail = (error) => reject(new NetworkError(`${req.method} ${url.origin}${url.pathname}: ${error.message}`, error.code));
        const outgoing = send(url, { method: req.method, headers, timeout: req.timeoutMs ?? 120_000 }, (response) => resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            url: req.url,
            stream: response,
        }));
        outgoing.on('error', fail);
        outgoing.on('timeout', () => outgoing.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
        const body = req.body;
        if (body === undefined)
            outgoing.end();
        else if (body instanceof Uint8Array)
            outgoing.end(body);
        else {
            const source = body.open();
            source.on('error', (error) => outgoing.destroy(error));
            source.pipe(outgoing);
        }
    });
}
/** Send a request and read the whole (small: manifests, configs, errors) response body. */
async function httpSend(req, maxBytes = 64 * 1024 * 1024) {
    const response = await httpStream(req);
    const chunks = [];
    let total = 0;
    try {
        for await (const chunk of response.stream) {
            total += chunk.length;
            if (total > maxBytes) {
                response.stream.destroy();
                throw new NetworkError(`${req.method} ${req.url}: response larger than ${maxBytes} bytes`, 'ETOOBIG');
            }
            chunks.push(chunk);
        }
    }
    catch (error) {
        if (error instanceof NetworkError)
            throw error;
        const e = error;
        throw new NetworkError(`${req.method} ${req.url}: ${e.message}`, e.code);
    }
    return {
        status: response.status,
        headers: response.headers,
        url: response.url,
        body: Buffer.concat(chunks),
    };
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}


/***/ }),

/***/ 2203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oq: () => (/* binding */ labelledChild),
/* harmony export */   sF: () => (/* binding */ configLabels),
/* harmony export */   uy: () => (/* binding */ registryImageInspector)
/* harmony export */ });
/* harmony import */ var _base_image_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4526);
/* harmony import */ var _media_types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3591);
/* harmony import */ var _oci_reference_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7246);
/* harmony import */ var _registry_client_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1478);
/**
 * Looking at a pushed image without pulling it: does the digest exist (HEAD on the manifest), and what labels
 * does its config carry (for an index, the first linux/amd64 image, else the first image). Uses the same
 * registry client as build-model-image: anonymous, Basic or the Bearer token flow, retries on 5xx.
 */




/** The image of an index whose labels are reported: the linux/amd64 one, else the first. */
function labelledChild(manifests) {
    return (manifests.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? manifests[0])?.digest;
}
/** The labels of an image config (`config.Labels`), {} when it has none. */
function configLabels(config) {
    return config.config?.Labels ?? {};
}
function registryImageInspector(options) {
    return {
        async inspect(image) {
            const ref = (0,_oci_reference_js__WEBPACK_IMPORTED_MODULE_2__/* .parseImageReference */ .o_)(image.reference, 'image');
            const repo = ref.repository;
            const client = new _registry_client_js__WEBPACK_IMPORTED_MODULE_3__/* .RegistryClient */ .b({
                registry: ref.registry,
                credentials: options.credentials,
                logger: options.logger,
                access: { [repo]: 'pull' },
                retryBaseMs: options.retryBaseMs,
                attempts: options.attempts,
            });
            const path = `/v2/${repo}/manifests/${image.digest}`;
            const head = await client.send('HEAD', path, { headers: { Accept: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ACCEPT */ .dY } });
            if (head.status === 404)
                return { exists: false, labels: undefined };
            if (head.status !== 200)
                return client.fail('checking the image manifest', repo, head, false);
            let manifest = await getJson(client, repo, image.digest);
            if (manifest.manifests) {
                const child = labelledChild(manifest.manifests);
                if (!child)
                    return { exists: true, labels: {} };
                manifest = await getJson(client, repo, child);
            }
            if (!manifest.config?.digest)
                return { exists: true, labels: {} };
            const config = await (0,_base_image_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchConfig */ .Dz)(client, repo, manifest.config.digest, 'reading the image config');
            return { exists: true, labels: configLabels(config) };
        },
    };
}
async function getJson(client, repo, digest) {
    const response = await client.send('GET', `/v2/${repo}/manifests/${digest}`, {
        headers: { Accept: _media_types_js__WEBPACK_IMPORTED_MODULE_1__/* .MANIFEST_ACCEPT */ .dY },
    });
    if (response.status !== 200)
        return client.fail('reading the image manifest', repo, response, false);
    return JSON.parse(response.body.toString('utf8'));
}


/***/ }),

/***/ 3591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ isIndexType),
/* harmony export */   Ap: () => (/* binding */ familyOf),
/* harmony export */   Bq: () => (/* binding */ formatPlatform),
/* harmony export */   ON: () => (/* binding */ layerType),
/* harmony export */   Rn: () => (/* binding */ MEDIA),
/* harmony export */   Yt: () => (/* binding */ manifestType),
/* harmony export */   d3: () => (/* binding */ configType),
/* harmony export */   dY: () => (/* binding */ MANIFEST_ACCEPT),
/* harmony export */   xt: () => (/* binding */ indexType)
/* harmony export */ });
const MEDIA = {
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
};
/** Accept header for manifest GETs: every manifest and index type we can read. */
const MANIFEST_ACCEPT = [
    MEDIA.ociIndex,
    MEDIA.ociManifest,
    MEDIA.dockerList,
    MEDIA.dockerManifest,
].join(', ');
function isIndexType(mediaType) {
    return mediaType === MEDIA.ociIndex || mediaType === MEDIA.dockerList;
}
function familyOf(mediaType) {
    return mediaType.startsWith('application/vnd.docker.') ? 'docker' : 'oci';
}
function manifestType(family) {
    return family === 'docker' ? MEDIA.dockerManifest : MEDIA.ociManifest;
}
function indexType(family) {
    return family === 'docker' ? MEDIA.dockerList : MEDIA.ociIndex;
}
function configType(family) {
    return family === 'docker' ? MEDIA.dockerConfig : MEDIA.ociConfig;
}
function layerType(family, gzip) {
    if (family === 'docker')
        return gzip ? MEDIA.dockerLayerGzip : MEDIA.dockerLayer;
    return gzip ? MEDIA.ociLayerGzip : MEDIA.ociLayer;
}
/** `linux/arm64/v8` → { os, architecture, variant }. */
function formatPlatform(p) {
    return [p.os, p.architecture, ...(p.variant ? [p.variant] : [])].join('/');
}


/***/ }),

/***/ 1478:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  b: () => (/* binding */ RegistryClient)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/async/retry.js
var retry = __webpack_require__(6472);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/http.js
var http = __webpack_require__(5679);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/reference.js
var reference = __webpack_require__(7246);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/registry-auth.js
/**
 * Parse `WWW-Authenticate` (RFC 7235): one or more challenges, each a scheme followed by comma-separated
 * `key=value` or `key="quoted value"` parameters, e.g.
 * `Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:o/m:pull"`.
 */
function parseWwwAuthenticate(header) {
    const challenges = [];
    let i = 0;
    const skip = () => {
        while (i < header.length && /[\s,]/.test(header[i]))
            i++;
    };
    const token = () => {
        const start = i;
        while (i < header.length && /[^\s,=]/.test(header[i]))
            i++;
        return header.slice(start, i);
    };
    while (i < header.length) {
        skip();
        const word = token();
        if (!word)
            break;
        let j = i;
        while (j < header.length && header[j] === ' ')
            j++;
        if (header[j] === '=' && challenges.length > 0) {
            // a parameter of the current challenge
            i = j + 1;
            while (header[i] === ' ')
                i++;
            let value = '';
            if (header[i] === '"') {
                i++;
                while (i < header.length && header[i] !== '"') {
                    if (header[i] === '\\')
                        i++;
                    value += header[i] ?? '';
                    i++;
                }
                i++;
            }
            else {
                const start = i;
                while (i < header.length && header[i] !== ',')
                    i++;
                value = header.slice(start, i).trim();
            }
            challenges[challenges.length - 1].params[word.toLowerCase()] = value;
        }
        else {
            challenges.push({ scheme: word.toLowerCase(), params: {} });
        }
    }
    return challenges;
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/image/registry-client.js






/**
 * A client of the OCI distribution API for one registry: anonymous, Basic, or the Bearer token flow
 * (challenge → token endpoint with Basic credentials → Bearer), retries with backoff on 5xx, 429 and
 * dropped connections. The Authorization header only ever goes to the registry host itself.
 */
class RegistryClient {
    options;
    host;
    base;
    authorization;
    attempts;
    retryBaseMs;
    constructor(options) {
        this.options = options;
        this.host = (0,reference/* apiHost */.nz)(options.registry);
        this.base = `${(0,reference/* registryScheme */.FG)(options.registry)}://${this.host}`;
        this.attempts = options.attempts ?? 5;
        this.retryBaseMs = options.retryBaseMs ?? 500;
    }
    headersFor(url, extra = {}) {
        const sameHost = new URL(url).host === new URL(this.base).host;
        return sameHost && this.authorization ? { ...extra, Authorization: this.authorization } : { ...extra };
    }
    retryPolicy() {
        return { attempts: this.attempts, baseDelayMs: this.retryBaseMs, maxDelayMs: 30_000 };
    }
    /** Run `fn` with retries on network errors, 5xx and 429. */
    async withRetry(what, fn, retryable = true) {
        try {
            return await (0,retry/* retry */.L5)(fn, {
                ...this.retryPolicy(),
                attempts: retryable ? this.attempts : 1,
                retryOn: (error) => error instanceof http/* NetworkError */.Dr,
                retryResult: (result) => result.status >= 500 || result.status === 429,
                onRetry: ({ attempt, error, value }) => this.options.logger.debug(`${what}: ${value ? `HTTP ${value.status}` : error.message}, retrying (attempt ${attempt + 1}/${this.attempts})`),
            });
        }
        catch (error) {
            throw this.networkFailure(error);
        }
    }
    networkFailure(error) {
        if (error instanceof http/* NetworkError */.Dr &&
            ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH'].includes(error.code ?? '')) {
            return new errors/* ConfigurationError */.j1(`Cannot reach the registry ${this.options.registry} (${error.code}): check the image name and that the registry is up and reachable from the runner.`, { cause: error });
        }
        return error;
    }
    /** Send a request, authenticating on a 401 challenge and retrying once with the new credentials. */
    async send(method, pathOrUrl, options = {}) {
        const url = pathOrUrl.startsWith('/') ? `${this.base}${pathOrUrl}` : pathOrUrl;
        const attempt = () => this.withRetry(`${method} ${url}`, () => (0,http/* httpSend */.v0)({ method, url, headers: this.headersFor(url, options.headers), body: options.body }), options.retry ?? true);
        const used = this.authorization;
        let response = await attempt();
        if (response.status === 401) {
            // A concurrent request may have authenticated meanwhile: then just retry with its credentials.
            if (this.authorization === used)
                await this.authenticate((0,http/* header */.wx)(response.headers, 'www-authenticate') ?? '');
            if (this.authorization !== used)
                response = await attempt();
        }
        return response;
    }
    async authenticate(challengeHeader) {
        const challenges = parseWwwAuthenticate(challengeHeader);
        const bearer = challenges.find((c) => c.scheme === 'bearer');
        const creds = this.options.credentials;
        if (bearer?.params.realm) {
            const realm = new URL(bearer.params.realm);
            const query = new URLSearchParams();
            if (bearer.params.service)
                query.append('service', bearer.params.service);
            const scopes = new Set(Object.entries(this.options.access).map(([repo, actions]) => `repository:${repo}:${actions}`));
            if (bearer.params.scope)
                scopes.add(bearer.params.scope);
            for (const scope of scopes)
                query.append('scope', scope);
            const tokenUrl = `${realm.origin}${realm.pathname}?${[realm.search.slice(1), query.toString()].filter(Boolean).join('&')}`;
            // Credentials go to the token realm only over HTTPS, or over plain HTTP to the registry itself
            // or a loopback address (a local test registry); never in clear text across the network.
            const mayCarry = realm.protocol === 'https:' ||
                realm.host === new URL(this.base).host ||
                (0,reference/* registryScheme */.FG)(realm.host) === 'http';
            const headers = {};
            if (creds && mayCarry)
                headers.Authorization = basicAuthorization(creds.username, creds.password);
            const response = await this.withRetry(`GET ${realm.origin}${realm.pathname}`, () => (0,http/* httpSend */.v0)({ method: 'GET', url: tokenUrl, headers }));
            if (response.status === 401 || response.status === 403) {
                throw new errors/* ConfigurationError */.j1(`The registry ${this.options.registry} token service refused the credentials (HTTP ${response.status}): ${this.credentialHint()}`);
            }
            if (response.status !== 200) {
                throw new Error(`token endpoint ${realm.origin}${realm.pathname} answered HTTP ${response.status}`);
            }
            const json = JSON.parse(response.body.toString('utf8'));
            const token = json.token ?? json.access_token;
            if (!token)
                throw new Error(`token endpoint ${realm.origin}${realm.pathname} returned no token`);
            this.authorization = `Bearer ${token}`;
            return;
        }
        if (challenges.some((c) => c.scheme === 'basic') && creds) {
            this.authorization = basicAuthorization(creds.username, creds.password);
        }
    }
    credentialHint() {
        const ghcr = this.options.registry === 'ghcr.io';
        return ghcr
            ? 'pass registry-password: ${{ github.token }} (or a PAT with write:packages) and give the job `permissions: packages: write`.'
            : 'check registry-username and registry-password.';
    }
    /** Turn an unexpected status into a clear error; 401/403 name the missing permission. */
    fail(what, repo, response, push) {
        const detail = response.body.toString('utf8').slice(0, 300).trim();
        if (response.status === 401 || response.status === 403) {
            const permission = push
                ? this.options.registry === 'ghcr.io'
                    ? 'The token needs `packages: write`: add `permissions: packages: write` to the job (and, for an existing package, give this repository Write access in the package settings).'
                    : `The credentials need push access to ${repo}; ${this.credentialHint()}`
                : `The credentials need pull access to ${repo}; ${this.credentialHint()}`;
            throw new errors/* ConfigurationError */.j1(`Registry ${this.options.registry} refused ${what} for ${repo} (HTTP ${response.status}${response.status === 401 ? ' Unauthorized' : ' Forbidden'}). ${permission}`);
        }
        throw new Error(`${what} for ${this.options.registry}/${repo} failed: HTTP ${response.status} ${detail}`);
    }
    async blobExists(repo, digest) {
        const response = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`);
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        return this.fail('checking a blob', repo, response, true);
    }
    /** Cross-repository mount; returns true when mounted, else the upload location the registry opened. */
    async mountBlob(repo, digest, from) {
        const query = `mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(from)}`;
        const response = await this.send('POST', `/v2/${repo}/blobs/uploads/?${query}`, {
            body: new Uint8Array(0),
        });
        if (response.status === 201)
            return true;
        if (response.status === 202)
            return this.location(response, repo);
        return this.fail('mounting a blob', repo, response, true);
    }
    location(response, repo) {
        const location = (0,http/* header */.wx)(response.headers, 'location');
        if (!location)
            throw new Error(`registry ${this.options.registry} opened an upload for ${repo} without a Location`);
        return new URL(location, response.url).toString();
    }
    async startUpload(repo) {
        const response = await this.send('POST', `/v2/${repo}/blobs/uploads/`, { body: new Uint8Array(0) });
        if (response.status !== 202)
            return this.fail('starting an upload', repo, response, true);
        return this.location(response, repo);
    }
    /**
     * Upload a blob from the store in one whole-body PUT (ghcr.io rejects chunked bodies over 4 MiB). A
     * failed or cut upload starts over with a new session; the registry verifies the digest.
     */
    async uploadBlob(repo, digest, size, open, location) {
        let session = location;
        try {
            await (0,retry/* retry */.L5)(async (attempt) => {
                // A cut upload may still have completed on the registry's side: then there is nothing to redo.
                if (attempt > 1 && (await this.blobExists(repo, digest)))
                    return;
                session ??= await this.startUpload(repo);
                // Append digest to the Location as given (it may carry state in its query), never rebuild it.
                const url = `${session}${session.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
                const body = { length: size, open };
                const response = await this.send('PUT', url, {
                    headers: { 'Content-Type': 'application/octet-stream' },
                    body,
                    retry: false,
                });
                if (response.status === 201 || response.status === 204)
                    return;
                if (response.status < 500 && response.status !== 429)
                    this.fail('uploading a blob', repo, response, true);
                throw new http/* NetworkError */.Dr(`PUT blob ${digest}: HTTP ${response.status}`, `HTTP${response.status}`);
            }, {
                ...this.retryPolicy(),
                retryOn: (error) => error instanceof http/* NetworkError */.Dr,
                onRetry: ({ error }) => {
                    this.options.logger.info(`Upload of ${digest.slice(0, 19)} to ${repo} failed (${error.message}); retrying from the start.`);
                    session = undefined;
                },
            });
        }
        catch (error) {
            throw this.networkFailure(error);
        }
    }
    /** GET a manifest by tag or digest with the Accept header given. */
    async getManifest(repo, reference, accept) {
        const response = await this.send('GET', `/v2/${repo}/manifests/${reference}`, {
            headers: { Accept: accept },
        });
        if (response.status === 404) {
            throw new errors/* ConfigurationError */.j1(`Input 'base-image': ${this.options.registry}/${repo}:${reference} was not found in the registry.`);
        }
        if (response.status !== 200)
            return this.fail('reading a manifest', repo, response, false);
        const bytes = response.body;
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        const parsed = JSON.parse(bytes.toString('utf8'));
        const mediaType = parsed.mediaType ?? (0,http/* header */.wx)(response.headers, 'content-type')?.split(';')[0] ?? '';
        return { mediaType, bytes, digest };
    }
    /** PUT a manifest (by digest or tag) with its exact media type; returns the digest of the bytes sent. */
    async putManifest(repo, reference, mediaType, bytes) {
        const response = await this.send('PUT', `/v2/${repo}/manifests/${reference}`, {
            headers: { 'Content-Type': mediaType },
            body: bytes,
        });
        if (response.status !== 201 && response.status !== 200)
            this.fail('pushing the manifest', repo, response, true);
        const digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
        const answered = (0,http/* header */.wx)(response.headers, 'docker-content-digest');
        if (answered && answered !== digest) {
            this.options.logger.warning(`Registry reported manifest digest ${answered}, expected ${digest}.`);
        }
        return digest;
    }
    /** Download a blob into the store (following redirects; Authorization only to the registry host). */
    async downloadBlob(repo, digest, store) {
        await this.withRetry(`GET blob ${digest}`, async () => {
            let url = `${this.base}/v2/${repo}/blobs/${digest}`;
            let response = await this.send('HEAD', `/v2/${repo}/blobs/${digest}`); // authenticates if needed
            if (response.status !== 200 && response.status !== 307 && response.status !== 302) {
                return response.status >= 500 ? response : this.fail('reading a base layer', repo, response, false);
            }
            for (let hop = 0; hop < 5; hop++) {
                const streamed = await (0,http/* httpStream */.ZQ)({ method: 'GET', url, headers: this.headersFor(url) });
                const location = (0,http/* header */.wx)(streamed.headers, 'location');
                if (streamed.status >= 300 && streamed.status < 400 && location) {
                    streamed.stream.resume();
                    url = new URL(location, url).toString();
                    continue;
                }
                if (streamed.status !== 200) {
                    streamed.stream.resume();
                    response = { status: streamed.status, headers: streamed.headers, url, body: Buffer.alloc(0) };
                    return response.status >= 500 ? response : this.fail('reading a base layer', repo, response, false);
                }
                const temp = await store.createTemp();
                const hash = (0,external_node_crypto_.createHash)('sha256');
                try {
                    for await (const chunk of streamed.stream) {
                        hash.update(chunk);
                        await temp.handle.write(chunk);
                    }
                    await temp.handle.close();
                }
                catch (error) {
                    await temp.handle.close().catch(() => undefined);
                    await store.discard(temp.path);
                    const e = error;
                    throw new http/* NetworkError */.Dr(`GET blob ${digest}: ${e.message}`, e.code);
                }
                if (`sha256:${hash.digest('hex')}` !== digest) {
                    await store.discard(temp.path);
                    throw new http/* NetworkError */.Dr(`GET blob ${digest}: content does not match its digest`, 'EDIGEST');
                }
                await store.commit(temp.path, digest);
                return { status: 200 };
            }
            throw new Error(`GET blob ${digest}: too many redirects`);
        });
    }
}


/***/ }),

/***/ 7246:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A0: () => (/* binding */ TAG_PATTERN),
/* harmony export */   FG: () => (/* binding */ registryScheme),
/* harmony export */   nz: () => (/* binding */ apiHost),
/* harmony export */   o_: () => (/* binding */ parseImageReference)
/* harmony export */ });
/* unused harmony export formatReference */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;
/** Whether the first path component names a registry host (docker's rule). */
function looksLikeHost(part) {
    return part.includes('.') || part.includes(':') || part === 'localhost';
}
/**
 * Parse a reference the way docker does; an uppercase repository is refused with the lowercase spelling
 * suggested (registries reject it with an opaque error otherwise).
 */
function parseImageReference(text, inputName) {
    const value = text.trim();
    let rest = value;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!DIGEST.test(digest)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' has an invalid digest (expected sha256:<64 hex>).`);
        }
    }
    let tag;
    const lastSlash = rest.lastIndexOf('/');
    const colon = rest.lastIndexOf(':');
    if (colon > lastSlash) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG_PATTERN.test(tag)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' has an invalid tag '${tag}'.`);
        }
    }
    const parts = rest.split('/');
    let registry = 'docker.io';
    if (parts.length > 1 && looksLikeHost(parts[0]))
        registry = parts.shift().toLowerCase();
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (repository !== repository.toLowerCase()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': image name '${value}' contains uppercase letters; registries only accept lowercase repository names. Use '${value.replace(repository, repository.toLowerCase())}'.`);
    }
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${value}' is not a valid image name (lowercase letters, digits and . _ - separated by /).`);
    }
    return { registry, repository, tag, digest };
}
/** Host the distribution API lives at (Docker Hub's API is not at docker.io). */
function apiHost(registry) {
    return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}
/** Plain HTTP only for loopback registries (docker's default insecure set), HTTPS everywhere else. */
function registryScheme(registry) {
    const host = registry.replace(/:\d+$/, '');
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' ? 'http' : 'https';
}
function formatReference(ref) {
    return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I3: () => (/* binding */ checkName),
/* harmony export */   J1: () => (/* binding */ serializeRunRecord),
/* harmony export */   MJ: () => (/* binding */ writeRunRecord),
/* harmony export */   Vh: () => (/* binding */ NAME_PATTERN),
/* harmony export */   Y$: () => (/* binding */ readRunRecords),
/* harmony export */   _A: () => (/* binding */ runRecordSchema),
/* harmony export */   lX: () => (/* binding */ recordPath),
/* harmony export */   pw: () => (/* binding */ RECORD_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony exports dataEntrySchema, artifactSchema, pullRequestRefSchema, parseRunRecord */
/* harmony import */ var _log_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1255);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9691);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _store_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2664);




/**
 * The run record: one JSON file per run at `runs/<experiment>/<id>.json` on the registry branch.
 * Modelled on MLflow's run (params, metrics, history, source, datasets, artifacts) so users recognise it.
 * `schema` is bumped on any incompatible change; readers skip records with a newer major they cannot read.
 * `npm run build` exports this as schema/run-record.schema.json.
 */
const RECORD_SCHEMA_VERSION = 1;
/** Experiment names and run ids become path segments and marker text: keep them to a safe alphabet. */
const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const paramValue = zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ(),
    zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()).describe('Lists are kept whole, as DVC does'),
]);
const point = zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe('step'), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().describe('value')]);
const dataEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Path of the tracked data, relative to the repository root'),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('DVC hash: md5 of the file, or "<md5>.dir" for a directory'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    nfiles: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().optional(),
    source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Where the hash was read: a .dvc pointer, or dvc.lock:<stage>'),
})
    .strict();
const artifactSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Path relative to the workspace'),
    size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    md5: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
})
    .strict();
const pullRequestRefSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    number: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
    baseRef: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('Base branch name'),
    baseSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    headRef: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    headSha: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
})
    .strict();
const runRecordSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
    schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(RECORD_SCHEMA_VERSION).describe('Record format version'),
    id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NAME_PATTERN).describe('Run id, unique within the experiment'),
    experiment: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(NAME_PATTERN),
    status: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['FINISHED', 'FAILED', 'RUNNING', 'KILLED']).describe('MLflow run status words'),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time the track-experiment step started'),
    endedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().describe('ISO 8601 time the record was written'),
    params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), paramValue).describe('Dotted key → value, flattened like DVC'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()).describe('Dotted key → final value'),
    series: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(point))
        .describe('Step series: metric key → [step, value] points in step order'),
    tags: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
    git: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Commit the run was made from (GITHUB_SHA)'),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Full ref (refs/heads/main, refs/pull/7/merge)'),
        branch: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Branch the run belongs to (for a PR: its head branch)'),
        pullRequest: pullRequestRefSchema.optional(),
    })
        .strict(),
    repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    runUrl: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Link to the workflow run'),
    actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional(),
    event: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Event that triggered the workflow (push, pull_request, …)'),
    data: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(dataEntrySchema).describe('Data versions from .dvc pointers and dvc.lock'),
    artifacts: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(artifactSchema),
    parentRunId: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().optional().describe('Parent run (e.g. the sweep a matrix job belongs to)'),
    sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), params: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
        .strict()
        .describe('The files metrics and params were read from'),
})
    .strict();
/** Validate a record read from the registry; `where` names it in the error. */
function parseRunRecord(text, where) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Run record ${where} is not valid JSON: ${error.message}`);
    }
    const result = runRecordSchema.safeParse(value);
    if (!result.success) {
        const issue = result.error.issues[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Run record ${where} does not match schema ${RECORD_SCHEMA_VERSION}: ${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    }
    return result.data;
}
/** Stable serialisation: two-space JSON with a trailing newline, so identical runs give identical blobs. */
function serializeRunRecord(record) {
    return `${JSON.stringify(record, null, 2)}\n`;
}
function recordPath(experiment, id) {
    return `runs/${experiment}/${id}.json`;
}
function checkName(value, what) {
    if (!NAME_PATTERN.test(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${what} '${value}' is not allowed: use letters, digits, '.', '_' and '-' (start with a letter or digit, at most 100 characters).`);
    }
    return value;
}
/**
 * Store one run record at `runs/<experiment>/<id>.json` on the registry branch and push it, retrying lost
 * races; a rerun with the identical record pushes nothing. On failure the record is kept in
 * `tempDir/mlops-runs/` and the error says where.
 */
async function writeRunRecord(git, record, options) {
    const path = recordPath(record.experiment, record.id);
    const text = serializeRunRecord(record);
    return (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .writeRegistry */ .$c)(git, options, {
        what: `run record ${path}`,
        build: () => Promise.resolve({
            update: {
                files: [{ path, text }],
                message: `Record run ${record.experiment}/${record.id}\n\nmlops-actions track-experiment`,
            },
            value: path,
        }),
        keep: { dir: 'mlops-runs', files: [{ path: `${record.experiment}/${record.id}.json`, text }] },
    });
}
/**
 * Every run record under `runs/` (or `runs/<experiment>/`) at `ref`, read with one `ls-tree` and one
 * `cat-file --batch` however many runs there are. Records that do not parse are skipped with a warning.
 */
async function readRunRecords(git, ref, logger, experiment) {
    const entries = await (0,_store_js__WEBPACK_IMPORTED_MODULE_1__/* .listJsonFiles */ .cW)(git, ref, experiment === undefined ? 'runs/' : `runs/${experiment}/`);
    if (entries.length === 0)
        return [];
    const texts = await git.readBlobTexts(entries.map((e) => e.object));
    const records = [];
    for (const entry of entries) {
        const text = texts.get(entry.object);
        if (text === undefined)
            continue;
        try {
            records.push(parseRunRecord(text, entry.path));
        }
        catch (error) {
            logger.warning(`Skipping ${(0,_log_text_js__WEBPACK_IMPORTED_MODULE_3__/* .logValue */ .Od)(entry.path)}: ${error.message}`);
        }
    }
    return records;
}


/***/ }),

/***/ 2543:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ flatten),
/* harmony export */   p: () => (/* binding */ isMapping)
/* harmony export */ });
/**
 * Nested mappings → dotted keys, the way DVC shows metrics and params (`train.loss`, `model.layers`).
 * Lists are leaves (DVC does not index into them); an empty mapping contributes nothing.
 */
function flatten(value, prefix = '') {
    const out = new Map();
    const walk = (node, path) => {
        for (const [key, child] of Object.entries(node)) {
            const dotted = path === '' ? key : `${path}.${key}`;
            if (isMapping(child))
                walk(child, dotted);
            else
                out.set(dotted, child);
        }
    };
    walk(value, prefix);
    return out;
}
function isMapping(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);
}


/***/ })

};
