export const id = 27;
export const ids = [27];
export const modules = {

/***/ 3027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o: () => (/* reexport */ image_ref/* parsePinImage */.o7),
  T: () => (/* binding */ pinManifest)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/errors.js
var errors = __webpack_require__(6974);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./node_modules/.cache/mlops-build/js/src/core/oci/image-ref.js
var image_ref = __webpack_require__(2766);
;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/roles.js
/**
 * Keys that together spell one image (Helm values, Argo CD helm.parameters). A key's role comes from its
 * last path segment:
 *   `…digest` the digest (`sha256:…`); `…tag` the tag; `…registry` the registry host (Bitnami-style
 *   charts split it from the repository); `…repository` / `…repo` / `name` / `…imageName` the
 *   repository; anything else (`image`, `app.image`) a whole reference.
 * With a digest key the tag key only takes the pin's tag (if it has one); without one the tag becomes
 * `<tag>@sha256:…`, as charts that render `repo:tag` need. The repository (and registry) keep their
 * values when they name the pin's repository, else get the pin's.
 */


function roleOf(key) {
    const last = (key.split('.').at(-1) ?? key).replace(/\[\d+\]$/, '').toLowerCase();
    if (last.endsWith('digest'))
        return 'digest';
    if (last.endsWith('tag'))
        return 'tag';
    if (last.endsWith('registry'))
        return 'registry';
    if (last.endsWith('repository') || last.endsWith('repo') || last === 'name' || last.endsWith('imagename'))
        return 'repository';
    return 'image';
}
/** `ghcr.io/acme/churn` → ['ghcr.io', 'acme/churn']; `acme/churn` → ['docker.io', 'acme/churn'] (docker's rule). */
function splitRegistry(name) {
    const slash = name.indexOf('/');
    const first = slash > 0 ? name.slice(0, slash) : '';
    if (first.includes('.') || first.includes(':') || first === 'localhost')
        return [first, name.slice(slash + 1)];
    return ['docker.io', name];
}
/**
 * New values for the slots, in order. Throws when they cannot pin the image (only repository/registry
 * keys; a tag key with no tag to keep and none in the pin).
 */
function valuesForRoles(slots, pin, where) {
    if (!slots.some((s) => s.role !== 'repository' && s.role !== 'registry')) {
        throw new errors/* ConfigurationError */.j1(`${where}: the keys ${slots.map((s) => s.key).join(', ')} name only a repository; add a tag, digest or image key.`);
    }
    const registry = slots.find((s) => s.role === 'registry');
    const repo = slots.find((s) => s.role === 'repository');
    const current = registry?.current && repo?.current ? `${registry.current}/${repo.current}` : repo?.current;
    const same = repo === undefined || (current !== undefined && (0,image_ref/* sameRepository */.RB)(current, pin));
    const [pinRegistry, pinPath] = splitRegistry(pin.name);
    const hasDigestKey = slots.some((s) => s.role === 'digest');
    return slots.map((slot) => {
        switch (slot.role) {
            case 'registry':
                return same && slot.current !== undefined ? slot.current : pinRegistry;
            case 'repository':
                if (same && slot.current !== undefined)
                    return slot.current;
                return registry ? pinPath : pin.name;
            case 'digest':
                return pin.digest;
            case 'image':
                return (0,image_ref/* pinnedReference */.ct)(slot.current, pin);
            case 'tag': {
                if (hasDigestKey)
                    return pin.tag ?? slot.current ?? '';
                const currentTag = slot.current === undefined ? undefined : (0,image_ref/* splitReference */.mQ)(`x:${slot.current}`).tag;
                const tag = pin.tag ?? (same ? currentTag : undefined);
                if (!tag) {
                    throw new errors/* ConfigurationError */.j1(`${where}: ${slot.key} has no tag to keep and the image has none; give the image as repo:tag@sha256:… or name a digest key (--keys ${repo?.key ?? 'image.repository'},image.digest).`);
                }
                return `${tag}@${pin.digest}`;
            }
        }
    });
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/yaml-source.js
/**
 * Reading YAML for byte-exact edits: the documents with their source ranges (offsets into the original
 * text, in UTF-16 code units as JavaScript strings count them), and edits that splice new text into the
 * original instead of re-serialising a document, so comments, quoting, key order and line endings stay.
 */


/** Parse every document; a syntax error is one ConfigurationError naming the file, line and column. */
function parseSource(file, text) {
    const lines = new dist/* LineCounter */.HN();
    const parsed = (0,dist/* parseAllDocuments */.hR)(text, { lineCounter: lines, prettyErrors: true });
    const documents = Array.isArray(parsed) ? parsed : [];
    for (const doc of documents) {
        const error = doc.errors[0];
        if (error) {
            const pos = error.linePos?.[0] ?? lines.linePos(error.pos[0]);
            const reason = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw new errors/* ConfigurationError */.j1(`${file}:${pos.line}:${pos.col}: YAML syntax error: ${reason}.`.replace(/\.\.$/, '.'), { file, line: pos.line });
        }
    }
    return { file, text, documents, lines };
}
function lineAt(source, offset) {
    return source.lines.linePos(offset).line;
}
/** The value node under `key` of a mapping (undefined for anything else). */
function child(node, key) {
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    return node.get(key, true) ?? undefined;
}
function childAt(node, path) {
    let current = node;
    for (const key of path)
        current = child(current, key);
    return current;
}
/** Items of a sequence node (empty for anything else). */
function items(node) {
    return (0,dist/* isSeq */.oP)(node) ? node.items : [];
}
/** A scalar's text value: strings as they are, other plain scalars (`1.0`, `true`) as written. */
function scalarText(node) {
    if (!(0,dist/* isScalar */.jn)(node))
        return undefined;
    if (typeof node.value === 'string')
        return node.value;
    if (node.value === null)
        return undefined;
    return node.source;
}
function stringValue(node) {
    return (0,dist/* isScalar */.jn)(node) && typeof node.value === 'string' ? node.value : undefined;
}
/** Values that read back as the same string when written plain, under YAML 1.2 and 1.1 (Kubernetes, Helm). */
function plainSafe(value) {
    if (!/^[A-Za-z0-9_./][A-Za-z0-9_./:@+=~-]*$/.test(value) || value.endsWith(':'))
        return false;
    return (0,dist/* parse */.qg)(value) === value && (0,dist/* parse */.qg)(value, { version: '1.1' }) === value;
}
/**
 * How `value` is written in the style of `node`: plain stays plain when it reads back as the same string
 * (else double quotes), single quotes double any `'`, double quotes escape as JSON does (a subset of
 * YAML's escapes).
 */
function renderLike(node, value, where) {
    switch (node.type) {
        case 'QUOTE_SINGLE':
            return `'${value.replaceAll("'", "''")}'`;
        case 'QUOTE_DOUBLE':
            return JSON.stringify(value);
        case 'BLOCK_LITERAL':
        case 'BLOCK_FOLDED':
            throw new errors/* ConfigurationError */.j1(`${where} is a block scalar (| or >); write it as a plain or quoted scalar to pin it.`);
        default:
            return plainSafe(value) ? value : JSON.stringify(value);
    }
}
/** A new scalar in the file's default style: plain when safe, else double-quoted. */
function renderNew(value) {
    return plainSafe(value) ? value : JSON.stringify(value);
}
/**
 * The edit that writes `value` over a scalar node, keeping its quoting. An empty value (`key:`) gets a
 * space before the new text. Aliases are refused: writing the anchor would change every other use of it.
 */
function scalarEdit(node, value, where) {
    if ((0,dist/* isAlias */.Vj)(node)) {
        throw new errors/* ConfigurationError */.j1(`${where} is an alias (*${node.source}); pin the anchored value or write the image here.`);
    }
    if (!(0,dist/* isScalar */.jn)(node) || !node.range)
        throw new errors/* ConfigurationError */.j1(`${where} is not a scalar value.`);
    const [start, end] = node.range;
    if (start === end)
        return { start, end, text: ` ${renderNew(value)}` };
    return { start, end, text: renderLike(node, value, where) };
}
/** Apply non-overlapping edits to the original text. */
function applyEdits(text, edits) {
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    let out = '';
    let at = 0;
    for (const edit of sorted) {
        if (edit.start < at)
            throw new Error(`overlapping edits at offset ${edit.start}`);
        out += text.slice(at, edit.start) + edit.text;
        at = edit.end;
    }
    return out + text.slice(at);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/targets.js

/** `file` or `file (document N)` for messages about a place in a multi-document file. */
function placeName(ctx, document, path) {
    const docs = ctx.source.documents.length;
    return `${ctx.source.file}${docs > 1 ? ` (document ${document + 1})` : ''}: ${path}`;
}
/** Record a scalar target, and its edit when the value changes. */
function setScalar(ctx, document, path, target, node, old, value, container) {
    const range = node?.range
        ? [node.range[0], node.range[1]]
        : [0, 0];
    ctx.found.push({
        document,
        path,
        target,
        ...(container === undefined ? {} : { container }),
        old,
        new: value,
        range,
    });
    if (old !== value)
        ctx.edits.push(scalarEdit(node, value, placeName(ctx, document, path)));
}
/** Record keys or entries added by one insertion edit. */
function addInserted(ctx, document, target, edit, values) {
    for (const [path, value] of values) {
        ctx.found.push({ document, path, target, old: null, new: value, range: [edit.start, edit.start] });
    }
    ctx.edits.push(edit);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/yaml-insert.js
/**
 * Insertions that follow the file's own layout: new keys at the column of their siblings, new sequence
 * items at the column of the existing dashes (or, for a new sequence, the dash offset the document uses
 * elsewhere), the file's line ending, and flow collections kept flow.
 */


function lineEnding(text) {
    const lf = text.indexOf('\n');
    return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}
function columnOf(text, offset) {
    return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}
/** Start of the line after the one holding `text[end - 1]` (end itself when it already starts a line). */
function lineStartAfter(text, end) {
    if (end > 0 && text[end - 1] === '\n')
        return end;
    const lf = text.indexOf('\n', end);
    return lf < 0 ? text.length : lf + 1;
}
/** An edit inserting whole lines after the line where `end` falls. */
function insertLines(text, end, lines) {
    const at = lineStartAfter(text, end);
    const eol = lineEnding(text);
    const atEofWithoutNewline = at === text.length && text.length > 0 && !text.endsWith('\n');
    const body = atEofWithoutNewline ? eol + lines.join(eol) : lines.join(eol) + eol;
    return { start: at, end: at, text: body };
}
function nodeEnd(node, fallback) {
    return node?.range?.[1] ?? fallback;
}
function flowItem(item) {
    return 'scalar' in item ? item.scalar : `{${item.pairs.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
}
function blockItemLines(item, dashCol, keyCol) {
    const first = ' '.repeat(dashCol) + '-' + ' '.repeat(Math.max(1, keyCol - dashCol - 1));
    if ('scalar' in item)
        return [first + item.scalar];
    return item.pairs.map(([k, v], i) => (i === 0 ? first : ' '.repeat(keyCol)) + `${k}: ${v}`);
}
/** Text before a flow collection's closing bracket, checked so a surprise layout fails loudly. */
function beforeClosing(text, node, bracket, where) {
    const close = (node.range?.[1] ?? 0) - 1;
    if (text[close] !== bracket)
        throw new errors/* ConfigurationError */.j1(`${where}: unexpected layout of a flow collection.`);
    return close;
}
/** Add keys (with rendered values) at the end of a mapping. */
function addPairs(text, map, pairs, where) {
    if (map.flow) {
        const at = beforeClosing(text, map, '}', where);
        const sep = map.items.length > 0 ? ', ' : '';
        return { start: at, end: at, text: sep + pairs.map(([k, v]) => `${k}: ${v}`).join(', ') };
    }
    const first = map.items[0];
    const last = map.items.at(-1);
    if (!first || !last || !(0,dist/* isPair */.tO)(first) || !(0,dist/* isPair */.tO)(last))
        throw new errors/* ConfigurationError */.j1(`${where} is empty.`);
    const col = columnOf(text, first.key.range[0]);
    const end = nodeEnd(last.value, nodeEnd(last.key, 0));
    return insertLines(text, end, pairs.map(([k, v]) => ' '.repeat(col) + `${k}: ${v}`));
}
/** Append an item to an existing sequence, in its style. */
function appendItem(text, seq, item, where) {
    if (seq.flow) {
        const at = beforeClosing(text, seq, ']', where);
        return { start: at, end: at, text: (seq.items.length > 0 ? ', ' : '') + flowItem(item) };
    }
    const first = seq.items[0];
    const last = seq.items.at(-1);
    const contentStart = first.range[0];
    const dash = text.lastIndexOf('-', contentStart - 1);
    const dashCol = columnOf(text, dash);
    const sameLine = !text.slice(dash, contentStart).includes('\n');
    const keyCol = sameLine ? columnOf(text, contentStart) : dashCol + 2;
    return insertLines(text, last.range[1], blockItemLines(item, dashCol, keyCol));
}
/**
 * How far the document indents a block sequence under its key (`key:\n- a` is 0, `key:\n  - a` is 2),
 * read from the first such sequence; 0 (kustomize's own style) when there is none.
 */
function sequenceIndent(text, doc) {
    let found;
    (0,dist/* visit */.YR)(doc, {
        Pair(_, pair) {
            if (found !== undefined)
                return dist/* visit */.YR.BREAK;
            const key = pair.key;
            const value = pair.value;
            if ((0,dist/* isScalar */.jn)(key) && (0,dist/* isSeq */.oP)(value) && !value.flow && value.items.length > 0 && key.range) {
                const content = value.items[0].range[0];
                const dash = text.lastIndexOf('-', content - 1);
                found = columnOf(text, dash) - columnOf(text, key.range[0]);
            }
            return undefined;
        },
    });
    return Math.max(0, found ?? 0);
}
/** Add `key:` holding a new block sequence with one item, at the end of a block mapping. */
function addSequencePair(text, doc, map, key, item, where) {
    if (map.flow)
        return addPairs(text, map, [[key, `[${flowItem(item)}]`]], where);
    const first = map.items[0];
    const last = map.items.at(-1);
    if (!first || !last || !(0,dist/* isPair */.tO)(first) || !(0,dist/* isPair */.tO)(last))
        throw new errors/* ConfigurationError */.j1(`${where} is empty.`);
    const col = columnOf(text, first.key.range[0]);
    const dashCol = col + sequenceIndent(text, doc);
    const end = nodeEnd(last.value, nodeEnd(last.key, 0));
    return insertLines(text, end, [' '.repeat(col) + `${key}:`, ...blockItemLines(item, dashCol, dashCol + 2)]);
}
/**
 * Give an empty key (`images:`, `images: ~`) a block sequence with one item: the text after the colon up
 * to the end of the empty value becomes the new lines, so the key's own line ending stays where it was.
 */
function fillEmptyPair(text, doc, keyNode, value, item, where) {
    const keyStart = keyNode.range[0];
    const colon = text.indexOf(':', keyNode.range[1]);
    if (colon < 0)
        throw new errors/* ConfigurationError */.j1(`${where}: unexpected layout.`);
    const end = (0,dist/* isScalar */.jn)(value) && value.range ? value.range[1] : colon + 1;
    const dashCol = columnOf(text, keyStart) + sequenceIndent(text, doc);
    const eol = lineEnding(text);
    return {
        start: colon + 1,
        end,
        text: eol + blockItemLines(item, dashCol, dashCol + 2).join(eol),
    };
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/argocd-source.js
/**
 * Argo CD parameter override files (`.argocd-source.yaml`, `.argocd-source-<app>.yaml`), which Argo CD
 * Image Updater's git write-back maintains:
 *   kustomize.images: strings `[<name>=]<image>[:<tag>][@<digest>]` (Argo CD passes them to
 *     `kustomize edit set image`). An entry whose name or image names the pin's repository gets the
 *     pinned reference on the right of `=`; with none, the pin is appended as a new entry.
 *   helm.parameters: `{name, value, forcestring}` entries; the parameter names are the key paths
 *     (`--keys`, default `image.repository` or Image Updater's `image.name`, and `image.tag`), with the
 *     roles Helm values files use.
 */







function isArgoCdSourceFile(basename) {
    return /^\.argocd-source(-.+)?\.ya?ml$/.test(basename);
}
function pinKustomizeImages(ctx, document, seq) {
    let matched = false;
    items(seq).forEach((node, index) => {
        const entry = stringValue(node);
        if (entry === undefined)
            return;
        const eq = entry.indexOf('=');
        const name = eq >= 0 ? entry.slice(0, eq) : undefined;
        const image = eq >= 0 ? entry.slice(eq + 1) : entry;
        if (!(0,image_ref/* sameRepository */.RB)(image, ctx.pin) && !(name !== undefined && (0,image_ref/* sameRepository */.RB)(name, ctx.pin)))
            return;
        matched = true;
        const value = `${name === undefined ? '' : `${name}=`}${(0,image_ref/* pinnedReference */.ct)(image, ctx.pin)}`;
        setScalar(ctx, document, `kustomize.images[${index}]`, 'argocd-kustomize-image', node, entry, value);
    });
    if (matched || !(0,dist/* isSeq */.oP)(seq))
        return matched;
    const value = (0,image_ref/* pinnedReference */.ct)(undefined, ctx.pin);
    const where = placeName(ctx, document, 'kustomize.images');
    const edit = appendItem(ctx.source.text, seq, { scalar: renderNew(value) }, where);
    addInserted(ctx, document, 'argocd-kustomize-image', edit, [
        [`kustomize.images[${seq.items.length}]`, value],
    ]);
    return true;
}
function pinHelmParameters(ctx, document, seq) {
    const byName = new Map();
    items(seq).forEach((entry, index) => {
        const name = stringValue(child(entry, 'name'));
        if (name !== undefined)
            byName.set(name, { index, node: child(entry, 'value') });
    });
    let keys = ctx.keys;
    if (keys === undefined) {
        const repository = ['image.repository', 'image.name'].find((k) => byName.has(k));
        keys = repository ? [repository, 'image.tag'] : ['image.repository', 'image.tag'];
    }
    const present = keys.filter((k) => byName.has(k));
    if (present.length === 0)
        return false;
    if (present.length < keys.length) {
        const missing = keys.filter((k) => !byName.has(k));
        throw new errors/* ConfigurationError */.j1(`${placeName(ctx, document, 'helm.parameters')}: no parameter named ${missing.join(', ')}.`);
    }
    const slots = keys.map((key) => ({
        key,
        role: roleOf(key),
        current: scalarText(byName.get(key).node),
    }));
    const values = valuesForRoles(slots, ctx.pin, placeName(ctx, document, 'helm.parameters'));
    keys.forEach((key, i) => {
        const { index, node } = byName.get(key);
        const path = `helm.parameters[${index}].value`;
        if (node === undefined)
            throw new errors/* ConfigurationError */.j1(`${placeName(ctx, document, path)} is missing.`);
        setScalar(ctx, document, path, 'argocd-helm-parameter', node, slots[i].current ?? '', values[i]);
    });
    return true;
}
function pinArgoCdSource(ctx, document, doc) {
    const images = childAt(doc.contents, ['kustomize', 'images']);
    const parameters = childAt(doc.contents, ['helm', 'parameters']);
    if (images)
        pinKustomizeImages(ctx, document, images);
    if (parameters)
        pinHelmParameters(ctx, document, parameters);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/key-paths.js
/**
 * Helm values (and any YAML the user points into with `--keys`): key paths such as `image.repository`,
 * `image.tag`, whose roles (roles.ts) say what each gets.
 *
 * Path syntax: segments joined by `.`; `\.` is a literal dot; `[N]` indexes a list (`a.b[0].c`).
 */





const DEFAULT_KEYS = ['image.repository', 'image.tag'];
/** `a.b[0].c\.d` → ['a', 'b', 0, 'c.d']. */
function parseKeyPath(key) {
    const segments = [];
    let current = '';
    let pendingKey = true;
    for (let i = 0; i < key.length; i++) {
        const c = key[i];
        if (c === '\\' && key[i + 1] === '.') {
            current += '.';
            i++;
        }
        else if (c === '.') {
            if (pendingKey)
                segments.push(current);
            current = '';
            pendingKey = true;
        }
        else if (c === '[') {
            const close = key.indexOf(']', i);
            const index = close < 0 ? NaN : Number(key.slice(i + 1, close));
            if (!Number.isInteger(index) || index < 0)
                throw new errors/* ConfigurationError */.j1(`Key path '${key}': bad index.`);
            if (pendingKey)
                segments.push(current);
            segments.push(index);
            current = '';
            pendingKey = false;
            i = close;
        }
        else {
            if (!pendingKey)
                throw new errors/* ConfigurationError */.j1(`Key path '${key}': expected '.' after ']'.`);
            current += c;
        }
    }
    if (pendingKey)
        segments.push(current);
    if (segments.some((s) => s === ''))
        throw new errors/* ConfigurationError */.j1(`Key path '${key}' has an empty segment.`);
    return segments;
}
function nodeAt(root, segments) {
    let node = root;
    for (const segment of segments) {
        if (typeof segment === 'number')
            node = (0,dist/* isSeq */.oP)(node) ? node.items[segment] : undefined;
        else
            node = child(node, segment);
        if (node === undefined || node === null)
            return undefined;
    }
    return node;
}
/**
 * Pin one document by key paths. Returns false when none of the keys exist in it (the document is not
 * about this image); a document with some but not all of them is an error naming the missing ones.
 */
function pinKeyPaths(ctx, document, doc, keys) {
    const located = keys.map((key) => ({ key, node: nodeAt(doc.contents, parseKeyPath(key)) }));
    const present = located.filter((l) => l.node !== undefined);
    if (present.length === 0)
        return false;
    if (present.length < located.length) {
        const missing = located.filter((l) => l.node === undefined).map((l) => l.key);
        throw new errors/* ConfigurationError */.j1(`${ctx.source.file}${ctx.source.documents.length > 1 ? ` (document ${document + 1})` : ''}: ${missing.join(', ')} not found (found ${present.map((p) => p.key).join(', ')}).`);
    }
    const slots = located.map(({ key, node }) => ({ key, role: roleOf(key), current: scalarText(node) }));
    const values = valuesForRoles(slots, ctx.pin, ctx.source.file);
    located.forEach(({ key, node }, i) => {
        setScalar(ctx, document, key, 'key', node, slots[i].current ?? '', values[i]);
    });
    return true;
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/workloads.js
/**
 * Container images in Kubernetes workloads (and KServe components, which embed a pod spec): which pod
 * spec a kind has, and which of its containers and initContainers the pin targets.
 *
 * Selection: with a container name, the containers and initContainers of that name (whatever image they
 * run now); without one, those whose current image names the pin's repository. Others are never touched.
 */





const TEMPLATE = ['spec', 'template', 'spec'];
/** Pod spec location by kind; groups are checked where a kind name is not unique to Kubernetes. */
function podSpecPath(apiVersion, kind) {
    const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
    switch (kind) {
        case 'Pod':
            return group === '' ? ['spec'] : undefined;
        case 'ReplicationController':
            return group === '' ? TEMPLATE : undefined;
        case 'Deployment':
        case 'StatefulSet':
        case 'DaemonSet':
        case 'ReplicaSet':
            return group === 'apps' || group === 'extensions' ? TEMPLATE : undefined;
        case 'Job':
            return group === 'batch' ? TEMPLATE : undefined;
        case 'CronJob':
            return group === 'batch' ? ['spec', 'jobTemplate', 'spec', 'template', 'spec'] : undefined;
        case 'Rollout':
            return group === 'argoproj.io' ? TEMPLATE : undefined;
        default:
            return undefined;
    }
}
/** The string an image node holds, through an alias if it is one (so an aliased match fails loudly). */
function imageText(doc, node) {
    if ((0,dist/* isAlias */.Vj)(node))
        return stringValue(node.resolve(doc));
    return stringValue(node);
}
/**
 * Pin the selected containers of one pod spec (any map with `containers` / `initContainers`).
 * `owner` names the object in messages, e.g. `Deployment/churn`.
 */
function pinPodSpec(ctx, document, doc, podSpec, path, owner) {
    for (const list of ['initContainers', 'containers']) {
        const init = list === 'initContainers';
        items(child(podSpec, list)).forEach((container, index) => {
            const name = stringValue(child(container, 'name')) ?? '';
            const node = child(container, 'image');
            const image = imageText(doc, node);
            ctx.seen.push({ owner, name, image, init });
            const selected = ctx.container !== undefined
                ? name === ctx.container
                : image !== undefined && (0,image_ref/* sameRepository */.RB)(image, ctx.pin);
            if (!selected)
                return;
            const where = [...path, `${list}[${index}]`, 'image'].join('.');
            if (node === undefined) {
                throw new errors/* ConfigurationError */.j1(`${placeName(ctx, document, where)}: container '${name}' has no image.`);
            }
            setScalar(ctx, document, where, init ? 'init-container' : 'container', node, image ?? '', (0,image_ref/* pinnedReference */.ct)(image, ctx.pin), name);
        });
    }
}
/** A workload document: its pod spec's containers. */
function pinWorkload(ctx, document, doc, specPath, owner) {
    const podSpec = childAt(doc.contents, specPath);
    pinPodSpec(ctx, document, doc, podSpec, specPath, owner);
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/kserve.js
/**
 * KServe InferenceService (`serving.kserve.io`): a modelcar's `storageUri: oci://<repo>@sha256:…` (the
 * model shipped as an OCI image) under `spec.predictor.model` or a framework key
 * (`spec.predictor.sklearn`, …), and the containers of predictor, transformer and explainer, which embed
 * a pod spec.
 *
 * Without a container name, a storageUri naming the pin's repository is pinned, and so are containers
 * running it. With one, only the containers of that name are (a storageUri belongs to no container).
 */





const COMPONENTS = ['predictor', 'transformer', 'explainer'];
const OCI = 'oci://';
function isInferenceService(apiVersion, kind) {
    return kind === 'InferenceService' && apiVersion.startsWith('serving.kserve.io/');
}
function pinStorageUris(ctx, document, predictor) {
    if (!(0,dist/* isMap */.jh)(predictor))
        return;
    for (const pair of predictor.items) {
        const key = stringValue(pair.key);
        const node = child(pair.value, 'storageUri');
        const uri = stringValue(node);
        if (key === undefined || uri === undefined || !uri.startsWith(OCI))
            continue;
        const current = uri.slice(OCI.length);
        if (!(0,image_ref/* sameRepository */.RB)(current, ctx.pin))
            continue;
        const path = `spec.predictor.${key}.storageUri`;
        setScalar(ctx, document, path, 'storage-uri', node, uri, OCI + (0,image_ref/* pinnedReference */.ct)(current, ctx.pin));
    }
}
function pinInferenceService(ctx, document, doc, owner) {
    const spec = child(doc.contents, 'spec');
    if (ctx.container === undefined)
        pinStorageUris(ctx, document, child(spec, 'predictor'));
    for (const component of COMPONENTS) {
        const podSpec = child(spec, component);
        if (podSpec)
            pinPodSpec(ctx, document, doc, podSpec, ['spec', component], `${owner} ${component}`);
    }
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/kustomization.js
/**
 * Kustomize `images:` entries `{name, newName, newTag, digest}` (kustomization.yaml, a Component, or a
 * Flux Kustomization's `spec.images`, which has the same shape).
 *
 * An entry matches when its `name` or `newName` names the pin's repository (docker's normalisation, so
 * `nginx` matches `docker.io/library/nginx`). Pinning sets `digest`; a tag in the pin also sets `newTag`,
 * and without one an existing `newTag` stays: kustomize 5.5 then renders `newName-or-name:newTag@digest`
 * (checked with `kubectl kustomize`), which pulls by digest. `name`/`newName` are never changed (a
 * mirror in `newName` holds the same digest). No matching entry: one is added
 * (`name` = the repository as the pin spells it, since kustomize matches names literally), and the
 * `images:` key too when missing, in the layout the file already uses.
 */






/** Where a document keeps `images:` if it is a kustomization; undefined when it is not one. */
function kustomizationImagesAt(apiVersion, kind, namedKustomization) {
    if (apiVersion?.startsWith('kustomize.config.k8s.io/') &&
        (kind === 'Kustomization' || kind === 'Component'))
        return [];
    if (apiVersion?.startsWith('kustomize.toolkit.fluxcd.io/') && kind === 'Kustomization')
        return ['spec'];
    if (namedKustomization && kind === undefined)
        return [];
    return undefined;
}
function prefix(holderPath) {
    return holderPath.length > 0 ? `${holderPath.join('.')}.` : '';
}
function pinEntry(ctx, document, entry, path) {
    const { pin } = ctx;
    const added = [];
    // newTag only when the pin names a tag (else an existing one stays for readers); digest always.
    const fields = [
        ['newTag', pin.tag],
        ['digest', pin.digest],
    ];
    for (const [key, value] of fields) {
        if (value === undefined)
            continue;
        const node = child(entry, key);
        if (node)
            setScalar(ctx, document, `${path}.${key}`, 'kustomize-image', node, scalarText(node) ?? '', value);
        else
            added.push([key, value]);
    }
    if (added.length === 0)
        return;
    const edit = addPairs(ctx.source.text, entry, added.map(([k, v]) => [k, renderNew(v)]), placeName(ctx, document, path));
    addInserted(ctx, document, 'kustomize-image', edit, added.map(([k, v]) => [`${path}.${k}`, v]));
}
function pinKustomization(ctx, document, doc, holderPath) {
    const { pin, source } = ctx;
    const holder = childAt(doc.contents, holderPath);
    const base = prefix(holderPath);
    if (!(0,dist/* isMap */.jh)(holder)) {
        throw new errors/* ConfigurationError */.j1(`${placeName(ctx, document, base || '(top level)')} is not a mapping; cannot add images: to it.`);
    }
    const pair = holder.items.find((p) => (0,dist/* isPair */.tO)(p) && stringValue(p.key) === 'images');
    const seq = pair?.value;
    const entries = (0,dist/* isSeq */.oP)(seq) ? seq.items : [];
    let matched = false;
    entries.forEach((entry, index) => {
        if (!(0,dist/* isMap */.jh)(entry))
            return;
        const name = stringValue(child(entry, 'name'));
        const newName = stringValue(child(entry, 'newName'));
        if (!(name && (0,image_ref/* sameRepository */.RB)(name, pin)) && !(newName && (0,image_ref/* sameRepository */.RB)(newName, pin)))
            return;
        matched = true;
        pinEntry(ctx, document, entry, `${base}images[${index}]`);
    });
    if (matched)
        return;
    const fields = [['name', pin.name]];
    if (pin.tag !== undefined)
        fields.push(['newTag', pin.tag]);
    fields.push(['digest', pin.digest]);
    const item = { pairs: fields.map(([k, v]) => [k, renderNew(v)]) };
    const where = placeName(ctx, document, `${base}images`);
    let edit;
    if ((0,dist/* isSeq */.oP)(seq))
        edit = appendItem(source.text, seq, item, where);
    else if (pair && (seq === null || ((0,dist/* isScalar */.jn)(seq) && seq.value === null)))
        edit = fillEmptyPair(source.text, doc, pair.key, seq, item, where);
    else if (!pair)
        edit = addSequencePair(source.text, doc, holder, 'images', item, where);
    else
        throw new errors/* ConfigurationError */.j1(`${where} is not a list.`);
    const path = `${base}images[${entries.length}]`;
    addInserted(ctx, document, 'kustomize-image', edit, fields.map(([k, v]) => [`${path}.${k}`, v]));
}

;// CONCATENATED MODULE: ./node_modules/.cache/mlops-build/js/src/core/gitops/pin.js
/**
 * Pin an image digest into a manifest's text, changing only the targeted scalars' bytes (and, for a
 * kustomization without an entry for the image, inserting one). The text is never re-serialised: every
 * target's source range is found with the yaml library and the new value spliced into the original, so
 * comments, quoting, key order, documents and their markers, CRLF and a BOM stay as they were.
 *
 * What a document is, in this order:
 *   - a file named `.argocd-source.yaml` / `.argocd-source-<app>.yaml`: Argo CD overrides;
 *   - a kustomization (`kind: Kustomization`/`Component` of kustomize.config.k8s.io, a Flux
 *     Kustomization, or any document without `kind` in a file named kustomization.yaml/.yml/Kustomization);
 *   - a workload (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job,
 *     CronJob, Argo Rollout) or a KServe InferenceService;
 *   - any other document without `apiVersion`/`kind` (Helm values): the key paths (`keys`, default
 *     `image.repository` + `image.tag`); a document with other kinds only when `keys` are given.
 * A file in which nothing is targeted is an error: the caller named it to be pinned.
 */










const KUSTOMIZATION_NAMES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
function dispatch(ctx, fileName) {
    const argo = isArgoCdSourceFile(fileName);
    const namedKustomization = KUSTOMIZATION_NAMES.has(fileName);
    ctx.source.documents.forEach((doc, index) => {
        if (doc.contents === null)
            return;
        if (argo)
            return pinArgoCdSource(ctx, index, doc);
        const apiVersion = stringValue(child(doc.contents, 'apiVersion'));
        const kind = stringValue(child(doc.contents, 'kind'));
        const holder = kustomizationImagesAt(apiVersion, kind, namedKustomization);
        if (holder)
            return pinKustomization(ctx, index, doc, holder);
        if (apiVersion !== undefined && kind !== undefined) {
            const owner = `${kind}/${stringValue(child(child(doc.contents, 'metadata'), 'name')) ?? '?'}`;
            const specPath = podSpecPath(apiVersion, kind);
            if (specPath)
                return pinWorkload(ctx, index, doc, specPath, owner);
            if (isInferenceService(apiVersion, kind))
                return pinInferenceService(ctx, index, doc, owner);
            if (ctx.keys)
                pinKeyPaths(ctx, index, doc, ctx.keys);
            return;
        }
        pinKeyPaths(ctx, index, doc, ctx.keys ?? DEFAULT_KEYS);
    });
}
function describe(seen) {
    return seen
        .map((c) => `${c.owner} ${c.init ? 'initContainer' : 'container'} '${c.name}' (${c.image ?? 'no image'})`)
        .join(', ');
}
function nothingFound(ctx) {
    const { file } = ctx.source;
    if (ctx.container !== undefined && ctx.seen.length > 0) {
        return new errors/* ConfigurationError */.j1(`${file}: no container named '${ctx.container}'. Containers here: ${describe(ctx.seen)}.`, { file });
    }
    if (ctx.seen.length > 0) {
        return new errors/* ConfigurationError */.j1(`${file}: no container runs ${ctx.pin.name}. Containers here: ${describe(ctx.seen)}. Name one with --container.`, { file });
    }
    const keys = (ctx.keys ?? DEFAULT_KEYS).join(', ');
    return new errors/* ConfigurationError */.j1(`${file}: nothing to pin for ${ctx.pin.name}: no workload or InferenceService container, no kustomization, and no ${keys} keys.`, { file });
}
/** Offsets in UTF-16 code units → UTF-8 bytes, for ranges a caller can apply to the file's bytes. */
function byteOffset(text, offset) {
    return Buffer.byteLength(text.slice(0, offset), 'utf8');
}
/** Pin one manifest's text. Throws ConfigurationError (naming the file) for bad YAML or no target. */
function pinManifest(text, options) {
    const source = parseSource(options.file, text);
    const pin = typeof options.image === 'string' ? (0,image_ref/* parsePinImage */.o7)(options.image) : options.image;
    const ctx = {
        source,
        pin,
        container: options.container,
        keys: options.keys && options.keys.length > 0 ? [...new Set(options.keys)] : undefined,
        found: [],
        edits: [],
        seen: [],
    };
    dispatch(ctx, (0,external_node_path_.basename)(options.file));
    if (ctx.found.length === 0)
        throw nothingFound(ctx);
    const out = ctx.edits.length > 0 ? applyEdits(text, ctx.edits) : text;
    const changes = [...ctx.found]
        .sort((a, b) => a.range[0] - b.range[0])
        .map((f) => ({
        document: f.document,
        path: f.path,
        target: f.target,
        ...(f.container === undefined ? {} : { container: f.container }),
        old: f.old,
        new: f.new,
        changed: f.old !== f.new,
        line: lineAt(source, f.range[0]),
        bytes: [byteOffset(text, f.range[0]), byteOffset(text, f.range[1])],
    }));
    return { file: options.file, changed: out !== text, changes, text: out };
}


/***/ }),

/***/ 2766:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RB: () => (/* binding */ sameRepository),
/* harmony export */   ct: () => (/* binding */ pinnedReference),
/* harmony export */   mQ: () => (/* binding */ splitReference),
/* harmony export */   o7: () => (/* binding */ parsePinImage)
/* harmony export */ });
/* unused harmony export repositoryKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);
/* harmony import */ var _reference_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7246);


function splitReference(value) {
    const at = value.indexOf('@');
    const digest = at >= 0 ? value.slice(at + 1) : undefined;
    let name = at >= 0 ? value.slice(0, at) : value;
    let tag;
    const colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf('/')) {
        tag = name.slice(colon + 1);
        name = name.slice(0, colon);
    }
    return { name, tag, digest };
}
/**
 * Normalised repository of an image name as written in a manifest, or undefined when it is not a valid
 * image name (a template placeholder such as `${IMAGE}`, an empty value): such values never match.
 */
function repositoryKey(name) {
    try {
        const ref = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(name, 'image');
        return `${ref.registry}/${ref.repository}`;
    }
    catch {
        return undefined;
    }
}
/** Parse the pin's image reference; it must carry a sha256 digest. `inputName` names it in errors. */
function parsePinImage(text, inputName = 'image') {
    const reference = text.trim();
    const parsed = (0,_reference_js__WEBPACK_IMPORTED_MODULE_1__/* .parseImageReference */ .o_)(reference, inputName);
    if (parsed.digest === undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${inputName}': '${reference}' has no digest; pin with an immutable reference such as repo@sha256:<64 hex> (or repo:tag@sha256:<64 hex>).`);
    }
    const written = splitReference(reference);
    return {
        reference,
        name: written.name,
        key: `${parsed.registry}/${parsed.repository}`,
        tag: parsed.tag,
        digest: parsed.digest,
    };
}
/**
 * The value an image field gets. The digest is what pins. The repository keeps the manifest's spelling
 * when it names the same repository (`nginx` stays `nginx`), else the pin's. A tag in the pin replaces
 * the manifest's; without one the manifest's tag is kept for readers when the repository is the same
 * (`repo:tag@sha256:…` is valid and pulls by digest). So a value already pinned to the digest comes out
 * unchanged.
 */
function pinnedReference(current, pin) {
    const written = current === undefined ? undefined : splitReference(current.trim());
    const same = written !== undefined && repositoryKey(written.name) === pin.key;
    const name = same ? written.name : pin.name;
    const tag = pin.tag ?? (same ? written.tag : undefined);
    return `${name}${tag ? `:${tag}` : ''}@${pin.digest}`;
}
/** Whether a written value (`repo[:tag][@digest]`) names the pin's repository. */
function sameRepository(value, pin) {
    return repositoryKey(splitReference(value.trim()).name) === pin.key;
}


/***/ })

};
