export const id = 213;
export const ids = [213];
export const modules = {

/***/ 2213:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  RemoteCertificates: () => (/* binding */ RemoteCertificates)
});

// EXTERNAL MODULE: ./lib/core/errors.js
var errors = __webpack_require__(3828);
// EXTERNAL MODULE: ./lib/core/object-backup.js
var object_backup = __webpack_require__(3839);
// EXTERNAL MODULE: ./lib/core/names.js
var names = __webpack_require__(6599);
// EXTERNAL MODULE: ./lib/protocol/backup-wire.js
var backup_wire = __webpack_require__(4988);
// EXTERNAL MODULE: ./lib/protocol/base64url.js
var base64url = __webpack_require__(1676);
// EXTERNAL MODULE: ./lib/protocol/attributes-wire.js
var attributes_wire = __webpack_require__(605);
// EXTERNAL MODULE: ./lib/protocol/body-fields.js
var body_fields = __webpack_require__(3450);
// EXTERNAL MODULE: ./lib/protocol/ids.js
var ids = __webpack_require__(9654);
;// CONCATENATED MODULE: ./lib/protocol/certificate-issuers-wire.js
/**
 * Certificate issuers and contacts on the wire (certificates.json IssuerBundle,
 * CertificateIssuerItem, CertificateIssuerSetParameters, CertificateIssuerUpdateParameters,
 * Contacts).
 *
 * Coffer's issuers are vault CAs, told apart from Azure's provider accounts by their provider:
 * `{provider: "Coffer", credentials: {account_id: <the CA certificate's name>}, attributes:
 * {enabled, created, updated}}`. A request's `pwd` and `org_details` mean nothing to a vault CA
 * and are ignored; a password is never stored or answered. Issuer list items carry the
 * issuer's credentials and attributes as well (the SDKs read only `id` and `provider`), so that
 * a listing needs no read per issuer.
 */





const COFFER_PROVIDER = 'Coffer';
/** Azure's limit on contacts, and a bound on each field. */
const MAX_CONTACTS = 32;
const MAX_CONTACT_CHARS = 256;
/** `{origin}/certificates/issuers/{name}`, as Azure writes an issuer's id. */
function issuerId(origin, name) {
    return `${vaultOrigin(origin)}/certificates/issuers/${validateName(name, 'issuer')}`;
}
/** GET, PUT, PATCH and DELETE /certificates/issuers/{name} answer this; list items are the same. */
function issuerBundle(origin, issuer) {
    return {
        id: issuerId(origin, issuer.name),
        provider: COFFER_PROVIDER,
        credentials: { account_id: issuer.certificateName },
        attributes: { enabled: issuer.enabled, created: toUnixSeconds(issuer.createdOn), updated: toUnixSeconds(issuer.updatedOn) },
    };
}
function checkProvider(body, required) {
    const provider = optionalString(body, 'provider');
    if (provider === undefined && !required)
        return;
    if (provider !== COFFER_PROVIDER) {
        throw new BadParameterError(`Invalid field 'provider'${provider === undefined ? '' : ` ${quote(provider)}`}: expected '${COFFER_PROVIDER}' (a vault CA, backed by a CA certificate in this vault).`);
    }
}
function accountId(body) {
    const credentials = (0,body_fields/* optionalObject */.u9)(body, 'credentials');
    return credentials === undefined ? undefined : (0,body_fields/* optionalString */.sx)(credentials, 'account_id', 'credentials');
}
function enabledOf(body) {
    const attributes = optionalObject(body, 'attributes');
    return attributes === undefined ? undefined : optionalBoolean(attributes, 'enabled', 'attributes');
}
/** PUT /certificates/issuers/{name}: provider Coffer and the CA certificate's name as `credentials.account_id`. */
function parseIssuerSetParameters(input) {
    const body = readObject(input, 'issuer set request');
    checkProvider(body, true);
    const certificateName = accountId(body);
    if (certificateName === undefined)
        throw new BadParameterError("Missing field 'credentials.account_id': expected the name of the CA certificate that signs for this issuer.");
    const enabled = enabledOf(body);
    return { certificateName, ...(enabled === undefined ? {} : { enabled }) };
}
/** PATCH /certificates/issuers/{name}: the CA certificate and `enabled`, each optional. */
function parseIssuerUpdateParameters(input) {
    const body = readObject(input, 'issuer update request');
    checkProvider(body, false);
    const certificateName = accountId(body);
    const enabled = enabledOf(body);
    return { ...(certificateName === undefined ? {} : { certificateName }), ...(enabled === undefined ? {} : { enabled }) };
}
function contactsWire(origin, contacts) {
    return {
        id: `${vaultOrigin(origin)}/certificates/contacts`,
        contacts: contacts.map((c) => ({
            ...(c.email === undefined ? {} : { email: c.email }), ...(c.name === undefined ? {} : { name: c.name }), ...(c.phone === undefined ? {} : { phone: c.phone }),
        })),
    };
}
function parseContact(input, index) {
    const path = `contacts[${index}]`;
    const entry = (0,body_fields/* readObject */.Ag)(input, `field '${path}'`);
    const field = (name) => {
        const value = (0,body_fields/* optionalString */.sx)(entry, name, path);
        if (value !== undefined && value.length > MAX_CONTACT_CHARS)
            throw new errors/* BadParameterError */.lh(`Invalid field '${path}.${name}': longer than ${MAX_CONTACT_CHARS} characters.`);
        return value;
    };
    const email = field('email');
    const name = field('name');
    const phone = field('phone');
    return { ...(email === undefined ? {} : { email }), ...(name === undefined ? {} : { name }), ...(phone === undefined ? {} : { phone }) };
}
/** PUT /certificates/contacts (request) and the Contacts of any answer (the client): at most 32. */
function parseContacts(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'contacts');
    const contacts = (0,body_fields/* optionalArray */.oS)(body, 'contacts') ?? [];
    if (contacts.length > MAX_CONTACTS)
        throw new errors/* BadParameterError */.lh(`Invalid field 'contacts': at most ${MAX_CONTACTS} contacts, got ${contacts.length}.`);
    return contacts.map(parseContact);
}
// --- the client's side ------------------------------------------------------------------
function issuerSetWire(options) {
    return { provider: COFFER_PROVIDER, credentials: { account_id: options.certificateName }, ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }) };
}
function issuerUpdateWire(options) {
    return {
        ...(options.certificateName === undefined ? {} : { credentials: { account_id: options.certificateName } }),
        ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }),
    };
}
const ISSUER_ID = /^https:\/\/[^/?#\s]+\/certificates\/issuers\/([0-9a-zA-Z-]{1,127})$/;
/** An issuer's name from its id; undefined when the text is not an issuer id. */
function issuerNameOf(id) {
    return ISSUER_ID.exec(id)?.[1];
}
/**
 * Reads an IssuerBundle (or a Coffer list item). An issuer of another provider (an Azure vault's
 * DigiCert or GlobalSign account) is not a vault CA: undefined, for the caller to skip or refuse.
 */
function parseIssuerBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'issuer');
    const id = (0,body_fields/* requiredString */.Fk)(body, 'id');
    const name = issuerNameOf(id);
    if (name === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'id': expected https://host/certificates/issuers/name.");
    if ((0,body_fields/* optionalString */.sx)(body, 'provider') !== COFFER_PROVIDER)
        return undefined;
    const certificateName = accountId(body);
    const attributes = (0,body_fields/* optionalObject */.u9)(body, 'attributes');
    if (certificateName === undefined || attributes === undefined)
        return undefined;
    const seconds = (field) => (0,attributes_wire/* fromUnixSeconds */.kf)((0,body_fields/* optionalInteger */.$H)(attributes, field, { min: 0, max: attributes_wire/* MAX_UNIX_SECONDS */.E8 }, 'attributes') ?? 0);
    return {
        name, provider: COFFER_PROVIDER, certificateName, enabled: (0,body_fields/* optionalBoolean */.Jz)(attributes, 'enabled', 'attributes') ?? true,
        createdOn: seconds('created'), updatedOn: seconds('updated'),
    };
}

// EXTERNAL MODULE: ./lib/core/certificates/model.js
var model = __webpack_require__(2697);
;// CONCATENATED MODULE: ./lib/protocol/certificate-policy-wire.js
/**
 * The certificate policy on the wire (certificates.json `CertificatePolicy`, 2025-07-01):
 * `{id, key_props, secret_props, x509_props, lifetime_actions, issuer, attributes}`, snake_case,
 * times in Unix seconds. IP SANs are `x509_props.sans.ipAddresses`, the spec's own name since
 * 2025-07-01. One Coffer extension, which the SDKs ignore: `x509_props.basic_constraints: {ca}`
 * for the policy's `ca` (a CA certificate).
 *
 * Requests are read strictly and bounded: every field that is present must have its type and
 * range, or the request is refused with the field's JSON path; fields Coffer does not know are
 * ignored, as Azure ignores them. Fields left out stay out of the CertificatePolicyInput, so the
 * vault applies its defaults (create) or keeps the current value (update).
 */





/** Bounds of what a policy may carry: far above any real policy, so that a body cannot make the vault do much work. */
const POLICY_LIMITS = { subjectChars: 1024, sanEntries: 100, sanChars: 255, ekus: 32, lifetimeActions: 10, issuerChars: 127 };
const KEY_TYPES = { RSA: 'RSA', 'RSA-HSM': 'RSA', EC: 'EC', 'EC-HSM': 'EC' };
const CURVE_BITS = { 'P-256': 256, 'P-384': 384, 'P-521': 521 };
const CONTENT_TYPES = [model/* PKCS12_CONTENT_TYPE */.w5, model/* PEM_CONTENT_TYPE */.qc];
const ACTIONS = ['AutoRenew', 'EmailContacts'];
const OID = /^[0-2](\.(0|[1-9][0-9]{0,9})){1,31}$/;
/** The `sans` member: only the kinds that have entries, and none at all when there are none (as Azure answers). */
function certificate_policy_wire_sansWire(sans) {
    const wire = {
        ...(sans.dnsNames.length === 0 ? {} : { dns_names: [...sans.dnsNames] }),
        ...(sans.emails.length === 0 ? {} : { emails: [...sans.emails] }),
        ...(sans.upns.length === 0 ? {} : { upns: [...sans.upns] }),
        ...(sans.ipAddresses.length === 0 ? {} : { ipAddresses: [...sans.ipAddresses] }),
    };
    return Object.keys(wire).length === 0 ? undefined : wire;
}
function lifetimeActionWire(action) {
    const trigger = action.lifetimePercentage === undefined ? { days_before_expiry: action.daysBeforeExpiry ?? 0 } : { lifetime_percentage: action.lifetimePercentage };
    return { trigger, action: { action_type: action.action } };
}
/** A certificate's policy as GET /certificates/{name}/policy answers it; its id is `{origin}/certificates/{name}/policy`. */
function certificate_policy_wire_certificatePolicyWire(origin, name, policy) {
    const sans = certificate_policy_wire_sansWire(policy.subjectAlternativeNames);
    return {
        id: `${objectId(origin, 'certificates', name)}/policy`,
        key_props: {
            exportable: policy.exportable, kty: policy.keyType,
            ...(policy.keySize === undefined ? {} : { key_size: policy.keySize }),
            reuse_key: policy.reuseKey,
            ...(policy.curve === undefined ? {} : { crv: policy.curve }),
        },
        secret_props: { contentType: policy.contentType },
        x509_props: {
            subject: policy.subject, ...(sans === undefined ? {} : { sans }), ekus: [...policy.enhancedKeyUsage], key_usage: [...policy.keyUsage],
            validity_months: policy.validityInMonths, ...(policy.ca ? { basic_constraints: { ca: true } } : {}),
        },
        lifetime_actions: policy.lifetimeActions.map(lifetimeActionWire),
        issuer: { name: policy.issuerName },
        attributes: {
            enabled: policy.enabled,
            ...(policy.createdOn === undefined ? {} : { created: toUnixSeconds(policy.createdOn) }),
            ...(policy.updatedOn === undefined ? {} : { updated: toUnixSeconds(policy.updatedOn) }),
        },
    };
}
// --- reading a request's policy ---------------------------------------------------------
function oneOf(value, allowed, field) {
    const found = allowed.find((candidate) => candidate === value);
    if (found === undefined)
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected one of ${allowed.join(', ')}.`);
    return found;
}
/** An array of strings, each 1–`maxChars` long, at most `maxItems`; undefined when absent or null. */
function stringList(body, field, path, bounds) {
    const list = (0,body_fields/* optionalArray */.oS)(body, field, path);
    if (list === undefined)
        return undefined;
    const where = `${path}.${field}`;
    if (list.length > bounds.maxItems)
        throw new errors/* BadParameterError */.lh(`Invalid field '${where}': at most ${bounds.maxItems} entries, got ${list.length}.`);
    return list.map((entry, i) => {
        if (typeof entry !== 'string' || entry.length === 0 || entry.length > bounds.maxChars) {
            throw new errors/* BadParameterError */.lh(`Invalid field '${where}[${i}]': expected a string of 1-${bounds.maxChars} characters.`);
        }
        return entry;
    });
}
function parseKeyProps(body) {
    const props = (0,body_fields/* optionalObject */.u9)(body, 'key_props', 'policy');
    if (props === undefined)
        return {};
    const path = 'policy.key_props';
    const kty = (0,body_fields/* readNullable */.Qx)(props, 'kty') ?? undefined;
    const keyType = kty === undefined ? undefined : KEY_TYPES[oneOf(kty, Object.keys(KEY_TYPES), `${path}.kty`)];
    const crv = (0,body_fields/* readNullable */.Qx)(props, 'crv') ?? undefined;
    const curve = crv === undefined ? undefined : oneOf(crv, model/* CERTIFICATE_CURVES */.jL, `${path}.crv`);
    let keySize = (0,body_fields/* optionalInteger */.$H)(props, 'key_size', { min: 1, max: 16384 }, path);
    // The SDKs send an EC key's size with its curve (256 with P-256): it says nothing more, unless it
    // disagrees. Without a curve, the vault reads the size as the curve (384 is P-384).
    if (keyType === 'EC' && keySize !== undefined && curve !== undefined) {
        if (keySize !== CURVE_BITS[curve]) {
            throw new errors/* BadParameterError */.lh(`Invalid field '${path}.key_size': ${keySize} is not the size of the curve ${curve} (${CURVE_BITS[curve]}).`);
        }
        keySize = undefined;
    }
    const exportable = (0,body_fields/* optionalBoolean */.Jz)(props, 'exportable', path);
    const reuseKey = (0,body_fields/* optionalBoolean */.Jz)(props, 'reuse_key', path);
    return {
        ...(keyType === undefined ? {} : { keyType }), ...(keySize === undefined ? {} : { keySize }), ...(curve === undefined ? {} : { curve }),
        ...(exportable === undefined ? {} : { exportable }), ...(reuseKey === undefined ? {} : { reuseKey }),
    };
}
function parseSans(x509) {
    const sans = (0,body_fields/* optionalObject */.u9)(x509, 'sans', 'policy.x509_props');
    if (sans === undefined)
        return undefined;
    const path = 'policy.x509_props.sans';
    const bounds = { maxItems: POLICY_LIMITS.sanEntries, maxChars: POLICY_LIMITS.sanChars };
    // URIs are in Azure's policy, but not in Coffer's: refused rather than left out of the certificate unsaid.
    if ((stringList(sans, 'uris', path, bounds) ?? []).length > 0) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${path}.uris': Coffer does not issue URI subject alternative names.`);
    }
    const dnsNames = stringList(sans, 'dns_names', path, bounds);
    const emails = stringList(sans, 'emails', path, bounds);
    const upns = stringList(sans, 'upns', path, bounds);
    const ipAddresses = stringList(sans, 'ipAddresses', path, bounds);
    return {
        ...(dnsNames === undefined ? {} : { dnsNames }), ...(emails === undefined ? {} : { emails }),
        ...(upns === undefined ? {} : { upns }), ...(ipAddresses === undefined ? {} : { ipAddresses }),
    };
}
function parseX509Props(body) {
    const x509 = (0,body_fields/* optionalObject */.u9)(body, 'x509_props', 'policy');
    if (x509 === undefined)
        return {};
    const path = 'policy.x509_props';
    const subject = (0,body_fields/* optionalString */.sx)(x509, 'subject', path);
    if (subject !== undefined && subject.length > POLICY_LIMITS.subjectChars) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${path}.subject': longer than ${POLICY_LIMITS.subjectChars} characters.`);
    }
    const subjectAlternativeNames = parseSans(x509);
    const ekus = stringList(x509, 'ekus', path, { maxItems: POLICY_LIMITS.ekus, maxChars: 128 });
    ekus?.forEach((oid, i) => {
        if (!OID.test(oid))
            throw new errors/* BadParameterError */.lh(`Invalid field '${path}.ekus[${i}]': ${(0,errors/* quote */.hD)(oid)} is not an object identifier such as 1.3.6.1.5.5.7.3.1.`);
    });
    const usages = (0,body_fields/* optionalArray */.oS)(x509, 'key_usage', path);
    if (usages !== undefined && usages.length > model/* KEY_USAGES */.xG.length)
        throw new errors/* BadParameterError */.lh(`Invalid field '${path}.key_usage': at most ${model/* KEY_USAGES */.xG.length} entries.`);
    const keyUsage = usages?.map((usage, i) => oneOf(usage, model/* KEY_USAGES */.xG, `${path}.key_usage[${i}]`));
    const validityInMonths = (0,body_fields/* optionalInteger */.$H)(x509, 'validity_months', { min: 1, max: 120 }, path);
    const constraints = (0,body_fields/* optionalObject */.u9)(x509, 'basic_constraints', path);
    const ca = constraints === undefined ? undefined : (0,body_fields/* optionalBoolean */.Jz)(constraints, 'ca', `${path}.basic_constraints`);
    return {
        ...(subject === undefined ? {} : { subject }), ...(subjectAlternativeNames === undefined ? {} : { subjectAlternativeNames }),
        ...(ekus === undefined ? {} : { enhancedKeyUsage: ekus }), ...(keyUsage === undefined ? {} : { keyUsage }),
        ...(validityInMonths === undefined ? {} : { validityInMonths }), ...(ca === undefined ? {} : { ca }),
    };
}
function parseLifetimeAction(input, index) {
    const path = `policy.lifetime_actions[${index}]`;
    const entry = (0,body_fields/* readObject */.Ag)(input, `field '${path}'`);
    const trigger = (0,body_fields/* readObject */.Ag)((0,body_fields/* readNullable */.Qx)(entry, 'trigger') ?? undefined, `field '${path}.trigger'`);
    const action = (0,body_fields/* readObject */.Ag)((0,body_fields/* readNullable */.Qx)(entry, 'action') ?? undefined, `field '${path}.action'`);
    const actionType = oneOf((0,body_fields/* readNullable */.Qx)(action, 'action_type'), ACTIONS, `${path}.action.action_type`);
    const lifetimePercentage = (0,body_fields/* optionalInteger */.$H)(trigger, 'lifetime_percentage', { min: 1, max: 99 }, `${path}.trigger`);
    const daysBeforeExpiry = (0,body_fields/* optionalInteger */.$H)(trigger, 'days_before_expiry', { min: 1, max: 120 * 31 }, `${path}.trigger`);
    if (lifetimePercentage !== undefined && daysBeforeExpiry === undefined)
        return { action: actionType, lifetimePercentage };
    if (daysBeforeExpiry !== undefined && lifetimePercentage === undefined)
        return { action: actionType, daysBeforeExpiry };
    throw new errors/* BadParameterError */.lh(`Invalid field '${path}.trigger': expected exactly one of lifetime_percentage and days_before_expiry.`);
}
function parseIssuerName(body) {
    const issuer = (0,body_fields/* optionalObject */.u9)(body, 'issuer', 'policy');
    const name = issuer === undefined ? undefined : (0,body_fields/* optionalString */.sx)(issuer, 'name', 'policy.issuer');
    if (name !== undefined && (name.length === 0 || name.length > POLICY_LIMITS.issuerChars)) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'policy.issuer.name': expected 1-${POLICY_LIMITS.issuerChars} characters.`);
    }
    return name;
}
/**
 * A request's policy (create, import, PATCH …/policy) as the vault's input: only the fields the
 * request sets. Checked here: types, enumerations and ranges; the vault checks how the fields
 * go together (a key size for the key type, a subject or SANs, an issuer that exists).
 */
function certificate_policy_wire_parseCertificatePolicyInput(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, "field 'policy'");
    const secretProps = (0,body_fields/* optionalObject */.u9)(body, 'secret_props', 'policy');
    const contentTypeText = secretProps === undefined ? undefined : (0,body_fields/* readNullable */.Qx)(secretProps, 'contentType') ?? undefined;
    const contentType = contentTypeText === undefined ? undefined : oneOf(contentTypeText, CONTENT_TYPES, 'policy.secret_props.contentType');
    const actions = (0,body_fields/* optionalArray */.oS)(body, 'lifetime_actions', 'policy');
    if (actions !== undefined && actions.length > POLICY_LIMITS.lifetimeActions) {
        throw new errors/* BadParameterError */.lh(`Invalid field 'policy.lifetime_actions': at most ${POLICY_LIMITS.lifetimeActions} actions, got ${actions.length}.`);
    }
    const lifetimeActions = actions?.map(parseLifetimeAction);
    const issuerName = parseIssuerName(body);
    const attributes = (0,body_fields/* optionalObject */.u9)(body, 'attributes', 'policy');
    const enabled = attributes === undefined ? undefined : (0,body_fields/* optionalBoolean */.Jz)(attributes, 'enabled', 'policy.attributes');
    return {
        ...parseKeyProps(body), ...(contentType === undefined ? {} : { contentType }), ...parseX509Props(body),
        ...(lifetimeActions === undefined ? {} : { lifetimeActions }), ...(issuerName === undefined ? {} : { issuerName }),
        ...(enabled === undefined ? {} : { enabled }),
    };
}
// --- the client's side ------------------------------------------------------------------
/** The body (or `policy` member) the remote client sends for a policy input: only what it sets. */
function certificatePolicyInputWire(input) {
    const keyProps = {
        ...(input.exportable === undefined ? {} : { exportable: input.exportable }), ...(input.keyType === undefined ? {} : { kty: input.keyType }),
        ...(input.keySize === undefined ? {} : { key_size: input.keySize }), ...(input.reuseKey === undefined ? {} : { reuse_key: input.reuseKey }),
        ...(input.curve === undefined ? {} : { crv: input.curve }),
    };
    const s = input.subjectAlternativeNames;
    const sans = s === undefined ? undefined : {
        ...(s.dnsNames === undefined ? {} : { dns_names: [...s.dnsNames] }), ...(s.emails === undefined ? {} : { emails: [...s.emails] }),
        ...(s.upns === undefined ? {} : { upns: [...s.upns] }), ...(s.ipAddresses === undefined ? {} : { ipAddresses: [...s.ipAddresses] }),
    };
    const x509 = {
        ...(input.subject === undefined ? {} : { subject: input.subject }), ...(sans === undefined ? {} : { sans }),
        ...(input.enhancedKeyUsage === undefined ? {} : { ekus: [...input.enhancedKeyUsage] }), ...(input.keyUsage === undefined ? {} : { key_usage: [...input.keyUsage] }),
        ...(input.validityInMonths === undefined ? {} : { validity_months: input.validityInMonths }), ...(input.ca === undefined ? {} : { basic_constraints: { ca: input.ca } }),
    };
    const nonEmpty = (object) => Object.keys(object).length > 0;
    return {
        ...(nonEmpty(keyProps) ? { key_props: keyProps } : {}),
        ...(input.contentType === undefined ? {} : { secret_props: { contentType: input.contentType } }),
        ...(nonEmpty(x509) ? { x509_props: x509 } : {}),
        ...(input.lifetimeActions === undefined ? {} : { lifetime_actions: input.lifetimeActions.map(lifetimeActionWire) }),
        ...(input.issuerName === undefined ? {} : { issuer: { name: input.issuerName } }),
        ...(input.enabled === undefined ? {} : { attributes: { enabled: input.enabled } }),
    };
}
const optionalSeconds = (attributes, field) => {
    const seconds = attributes === undefined ? undefined : (0,body_fields/* optionalInteger */.$H)(attributes, field, { min: 0, max: attributes_wire/* MAX_UNIX_SECONDS */.E8 }, 'policy.attributes');
    return seconds === undefined ? undefined : (0,attributes_wire/* fromUnixSeconds */.kf)(seconds);
};
/**
 * A policy as a vault answers it, for the remote client. What a request may leave out, an answer
 * may too (Azure leaves out empty members); a member left out reads as Azure's default.
 */
function parseCertificatePolicy(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate policy');
    const given = certificate_policy_wire_parseCertificatePolicyInput(body);
    const attributes = (0,body_fields/* optionalObject */.u9)(body, 'attributes', 'policy');
    const keyType = given.keyType ?? 'RSA';
    const sans = given.subjectAlternativeNames ?? {};
    return {
        keyType,
        keySize: keyType === 'RSA' ? given.keySize ?? 2048 : undefined,
        curve: keyType === 'EC' ? given.curve ?? 'P-256' : undefined,
        exportable: given.exportable ?? true,
        reuseKey: given.reuseKey ?? false,
        contentType: given.contentType ?? model/* PKCS12_CONTENT_TYPE */.w5,
        subject: given.subject ?? '',
        subjectAlternativeNames: { dnsNames: sans.dnsNames ?? [], emails: sans.emails ?? [], upns: sans.upns ?? [], ipAddresses: sans.ipAddresses ?? [] },
        enhancedKeyUsage: given.enhancedKeyUsage ?? [],
        keyUsage: given.keyUsage ?? [],
        validityInMonths: given.validityInMonths ?? 12,
        lifetimeActions: given.lifetimeActions ?? [],
        issuerName: given.issuerName ?? model/* SELF_ISSUER */.xt,
        ca: given.ca ?? false,
        enabled: given.enabled ?? true,
        createdOn: optionalSeconds(attributes, 'created'),
        updatedOn: optionalSeconds(attributes, 'updated'),
    };
}

// EXTERNAL MODULE: ./lib/core/certificates/x509.js
var x509 = __webpack_require__(1654);
// EXTERNAL MODULE: ./lib/protocol/tags-wire.js
var tags_wire = __webpack_require__(7745);
;// CONCATENATED MODULE: ./lib/protocol/certificates-wire.js
/**
 * Certificates on the wire (certificates.json, 2025-07-01): CertificateBundle, CertificateItem,
 * their deleted forms, and CertificateOperation. The policy is in certificate-policy-wire.ts,
 * the request bodies in certificate-requests-wire.ts, issuers and contacts in
 * certificate-issuers-wire.ts.
 *
 * Binary members follow the spec's formats: `x5t` is base64url (SHA-1 of the DER), `cer`,
 * `csr` and `x5c` are standard base64 (`format: byte`). Attributes carry the certificate's own
 * validity as `nbf`/`exp`. Coffer's additions, which the SDKs ignore: `chain` on a bundle (the
 * issuing chain after the certificate, base64 DER each, absent for a self-signed one), and
 * `x509_info` on a list item (subject, issuer, serial number, SHA-256 thumbprint and SANs), so
 * that a listing says what the certificate is without a read per entry.
 */








/** A certificate (DER) is never near this size; a chain holds at most this many. */
const certificates_wire_MAX_CERTIFICATE_BYTES = 64 * 1024;
const certificates_wire_MAX_CHAIN_LENGTH = 10;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/**
 * Strict standard base64 (the spec's `format: byte`): padding as RFC 4648 writes it, no
 * whitespace, no leftover bits, bounded on the text before anything is decoded. Messages name
 * the field and never quote it.
 */
function certificates_wire_decodeBase64(text, field, maxBytes) {
    if (typeof text !== 'string')
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected a base64 string.`);
    if (text.length > Math.ceil(maxBytes / 3) * 4)
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': longer than ${maxBytes} bytes.`);
    const bytes = Buffer.from(text, 'base64');
    if (text.length === 0 || text.length % 4 !== 0 || !BASE64.test(text) || bytes.toString('base64') !== text) {
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': expected standard base64 (A-Z, a-z, 0-9, '+', '/', '=' padding).`);
    }
    return bytes;
}
const base64 = (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
/** `/keys/name/version` (the domain's keyId, secretId) as an absolute id on `origin`. */
function managedId(origin, relative, collection) {
    const [, found, name, version] = relative.split('/');
    if (found !== collection || name === undefined || version === undefined)
        throw new BadParameterError(`Invalid ${collection} id of a certificate: expected /${collection}/name/version.`);
    return objectId(origin, collection, name, version);
}
/** GET, import, merge, PATCH, recover and restore answer this; the policy comes with the latest version only. */
function certificateBundle(origin, certificate) {
    const { properties, policy } = certificate;
    return {
        id: objectId(origin, 'certificates', certificate.name, properties.version),
        ...(certificate.keyId === undefined ? {} : { kid: managedId(origin, certificate.keyId, 'keys') }),
        sid: managedId(origin, certificate.secretId, 'secrets'),
        x5t: encodeBase64url(properties.x509Thumbprint),
        cer: base64(certificate.cer),
        ...(policy === undefined ? {} : { contentType: policy.contentType }),
        attributes: attributesWire(properties),
        ...tagsWire(properties.tags),
        ...(policy === undefined ? {} : { policy: certificatePolicyWire(origin, certificate.name, policy) }),
        ...(certificate.chain.length === 0 ? {} : { chain: certificate.chain.map(base64) }),
    };
}
/** A list entry: the base id in GET /certificates (latest version), each version's id in /versions. */
function certificateItem(origin, properties, versioned) {
    const sans = sansWire(properties.subjectAlternativeNames);
    return {
        id: objectId(origin, 'certificates', properties.name, versioned ? properties.version : undefined),
        attributes: attributesWire(properties),
        ...tagsWire(properties.tags),
        x5t: encodeBase64url(properties.x509Thumbprint),
        x509_info: {
            subject: properties.subject, issuer: properties.issuer, serial_number: properties.serialNumber,
            x5t_s256: encodeBase64url(properties.x509ThumbprintSha256), ...(sans === undefined ? {} : { sans }),
        },
    };
}
function deletion(origin, deleted) {
    return {
        recoveryId: recoveryId(origin, 'certificates', deleted.certificate.name),
        deletedDate: toUnixSeconds(deleted.deletedOn),
        scheduledPurgeDate: toUnixSeconds(deleted.scheduledPurgeDate),
    };
}
/** DELETE /certificates/{name} and GET /deletedcertificates/{name}. */
function deletedCertificateBundle(origin, deleted) {
    return { ...certificateBundle(origin, deleted.certificate), ...deletion(origin, deleted) };
}
function deletedCertificateItem(origin, deleted) {
    return { ...certificateItem(origin, deleted.certificate.properties, false), ...deletion(origin, deleted) };
}
/** POST …/create (202), GET|PATCH|DELETE …/pending and Coffer's POST …/renew answer this. */
function certificateOperationWire(origin, operation) {
    const base = objectId(origin, 'certificates', operation.name);
    return {
        id: `${base}/pending`,
        issuer: { name: operation.issuerName },
        ...(operation.csr.length === 0 ? {} : { csr: base64(operation.csr) }),
        cancellation_requested: operation.cancellationRequested,
        status: operation.status,
        ...(operation.statusDetails === undefined ? {} : { status_details: operation.statusDetails }),
        ...(operation.error === undefined ? {} : { error: { code: operation.error.code, message: operation.error.message } }),
        ...(operation.target === undefined ? {} : { target: `${vaultOrigin(origin)}${operation.target}` }),
        request_id: operation.requestId,
    };
}
// --- the client's side ------------------------------------------------------------------
const STATUSES = ['inProgress', 'completed', 'cancelled', 'failed'];
/** A relative `/keys/name/version` from an absolute kid or sid. */
function relativeId(id, collection) {
    const parsed = (0,ids/* parseObjectId */.u9)(id, collection);
    return `/${collection}/${parsed.name}${parsed.version === undefined ? '' : `/${parsed.version}`}`;
}
function decodeChain(list, field) {
    if (list === undefined)
        return [];
    if (list.length > certificates_wire_MAX_CHAIN_LENGTH)
        throw new errors/* BadParameterError */.lh(`Invalid field '${field}': at most ${certificates_wire_MAX_CHAIN_LENGTH} certificates.`);
    return list.map((entry, i) => certificates_wire_decodeBase64(entry, `${field}[${i}]`, certificates_wire_MAX_CERTIFICATE_BYTES));
}
/** Properties as the domain has them, from the wire's id, attributes and tags and the certificate itself. */
function propertiesFrom(body, name, version, cer) {
    const { exportable: _exportable, ...attributes } = (0,attributes_wire/* parseWireAttributes */.eE)((0,body_fields/* readNullable */.Qx)(body, 'attributes'));
    const info = (0,x509/* certificateInfo */.qg)(cer);
    return {
        name, version: version ?? '', ...attributes, tags: (0,tags_wire/* parseTags */.r)(body) ?? {}, managed: false,
        x509Thumbprint: info.x5t, x509ThumbprintSha256: info.x5tS256, subject: info.subject, issuer: info.issuer,
        serialNumber: info.serialNumber, subjectAlternativeNames: info.subjectAlternativeNames,
    };
}
/** Reads a CertificateBundle (the remote client); subject, issuer, serial and SANs are read from `cer` itself. */
function parseCertificateBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate');
    const id = (0,ids/* parseObjectId */.u9)((0,body_fields/* requiredString */.Fk)(body, 'id'), 'certificates');
    if (id.version === undefined)
        throw new errors/* BadParameterError */.lh("Invalid field 'id': expected the id of a certificate version.");
    const cer = certificates_wire_decodeBase64((0,body_fields/* readNullable */.Qx)(body, 'cer'), 'cer', certificates_wire_MAX_CERTIFICATE_BYTES);
    const policy = (0,body_fields/* readNullable */.Qx)(body, 'policy') ?? undefined;
    const kid = (0,body_fields/* optionalString */.sx)(body, 'kid');
    return {
        name: id.name,
        properties: propertiesFrom(body, id.name, id.version, cer),
        cer,
        chain: decodeChain((0,body_fields/* optionalArray */.oS)(body, 'chain'), 'chain'),
        keyId: kid === undefined ? undefined : relativeId(kid, 'keys'),
        secretId: relativeId((0,body_fields/* requiredString */.Fk)(body, 'sid'), 'secrets'),
        ...(policy === undefined ? {} : { policy: parseCertificatePolicy(policy) }),
    };
}
function parseDeletedCertificateBundle(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'deleted certificate');
    const certificate = parseCertificateBundle(body);
    (0,ids/* parseRecoveryId */.Gx)((0,body_fields/* requiredString */.Fk)(body, 'recoveryId'), 'certificates');
    return { certificate, deletedOn: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'deletedDate'), scheduledPurgeDate: (0,attributes_wire/* requiredUnixSeconds */.d7)(body, 'scheduledPurgeDate') };
}
/** A list entry's properties, `version` undefined for a base id; undefined when it has no `x509_info` (Azure's items), which the caller then reads whole. */
function parseCertificateItem(input) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate item');
    const id = (0,ids/* parseObjectId */.u9)((0,body_fields/* requiredString */.Fk)(body, 'id'), 'certificates');
    const info = (0,body_fields/* optionalObject */.u9)(body, 'x509_info');
    if (info === undefined)
        return { name: id.name, version: id.version, properties: undefined };
    const { exportable: _exportable, ...attributes } = (0,attributes_wire/* parseWireAttributes */.eE)((0,body_fields/* readNullable */.Qx)(body, 'attributes'));
    const sans = (0,body_fields/* optionalObject */.u9)(info, 'sans', 'x509_info') ?? {};
    const names = (field) => stringList(sans, field, 'x509_info.sans', { maxItems: 1000, maxChars: 1024 }) ?? [];
    const properties = {
        name: id.name, version: id.version ?? '', ...attributes, tags: (0,tags_wire/* parseTags */.r)(body) ?? {}, managed: false,
        x509Thumbprint: (0,base64url/* decodeBase64url */.h2)((0,body_fields/* readNullable */.Qx)(body, 'x5t'), 'x5t', { min: 20, max: 20 }),
        x509ThumbprintSha256: (0,base64url/* decodeBase64url */.h2)((0,body_fields/* readNullable */.Qx)(info, 'x5t_s256'), 'x509_info.x5t_s256', { min: 32, max: 32 }),
        subject: (0,body_fields/* requiredString */.Fk)(info, 'subject', 'x509_info'),
        issuer: (0,body_fields/* requiredString */.Fk)(info, 'issuer', 'x509_info'),
        serialNumber: (0,body_fields/* requiredString */.Fk)(info, 'serial_number', 'x509_info'),
        subjectAlternativeNames: { dnsNames: names('dns_names'), emails: names('emails'), upns: names('upns'), ipAddresses: names('ipAddresses') },
    };
    return { name: id.name, version: id.version, properties };
}
/** Reads a CertificateOperation; `name` is the certificate the request was about. */
function parseCertificateOperation(input, name) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate operation');
    const status = (0,body_fields/* readNullable */.Qx)(body, 'status');
    const found = STATUSES.find((candidate) => candidate === status);
    if (found === undefined)
        throw new errors/* BadParameterError */.lh(`Invalid field 'status': expected one of ${STATUSES.join(', ')}.`);
    const issuer = (0,body_fields/* optionalObject */.u9)(body, 'issuer');
    const error = (0,body_fields/* optionalObject */.u9)(body, 'error');
    const target = (0,body_fields/* optionalString */.sx)(body, 'target');
    const csr = (0,body_fields/* readNullable */.Qx)(body, 'csr') ?? undefined;
    return {
        name, status: found,
        statusDetails: (0,body_fields/* optionalString */.sx)(body, 'status_details'),
        issuerName: (issuer === undefined ? undefined : (0,body_fields/* optionalString */.sx)(issuer, 'name', 'issuer')) ?? '',
        csr: csr === undefined ? new Uint8Array() : certificates_wire_decodeBase64(csr, 'csr', certificates_wire_MAX_CERTIFICATE_BYTES),
        cancellationRequested: (0,body_fields/* optionalBoolean */.Jz)(body, 'cancellation_requested') ?? false,
        requestId: (0,body_fields/* optionalString */.sx)(body, 'request_id') ?? '',
        error: error === undefined ? undefined : { code: (0,body_fields/* optionalString */.sx)(error, 'code', 'error') ?? 'Unknown', message: (0,body_fields/* optionalString */.sx)(error, 'message', 'error') ?? '' },
        target: target === undefined ? undefined : `/certificates/${(0,ids/* parseObjectId */.u9)(target, 'certificates').name}`,
    };
}
/** Coffer's POST /certificates/{name}/renewifdue: what the pass did, the operation it started, and the certificate as it now is. */
function certificateRenewalWire(origin, outcome) {
    return {
        result: outcome.result,
        ...(outcome.reason === undefined ? {} : { reason: outcome.reason }),
        ...(outcome.operation === undefined ? {} : { operation: certificateOperationWire(origin, outcome.operation) }),
        certificate: certificateBundle(origin, outcome.certificate),
    };
}
const RESULTS = ['renewed', 'notify', 'not-due'];
function parseCertificateRenewal(input, name) {
    const body = (0,body_fields/* readObject */.Ag)(input, 'certificate renewal');
    const result = RESULTS.find((candidate) => candidate === (0,body_fields/* readNullable */.Qx)(body, 'result'));
    if (result === undefined)
        throw new errors/* BadParameterError */.lh(`Invalid field 'result': expected one of ${RESULTS.join(', ')}.`);
    const operation = (0,body_fields/* readNullable */.Qx)(body, 'operation') ?? undefined;
    const reason = (0,body_fields/* optionalString */.sx)(body, 'reason');
    return {
        name, result, ...(reason === undefined ? {} : { reason }),
        operation: operation === undefined ? undefined : parseCertificateOperation(operation, name),
        certificate: parseCertificateBundle((0,body_fields/* readNullable */.Qx)(body, 'certificate')),
    };
}
/**
 * GET /certificates/{name}/ while the first version is still a pending request: Azure answers
 * such a certificate with a bundle that has no `cer`, and the SDK's getCertificateOperation
 * reads the certificate before the operation, so it needs a 200 here. The id names the pending
 * request (`…/{name}/pending`), as the SDK's own create poller reports it.
 */
function pendingCertificateWire(origin, operation) {
    return { id: `${objectId(origin, 'certificates', operation.name)}/pending`, attributes: { enabled: false } };
}
/** Whether an answer to GET /certificates/{name}/ is a pending certificate's (no `cer`), for the remote client. */
function isPendingCertificate(input) {
    return input !== null && typeof input === 'object' && !Array.isArray(input) && ((0,body_fields/* readNullable */.Qx)(input, 'cer') ?? undefined) === undefined;
}

;// CONCATENATED MODULE: ./lib/protocol/certificate-requests-wire.js
/**
 * The bodies of certificate requests (certificates.json CertificateCreateParameters,
 * CertificateImportParameters, CertificateUpdateParameters, CertificateMergeParameters,
 * CertificateOperationUpdateParameter): read by the server into the vault's options, written by
 * the remote client from them.
 *
 * A certificate version's dates are the certificate's own validity, so `attributes.nbf` and
 * `attributes.exp` of a request are ignored (as the certificate would contradict them); only
 * `enabled` is read. An import's `value` and `pwd` are never quoted in any message.
 */





/** An imported file (PEM or PKCS#12) is at most 256 KiB (core/certificates/formats.ts); base64'd, this many characters. */
const MAX_IMPORT_BYTES = 256 * 1024;
const MAX_IMPORT_CHARS = Math.ceil(MAX_IMPORT_BYTES / 3) * 4;
const MAX_PASSWORD_CHARS = 1024;
/** `attributes.enabled` and `tags`, the options every new version and update takes. */
function versionOptions(body) {
    const attributes = optionalObject(body, 'attributes');
    const enabled = attributes === undefined ? undefined : optionalBoolean(attributes, 'enabled', 'attributes');
    const tags = parseTags(body);
    return { ...(enabled === undefined ? {} : { enabled }), ...(tags === undefined ? {} : { tags }) };
}
function optionalPolicy(body) {
    const policy = readNullable(body, 'policy') ?? undefined;
    return policy === undefined ? undefined : parseCertificatePolicyInput(policy);
}
/** POST /certificates/{name}/create: `{policy, attributes, tags}`; a policy left out takes the vault's defaults. */
function parseCertificateCreateParameters(input) {
    const body = readObject(input, 'certificate create request');
    return { policy: optionalPolicy(body) ?? {}, options: versionOptions(body) };
}
/**
 * POST /certificates/{name}/import: `value` is PEM text (as the SDKs send a PEM file) or the
 * base64 of a PKCS#12 or PEM file; `pwd` the PKCS#12 password. The file's bytes are returned for
 * the vault to read; only their form and size are checked here.
 */
function parseCertificateImportParameters(input) {
    const body = readObject(input, 'certificate import request');
    const value = readNullable(body, 'value') ?? undefined;
    if (typeof value !== 'string')
        throw new BadParameterError("Missing field 'value': expected the certificate as PEM text or base64.");
    if (value.length > MAX_IMPORT_CHARS)
        throw new BadParameterError(`Invalid field 'value': longer than ${MAX_IMPORT_CHARS} characters.`);
    const data = value.includes('-----BEGIN ') ? Buffer.from(value, 'utf8') : decodeBase64(value, 'value', MAX_IMPORT_BYTES);
    const password = readNullable(body, 'pwd') ?? undefined;
    if (password !== undefined && (typeof password !== 'string' || password.length > MAX_PASSWORD_CHARS)) {
        throw new BadParameterError(`Invalid field 'pwd': expected a string of at most ${MAX_PASSWORD_CHARS} characters.`);
    }
    const policy = optionalPolicy(body);
    return {
        data,
        options: { ...(password === undefined || password === '' ? {} : { password }), ...(policy === undefined ? {} : { policy }), ...versionOptions(body) },
    };
}
/** PATCH /certificates/{name}/{version}: `attributes.enabled` and `tags`. A policy has its own route, so one here is refused, not dropped. */
function parseCertificateUpdateParameters(input) {
    const body = readObject(input, 'certificate update request');
    if ((readNullable(body, 'policy') ?? undefined) !== undefined) {
        throw new BadParameterError("Invalid field 'policy': change a certificate's policy with PATCH /certificates/{name}/policy.");
    }
    return versionOptions(body);
}
/** POST /certificates/{name}/pending/merge: `x5c`, the signed certificate first, then its issuers (base64 DER each). */
function parseCertificateMergeParameters(input) {
    const body = readObject(input, 'certificate merge request');
    const x5c = optionalArray(body, 'x5c');
    if (x5c === undefined || x5c.length === 0 || x5c.length > MAX_CHAIN_LENGTH) {
        throw new BadParameterError(`Invalid field 'x5c': expected 1-${MAX_CHAIN_LENGTH} certificates (base64 DER), the signed one first.`);
    }
    return { chain: x5c.map((entry, i) => decodeBase64(entry, `x5c[${i}]`, MAX_CERTIFICATE_BYTES)), options: versionOptions(body) };
}
/** PATCH /certificates/{name}/pending: `{cancellation_requested: true}`, the one change a pending request takes. */
function parseCertificateOperationUpdate(input) {
    const body = readObject(input, 'certificate operation update');
    if (optionalBoolean(body, 'cancellation_requested') !== true) {
        throw new BadParameterError("Invalid field 'cancellation_requested': expected true (a pending request can only be cancelled).");
    }
}
// --- the client's side ------------------------------------------------------------------
function optionsWire(options) {
    return { ...(options.enabled === undefined ? {} : { attributes: { enabled: options.enabled } }), ...(options.tags === undefined ? {} : { tags: { ...options.tags } }) };
}
function certificateCreateWire(policy, options = {}) {
    return { policy: certificatePolicyInputWire(policy), ...optionsWire(options) };
}
/** A PEM file goes as its text (what Azure expects of PEM), anything else as base64. */
function certificateImportWire(data, options = {}) {
    const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    const text = bytes.toString('utf8');
    const value = text.includes('-----BEGIN ') && Buffer.from(text, 'utf8').equals(bytes) ? text : bytes.toString('base64');
    return {
        value,
        ...(options.password === undefined || options.password === '' ? {} : { pwd: options.password }),
        ...(options.policy === undefined ? {} : { policy: certificatePolicyInputWire(options.policy) }),
        ...optionsWire(options),
    };
}
function certificateUpdateWire(options) {
    return optionsWire(options);
}
function certificateMergeWire(chain, options = {}) {
    return { x5c: chain.map((der) => Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64')), ...optionsWire(options) };
}

// EXTERNAL MODULE: ./lib/client/map-bounded.js
var map_bounded = __webpack_require__(2617);
;// CONCATENATED MODULE: ./lib/client/remote-certificates.js
/**
 * The CertificateVault over the Key Vault REST API: RemoteVault's `certificates`, loaded by its
 * first call. Each method is one request (lists: one per page, plus a read per entry where the
 * list says too little), through the same KeyVaultHttp as the rest of RemoteVault: bearer token,
 * retries, response bounds, and errors as VaultErrors. Names and versions are checked here
 * first, so that bad input fails before it is sent.
 *
 * Against `coffer serve` everything is one request per call. Against Azure Key Vault, whose
 * list items have no `x509_info`, a listing reads each certificate; vault CA issuers, renew and
 * renew-if-due are Coffer's and are refused by Azure.
 */










const certificatePath = (name) => `/certificates/${encodeURIComponent((0,names/* validateName */.yS)(name, 'certificate'))}`;
const deletedPath = (name) => `/deletedcertificates/${encodeURIComponent((0,names/* validateName */.yS)(name, 'certificate'))}`;
const issuerPath = (name) => `/certificates/issuers/${encodeURIComponent((0,names/* validateName */.yS)(name, 'issuer'))}`;
const lower = (name) => name.toLowerCase();
const byName = (a, b) => (lower(a.name) < lower(b.name) ? -1 : lower(a.name) > lower(b.name) ? 1 : 0);
const oldestFirst = (a, b) => a.createdOn.getTime() - b.createdOn.getTime();
/** The strings an import request carries that no error message may repeat: the file (whole and by line) and its password. */
function importConfidential(body) {
    const value = typeof body.value === 'string' ? body.value : '';
    const lines = value.split(/\r?\n/).filter((line) => line.length >= 16 && !line.startsWith('-----'));
    return [value, ...lines, ...(typeof body.pwd === 'string' ? [body.pwd] : [])];
}
class RemoteCertificates {
    #http;
    constructor(http) {
        this.#http = http;
    }
    async #read(method, path, parse, options = {}) {
        return this.#http.parse(await this.#http.call(method, path, options), parse, path);
    }
    async createCertificate(name, policy, options) {
        const path = `${certificatePath(name)}/create`;
        return await this.#read('POST', path, (body) => parseCertificateOperation(body, name), { body: certificateCreateWire(policy, options) });
    }
    async getCertificateOperation(name) {
        return await this.#read('GET', `${certificatePath(name)}/pending`, (body) => parseCertificateOperation(body, name));
    }
    async cancelCertificateOperation(name) {
        const path = `${certificatePath(name)}/pending`;
        return await this.#read('PATCH', path, (body) => parseCertificateOperation(body, name), { body: { cancellation_requested: true } });
    }
    async deleteCertificateOperation(name) {
        return await this.#read('DELETE', `${certificatePath(name)}/pending`, (body) => parseCertificateOperation(body, name));
    }
    async mergeCertificate(name, x509Chain, options) {
        const path = `${certificatePath(name)}/pending/merge`;
        return await this.#read('POST', path, parseCertificateBundle, { body: certificateMergeWire(x509Chain, options) });
    }
    async importCertificate(name, data, options) {
        const path = `${certificatePath(name)}/import`;
        const body = certificateImportWire(data, options);
        return await this.#read('POST', path, parseCertificateBundle, { body, confidential: importConfidential(body) });
    }
    /** A certificate whose first request is still pending has no version: CertificateNotFound, as a local vault says. */
    async getCertificate(name) {
        const path = `${certificatePath(name)}/`;
        const body = await this.#http.call('GET', path);
        if (isPendingCertificate(body)) {
            throw new errors/* VaultError */.hb('CertificateNotFound', `Certificate ${(0,errors/* quote */.hD)(name)} has no version yet: its request is pending (see getCertificateOperation).`);
        }
        return this.#http.parse(body, parseCertificateBundle, path);
    }
    async getCertificateVersion(name, version) {
        return await this.#read('GET', `${certificatePath(name)}/${(0,names/* validateVersion */.Pj)(version)}`, parseCertificateBundle);
    }
    async updateCertificateProperties(name, version, options) {
        const path = `${certificatePath(name)}/${version === undefined ? '' : (0,names/* validateVersion */.Pj)(version)}`;
        return await this.#read('PATCH', path, parseCertificateBundle, { body: certificateUpdateWire(options) });
    }
    /** Each entry's properties: from the list itself (Coffer's `x509_info`), or else read whole, at most maxParallel at once. */
    async #properties(path) {
        const items = await this.#http.list(path, parseCertificateItem);
        return (0,map_bounded/* mapBounded */.y)(items, this.#http.maxParallel, async (item) => {
            if (item.properties !== undefined)
                return item.properties;
            const certificate = item.version === undefined ? await this.getCertificate(item.name) : await this.getCertificateVersion(item.name, item.version);
            return certificate.properties;
        });
    }
    /** Entries carry the base id: their version is '' (the latest, unnamed), as RemoteVault's other lists. */
    async listPropertiesOfCertificates() {
        return (await this.#properties('/certificates')).sort(byName);
    }
    async listPropertiesOfCertificateVersions(name) {
        return (await this.#properties(`${certificatePath(name)}/versions`)).sort(oldestFirst);
    }
    async deleteCertificate(name) {
        return await this.#read('DELETE', certificatePath(name), parseDeletedCertificateBundle);
    }
    /** The list names each deleted certificate; each is then read whole (a list entry has no certificate). */
    async listDeletedCertificates() {
        const items = await this.#http.list('/deletedcertificates', parseCertificateItem);
        const deleted = await (0,map_bounded/* mapBounded */.y)(items, this.#http.maxParallel, (item) => this.getDeletedCertificate(item.name));
        return deleted.sort((a, b) => byName(a.certificate, b.certificate));
    }
    async getDeletedCertificate(name) {
        return await this.#read('GET', deletedPath(name), parseDeletedCertificateBundle);
    }
    async recoverDeletedCertificate(name) {
        return await this.#read('POST', `${deletedPath(name)}/recover`, parseCertificateBundle);
    }
    async purgeDeletedCertificate(name) {
        await this.#http.call('DELETE', deletedPath(name));
    }
    async backupCertificate(name) {
        return await this.#read('POST', `${certificatePath(name)}/backup`, backup_wire/* parseBackupResult */.tv);
    }
    async restoreCertificateBackup(blob) {
        const value = (0,base64url/* checkBase64urlText */.wG)(blob, 'backup', object_backup.MAX_BACKUP_CHARS);
        return await this.#read('POST', '/certificates/restore', parseCertificateBundle, { body: { value } });
    }
    async getCertificatePolicy(name) {
        return await this.#read('GET', `${certificatePath(name)}/policy`, parseCertificatePolicy);
    }
    async updateCertificatePolicy(name, policy) {
        const path = `${certificatePath(name)}/policy`;
        return await this.#read('PATCH', path, parseCertificatePolicy, { body: certificatePolicyInputWire(policy) });
    }
    /** Coffer's POST …/renew: a new version per the current policy, read and applied in one server transaction. */
    async renewCertificate(name) {
        return await this.#read('POST', `${certificatePath(name)}/renew`, (body) => parseCertificateOperation(body, name));
    }
    /**
     * Coffer's POST …/renewifdue: the server decides whether a lifetime action is due and renews
     * in the same transaction. Reading the certificate and its policy here and then calling renew
     * would let two runners that both found it due make two new versions; so this is one request,
     * and a vault without the route (Azure, which renews on its own schedule) refuses it.
     */
    async renewCertificateIfDue(name) {
        return await this.#read('POST', `${certificatePath(name)}/renewifdue`, (body) => parseCertificateRenewal(body, name));
    }
    async getContacts() {
        return await this.#read('GET', '/certificates/contacts', parseContacts);
    }
    async setContacts(contacts) {
        const given = contacts;
        if (!Array.isArray(given))
            throw new errors/* BadParameterError */.lh('Invalid contacts: expected a list of contacts.');
        const body = { contacts: contacts.map((c) => ({ email: c.email, name: c.name, phone: c.phone })) };
        return await this.#read('PUT', '/certificates/contacts', parseContacts, { body });
    }
    async deleteContacts() {
        return await this.#read('DELETE', '/certificates/contacts', parseContacts);
    }
    async createIssuer(name, options) {
        const path = issuerPath(name);
        (0,names/* validateName */.yS)(options.certificateName, 'certificate');
        return await this.#read('PUT', path, vaultCa, { body: issuerSetWire(options) });
    }
    async getIssuer(name) {
        return await this.#read('GET', issuerPath(name), vaultCa);
    }
    async updateIssuer(name, options) {
        const path = issuerPath(name);
        if (options.certificateName !== undefined)
            (0,names/* validateName */.yS)(options.certificateName, 'certificate');
        return await this.#read('PATCH', path, vaultCa, { body: issuerUpdateWire(options) });
    }
    async deleteIssuer(name) {
        return await this.#read('DELETE', issuerPath(name), vaultCa);
    }
    /** Vault CAs only: an Azure vault's provider accounts (DigiCert, GlobalSign) are left out. */
    async listIssuers() {
        const issuers = await this.#http.list('/certificates/issuers', parseIssuerBundle);
        return issuers.filter((issuer) => issuer !== undefined).sort(byName);
    }
}
/** An issuer answer that must be a vault CA. */
function vaultCa(body) {
    const issuer = parseIssuerBundle(body);
    if (issuer === undefined)
        throw new errors/* BadParameterError */.lh('the issuer is not a vault CA (provider Coffer with a CA certificate)');
    return issuer;
}


/***/ }),

/***/ 2697:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ UNKNOWN_ISSUER),
/* harmony export */   jL: () => (/* binding */ CERTIFICATE_CURVES),
/* harmony export */   qc: () => (/* binding */ PEM_CONTENT_TYPE),
/* harmony export */   w3: () => (/* binding */ CERTIFICATE_RSA_SIZES),
/* harmony export */   w5: () => (/* binding */ PKCS12_CONTENT_TYPE),
/* harmony export */   xG: () => (/* binding */ KEY_USAGES),
/* harmony export */   xt: () => (/* binding */ SELF_ISSUER)
/* harmony export */ });
const CERTIFICATE_CURVES = ['P-256', 'P-384', 'P-521'];
const CERTIFICATE_RSA_SIZES = [2048, 3072, 4096];
const PKCS12_CONTENT_TYPE = 'application/x-pkcs12';
const PEM_CONTENT_TYPE = 'application/x-pem-file';
const KEY_USAGES = [
    'digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement',
    'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly',
];
/** The issuers every vault has; any other name is a vault CA created with createIssuer. */
const SELF_ISSUER = 'Self';
const UNKNOWN_ISSUER = 'Unknown';


/***/ }),

/***/ 1654:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D8: () => (/* binding */ issueCertificate),
/* harmony export */   RS: () => (/* binding */ certificateRequest),
/* harmony export */   T1: () => (/* binding */ issuedBy),
/* harmony export */   YG: () => (/* binding */ randomSerial),
/* harmony export */   qg: () => (/* binding */ certificateInfo)
/* harmony export */ });
/* unused harmony export publicKeyOfJwk */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var reflect_metadata__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(477);
/* harmony import */ var _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8927);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3828);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2697);
/**
 * X.509 for the vault: certificates and PKCS#10 requests built from a policy with
 * @peculiar/x509 over node's WebCrypto, and what the vault needs to know about a certificate.
 *
 * What a TLS stack checks is set as RFC 5280 and the CA/Browser Forum ask: basicConstraints
 * (critical; CA:true only for CA certificates), keyUsage (critical), extendedKeyUsage, the SANs,
 * subject and authority key identifiers, and a positive serial of 126 random bits. RSA issuers
 * sign with SHA-256 (PKCS#1 v1.5, what every TLS stack accepts); EC issuers with the hash that
 * matches their curve.
 */

// @peculiar/x509 resolves its algorithm providers through tsyringe, which needs the Reflect metadata API.




_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .cryptoProvider */ .Ve.set(node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto);
const USAGE_FLAGS = {
    digitalSignature: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.digitalSignature,
    nonRepudiation: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.nonRepudiation,
    keyEncipherment: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyEncipherment,
    dataEncipherment: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.dataEncipherment,
    keyAgreement: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyAgreement,
    keyCertSign: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.keyCertSign,
    cRLSign: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.cRLSign,
    encipherOnly: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.encipherOnly,
    decipherOnly: _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsageFlags */ .Ob.decipherOnly,
};
/*
 * Parsed certificates, by SHA-256 of their DER, so that a vault CA's certificate is parsed once
 * rather than at every issuance (@peculiar/x509 takes milliseconds per parse). Bounded.
 */
const PARSED_CACHE = 64;
const parsed = new Map();
function parse(der) {
    const id = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest('base64');
    const cached = parsed.get(id);
    if (cached !== undefined)
        return cached;
    const entry = parseUncached(der);
    if (parsed.size >= PARSED_CACHE)
        parsed.delete(parsed.keys().next().value);
    parsed.set(id, entry);
    return entry;
}
/** What the vault records about a certificate; BadParameterError if either parser refuses it. */
function certificateInfo(der) {
    return parse(der).info;
}
function parseUncached(der) {
    let node;
    let cert;
    try {
        node = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(der));
        cert = new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509Certificate */ .yI(Buffer.from(der));
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh('Invalid certificate: it is not a well-formed X.509 certificate.');
    }
    const sans = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectAlternativeNameExtension */ .Wx);
    const names = sans?.names.items ?? [];
    const basic = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA);
    const usage = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy);
    const eku = cert.getExtension(_peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsageExtension */ .j6);
    const info = {
        subject: cert.subject,
        issuer: cert.issuer,
        serialNumber: node.serialNumber.toUpperCase(),
        notBefore: new Date(node.validFrom),
        notAfter: new Date(node.validTo),
        subjectAlternativeNames: {
            dnsNames: names.filter((n) => n.type === 'dns').map((n) => n.value),
            emails: names.filter((n) => n.type === 'email').map((n) => n.value),
            upns: names.filter((n) => n.type === 'upn').map((n) => n.value),
            ipAddresses: names.filter((n) => n.type === 'ip').map((n) => n.value),
        },
        x5t: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha1').update(der).digest(),
        x5tS256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(der).digest(),
        ca: basic?.ca === true,
        pathLength: basic?.ca === true ? basic.pathLength : undefined,
        keyUsage: usage === null ? [] : _model_js__WEBPACK_IMPORTED_MODULE_4__/* .KEY_USAGES */ .xG.filter((name) => (usage.usages & USAGE_FLAGS[name]) !== 0),
        enhancedKeyUsage: eku === null ? [] : eku.usages.map(String),
        publicKey: node.publicKey,
    };
    return { info: Object.freeze(info), cert };
}
/** The WebCrypto algorithm a key signs with, and the hash that goes with its size or curve. */
function signingAlgorithm(jwk) {
    if (jwk.kty === 'RSA')
        return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
    if (jwk.kty === 'EC') {
        const hash = { 'P-256': 'SHA-256', 'P-384': 'SHA-384', 'P-521': 'SHA-512' }[jwk.crv];
        if (hash !== undefined)
            return { name: 'ECDSA', namedCurve: jwk.crv, hash };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh(`A certificate's key must be RSA or EC P-256, P-384 or P-521, not ${jwk.kty}${jwk.kty === 'EC' ? ` ${String(jwk.crv)}` : ''}.`);
}
function privateParts(jwk) {
    const { kty, crv, x, y, d, n, e, p, q, dp, dq, qi } = jwk;
    return Object.fromEntries(Object.entries({ kty, crv, x, y, d, n, e, p, q, dp, dq, qi }).filter(([, v]) => v !== undefined));
}
function publicParts(jwk) {
    const { kty, crv, x, y, n, e } = jwk;
    return Object.fromEntries(Object.entries({ kty, crv, x, y, n, e }).filter(([, v]) => v !== undefined));
}
async function keyPair(jwk) {
    const algorithm = signingAlgorithm(jwk);
    const [privateKey, publicKey] = await Promise.all([
        node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('jwk', privateParts(jwk), algorithm, false, ['sign']),
        node_crypto__WEBPACK_IMPORTED_MODULE_0__.webcrypto.subtle.importKey('jwk', publicParts(jwk), algorithm, true, ['verify']),
    ]);
    return { privateKey, publicKey, algorithm };
}
/** The public key of a JWK, as node sees it: to compare with a certificate's. */
function publicKeyOfJwk(jwk) {
    return createPublicKey({ key: publicParts(jwk), format: 'jwk' });
}
function subjectName(subject) {
    try {
        return new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .Name */ .SX(subject);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .BadParameterError */ .lh(`Invalid subject ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .quote */ .hD)(subject)}: expected an X.500 name such as "CN=api.example.com, O=Example".`);
    }
}
function sanExtension(sans) {
    const names = [
        ...sans.dnsNames.map((value) => ({ type: 'dns', value })),
        ...sans.emails.map((value) => ({ type: 'email', value })),
        ...sans.upns.map((value) => ({ type: 'upn', value })),
        ...sans.ipAddresses.map((value) => ({ type: 'ip', value })),
    ];
    return names.length === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectAlternativeNameExtension */ .Wx(names, false)];
}
function requestedExtensions(policy, pathLength) {
    const flags = policy.keyUsage.reduce((sum, usage) => sum | USAGE_FLAGS[usage], 0);
    return [
        new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .BasicConstraintsExtension */ .WA(policy.ca, policy.ca ? pathLength : undefined, true),
        // The extension takes the OR of its flags, which the enum's type cannot name.
        // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment
        ...(flags === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .KeyUsagesExtension */ .hy(flags, true)]),
        ...(policy.enhancedKeyUsage.length === 0 ? [] : [new _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .ExtendedKeyUsageExtension */ .j6([...policy.enhancedKeyUsage], false)]),
        ...sanExtension(policy.subjectAlternativeNames),
    ];
}
/** 126 random bits, positive and of fixed length (the top byte is 01xxxxxx). */
function randomSerial(random = node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes) {
    const bytes = Buffer.from(random(16));
    bytes[0] = ((bytes[0] ?? 0) & 0x3f) | 0x40;
    return bytes.toString('hex');
}
/** A certificate per the policy, DER. */
async function issueCertificate(request) {
    const subject = await keyPair(request.key);
    const name = subjectName(request.policy.subject);
    let signingKey = subject.privateKey;
    let signing = subject.algorithm;
    let issuerName = name;
    let authority;
    if ('certificate' in request.signer) {
        const issuerCert = parse(request.signer.certificate).cert;
        const issuer = await keyPair(request.signer.key);
        signingKey = issuer.privateKey;
        signing = issuer.algorithm;
        issuerName = issuerCert.subjectName;
        authority = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .AuthorityKeyIdentifierExtension */ .Z$.create(issuerCert);
    }
    else {
        authority = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .AuthorityKeyIdentifierExtension */ .Z$.create(subject.publicKey);
    }
    const certificate = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .X509CertificateGenerator */ .Jy.create({
        serialNumber: request.serialNumber, subject: name, issuer: issuerName,
        notBefore: request.notBefore, notAfter: request.notAfter,
        publicKey: subject.publicKey, signingKey, signingAlgorithm: signing,
        extensions: [...requestedExtensions(request.policy, request.pathLength), await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .SubjectKeyIdentifierExtension */ .QE.create(subject.publicKey), authority],
    });
    return Buffer.from(certificate.rawData);
}
/** A PKCS#10 request (DER) for the policy's subject, names and usages, signed by the key. */
async function certificateRequest(policy, key) {
    const pair = await keyPair(key);
    const request = await _peculiar_x509__WEBPACK_IMPORTED_MODULE_2__/* .Pkcs10CertificateRequestGenerator */ .UX.create({
        name: subjectName(policy.subject), keys: { privateKey: pair.privateKey, publicKey: pair.publicKey },
        signingAlgorithm: pair.algorithm, extensions: requestedExtensions(policy),
    });
    return Buffer.from(request.rawData);
}
/** Whether `child` was signed by `issuer`'s key and names it as its issuer. */
function issuedBy(child, issuer) {
    const c = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(child));
    const i = new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(Buffer.from(issuer));
    return c.checkIssued(i) && c.verify(i.publicKey);
}


/***/ })

};
