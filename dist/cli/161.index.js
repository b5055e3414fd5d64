export const id = 161;
export const ids = [161];
export const modules = {

/***/ 4542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyChain: () => (/* binding */ verifyChain)
/* harmony export */ });
/* harmony import */ var _record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9670);
/**
 * Walks an audit chain and names the first record that breaks it. Edits break a record's MAC;
 * removals and reorderings break `seq` and `prev`; a truncated tail is caught by the anchor,
 * the record the store's own data points at (for a vault file: its last change's record). A
 * record after the anchor with a newer generation shows the store itself was rolled back.
 */

function parseRecord(text) {
    try {
        const value = JSON.parse(text);
        return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Verifies records in order. `mac` is the vault's audit MAC; `anchor` the record the store
 * anchors. Stops at the first fault: later records cannot be trusted past a break.
 */
async function verifyChain(lines, mac, anchor) {
    let previous;
    let line = 0;
    let anchorSeen = anchor === undefined;
    for await (const text of lines) {
        line += 1;
        const fail = (seq, reason) => ({ ok: false, records: line - 1, line, seq, reason });
        const record = parseRecord(text);
        if (record === undefined)
            return fail(undefined, 'not a JSON record');
        const expectedSeq = (previous?.seq ?? 0) + 1;
        if (record.seq !== expectedSeq) {
            return fail(record.seq, `sequence ${String(record.seq)} where ${expectedSeq} was expected: a record was removed or reordered`);
        }
        if (!(0,_record_js__WEBPACK_IMPORTED_MODULE_0__/* .recordIsAuthentic */ .Jb)(record, mac))
            return fail(record.seq, 'its MAC does not match: the record was edited');
        if (record.prev !== (previous?.hash ?? _record_js__WEBPACK_IMPORTED_MODULE_0__/* .GENESIS_HASH */ .si))
            return fail(record.seq, 'it does not link to the record before it');
        if (previous !== undefined && record.generation < previous.generation) {
            return fail(record.seq, `generation ${record.generation} is older than ${previous.generation}: the vault was rolled back`);
        }
        if (anchor !== undefined && record.seq === anchor.seq) {
            if (record.hash !== anchor.hash)
                return fail(record.seq, 'it differs from the record the vault anchors');
            anchorSeen = true;
        }
        if (anchor !== undefined && record.seq > anchor.seq && record.generation > anchor.generation) {
            // Records after the anchor are reads and failures; a newer generation is a change the vault no longer holds.
            return fail(record.seq, `generation ${record.generation} is newer than the vault's ${anchor.generation}: the vault file was rolled back`);
        }
        previous = record;
    }
    if (!anchorSeen && anchor !== undefined) {
        return { ok: false, records: line, line: line + 1, seq: (previous?.seq ?? 0) + 1, reason: `the log ends at sequence ${previous?.seq ?? 0} but the vault anchors sequence ${anchor.seq}: records were truncated` };
    }
    return { ok: true, records: line, head: previous };
}


/***/ })

};
