"use strict";
exports.id = 91;
exports.ids = [91];
exports.modules = {

/***/ 3091:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEFAULT_ROTATION_POLICY: () => (/* binding */ DEFAULT_ROTATION_POLICY),
/* harmony export */   addDuration: () => (/* binding */ addDuration),
/* harmony export */   dueAction: () => (/* binding */ dueAction),
/* harmony export */   parseDuration: () => (/* binding */ parseDuration),
/* harmony export */   parseRotationPolicy: () => (/* binding */ parseRotationPolicy),
/* harmony export */   rotatedExpiry: () => (/* binding */ rotatedExpiry),
/* harmony export */   rotationPolicyOf: () => (/* binding */ rotationPolicyOf),
/* harmony export */   rotationPolicyWire: () => (/* binding */ rotationPolicyWire),
/* harmony export */   storedPolicy: () => (/* binding */ storedPolicy)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3828);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8427);
/**
 * Key rotation policies, as Azure Key Vault has them: lifetime actions that rotate a key (make
 * a new version with the same parameters) or notify, triggered a duration after the latest
 * version was created or before it expires, and the expiry that rotated versions get.
 *
 * The wire shape (what `coffer key rotation-policy set --file` and the REST API take):
 *   {"lifetimeActions": [{"trigger": {"timeAfterCreate": "P90D"}, "action": {"type": "Rotate"}}],
 *    "attributes": {"expiryTime": "P2Y"}}
 */


const DURATION = /^P(?!$)(?:(\d{1,4})Y)?(?:(\d{1,5})M)?(?:(\d{1,5})W)?(?:(\d{1,6})D)?(?:T(?!$)(?:(\d{1,7})H)?(?:(\d{1,9})M)?(?:(\d{1,10})S)?)?$/;
const DAY_MS = 86_400_000;
/** Parses `P90D`, `P1Y6M`, `PT12H`…; fractions and negative durations are refused. */
function parseDuration(text, what) {
    const match = typeof text === 'string' ? DURATION.exec(text) : null;
    if (match === null) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${what} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: expected an ISO 8601 duration such as P90D, P1Y or P2Y6M.`);
    }
    const n = (i) => Number(match[i] ?? 0);
    return { years: n(1), months: n(2), days: n(3) * 7 + n(4), milliseconds: ((n(5) * 60 + n(6)) * 60 + n(7)) * 1000 };
}
/**
 * `date` moved by `duration`, forwards or back: calendar years and months first, clamped to the
 * month's last day (Jan 31 + P1M = Feb 28 or 29, not Mar 3), then days and time.
 */
function addDuration(date, duration, sign = 1) {
    const months = date.getUTCMonth() + sign * (duration.years * 12 + duration.months);
    const target = new Date(date.getTime());
    target.setUTCDate(1);
    target.setUTCFullYear(date.getUTCFullYear(), months, 1);
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return new Date(target.getTime() + sign * (duration.days * DAY_MS + duration.milliseconds));
}
/** The shortest span a duration can be: months of 28 days, years of 365. For minimums. */
function shortestDays(duration) {
    return duration.years * 365 + duration.months * 28 + duration.days + duration.milliseconds / DAY_MS;
}
/** The longest span a duration can be: months of 31 days, years of 366. */
function longestDays(duration) {
    return duration.years * 366 + duration.months * 31 + duration.days + duration.milliseconds / DAY_MS;
}
const MIN_EXPIRY_DAYS = 28;
const MIN_TRIGGER_DAYS = 7;
/** Azure's policy for a key that has none: notify 30 days before expiry. */
const DEFAULT_ROTATION_POLICY = {
    lifetimeActions: [{ action: 'Notify', timeBeforeExpiry: 'P30D' }], expiresIn: undefined, createdOn: undefined, updatedOn: undefined,
};
const isRecord = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
function parseAction(entry, index) {
    const where = `lifetimeActions[${index}]`;
    if (!isRecord(entry) || !isRecord(entry.trigger) || !isRecord(entry.action)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: expected {"trigger": {...}, "action": {"type": "Rotate" | "Notify"}}.`);
    }
    const type = entry.action.type;
    if (type !== 'Rotate' && type !== 'Notify') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.action.type ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(type))}: expected Rotate or Notify.`);
    }
    const { timeAfterCreate, timeBeforeExpiry } = entry.trigger;
    if ((timeAfterCreate === undefined) === (timeBeforeExpiry === undefined)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger: set exactly one of timeAfterCreate and timeBeforeExpiry.`);
    }
    if (type === 'Notify' && timeAfterCreate !== undefined) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}: a Notify action is triggered by timeBeforeExpiry only.`);
    }
    const field = timeAfterCreate === undefined ? 'timeBeforeExpiry' : 'timeAfterCreate';
    const text = timeAfterCreate ?? timeBeforeExpiry;
    if (shortestDays(parseDuration(text, `${where}.trigger.${field}`)) < MIN_TRIGGER_DAYS) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid ${where}.trigger.${field} ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(String(text))}: the shortest allowed is P${MIN_TRIGGER_DAYS}D.`);
    }
    return { action: type, [field]: text };
}
/** Validates a policy in the wire shape; nothing is stored when this throws. */
function parseRotationPolicy(input) {
    if (!isRecord(input))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: expected a JSON object with lifetimeActions and attributes.');
    const unknown = Object.keys(input).filter((key) => !['lifetimeActions', 'attributes', 'id'].includes(key));
    if (unknown.length > 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: unknown field ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(unknown[0] ?? '')}.`);
    const actions = input.lifetimeActions ?? [];
    if (!Array.isArray(actions) || actions.length > 2) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: lifetimeActions must be a list of at most two actions (one Rotate, one Notify).');
    }
    const lifetimeActions = actions.map(parseAction);
    for (const type of ['Rotate', 'Notify']) {
        if (lifetimeActions.filter((a) => a.action === type).length > 1)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: more than one ${type} action.`);
    }
    const attributes = input.attributes ?? {};
    if (!isRecord(attributes))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh('Invalid rotation policy: attributes must be an object.');
    const expiryTime = attributes.expiryTime;
    let expiresIn;
    if (expiryTime !== undefined) {
        const expiry = parseDuration(expiryTime, 'attributes.expiryTime');
        expiresIn = expiryTime;
        if (shortestDays(expiry) < MIN_EXPIRY_DAYS) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid attributes.expiryTime ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(expiresIn)}: the shortest allowed is P${MIN_EXPIRY_DAYS}D.`);
        }
        for (const action of lifetimeActions) {
            const trigger = action.timeAfterCreate ?? action.timeBeforeExpiry ?? 'P0D';
            // However the calendar falls, a trigger must fire before expiry, or every rotated
            // version would be born due (and rotate again at once).
            if (longestDays(parseDuration(trigger, 'trigger')) >= shortestDays(expiry)) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .BadParameterError */ .lh(`Invalid rotation policy: the ${action.action} trigger ${trigger} is not shorter than the expiry time ${expiresIn}.`);
            }
        }
    }
    return { lifetimeActions, expiresIn };
}
function storedPolicy(policy, previous, now) {
    const created = previous?.created ?? now.toISOString();
    const stored = {
        lifetimeActions: policy.lifetimeActions, ...(policy.expiresIn === undefined ? {} : { expiresIn: policy.expiresIn }),
        created, updated: now.toISOString(),
    };
    return stored;
}
function rotationPolicyOf(object) {
    const stored = object.policy;
    if (stored === undefined)
        return DEFAULT_ROTATION_POLICY;
    return {
        lifetimeActions: stored.lifetimeActions.map((a) => ({ ...a })), expiresIn: stored.expiresIn,
        createdOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.created), updatedOn: (0,_objects_js__WEBPACK_IMPORTED_MODULE_1__/* .optionalDate */ .XL)(stored.updated),
    };
}
/** The policy as the wire shape, for `rotation-policy get` and the REST API. */
function rotationPolicyWire(policy) {
    return {
        lifetimeActions: policy.lifetimeActions.map((a) => ({
            trigger: a.timeAfterCreate === undefined ? { timeBeforeExpiry: a.timeBeforeExpiry } : { timeAfterCreate: a.timeAfterCreate },
            action: { type: a.action },
        })),
        attributes: {
            ...(policy.expiresIn === undefined ? {} : { expiryTime: policy.expiresIn }),
            ...(policy.createdOn === undefined ? {} : { created: Math.floor(policy.createdOn.getTime() / 1000) }),
            ...(policy.updatedOn === undefined ? {} : { updated: Math.floor(policy.updatedOn.getTime() / 1000) }),
        },
    };
}
/** When an action fires for a version: after its creation, or before its expiry (never, without one). */
function dueAt(action, latest) {
    if (action.timeAfterCreate !== undefined)
        return addDuration(new Date(latest.created), parseDuration(action.timeAfterCreate, 'timeAfterCreate'));
    if (latest.expires === undefined || action.timeBeforeExpiry === undefined)
        return undefined;
    return addDuration(new Date(latest.expires), parseDuration(action.timeBeforeExpiry, 'timeBeforeExpiry'), -1);
}
/** The action due now for a key's latest version, if any: Rotate wins over Notify. */
function dueAction(policy, latest, now) {
    const due = policy.lifetimeActions
        .map((action) => ({ action, at: dueAt(action, latest) }))
        .filter((entry) => entry.at !== undefined && entry.at.getTime() <= now.getTime());
    const pick = due.find((entry) => entry.action.action === 'Rotate') ?? due[0];
    if (pick === undefined)
        return undefined;
    const trigger = pick.action.timeAfterCreate === undefined ? `timeBeforeExpiry ${pick.action.timeBeforeExpiry ?? ''}` : `timeAfterCreate ${pick.action.timeAfterCreate}`;
    return { action: pick.action.action, reason: `${trigger} (due ${pick.at?.toISOString() ?? ''})` };
}
/** The expiry a new (rotated) version gets from the policy, if it sets one. */
function rotatedExpiry(policy, now) {
    return policy.expiresIn === undefined ? undefined : addDuration(now, parseDuration(policy.expiresIn, 'expiryTime'));
}


/***/ })

};
;