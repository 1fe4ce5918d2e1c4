export const id = 56;
export const ids = [56];
export const modules = {

/***/ 3954:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ notAvailableYet)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6974);

/** Actions declared for the next release fail clearly instead of pretending to work. */
function notAvailableYet(name) {
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${name} is not available yet in this version of mlops-actions (planned for the next release). ` +
        'Remove this step or pin a release that includes it.');
}


/***/ }),

/***/ 5056:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   openRetrainPr: () => (/* binding */ openRetrainPr)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9691);
/* harmony import */ var _adapter_action_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4555);
/* harmony import */ var _adapter_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6696);
/* harmony import */ var _not_available_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3954);




const openRetrainPr = (0,_adapter_action_js__WEBPACK_IMPORTED_MODULE_0__/* .defineAction */ .QP)({
    name: 'open-retrain-pr',
    schema: zod__WEBPACK_IMPORTED_MODULE_3__/* .object */ .Ikc({ 'drift-report': _adapter_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputs */ .QL.optionalString() }),
    run: () => Promise.resolve((0,_not_available_js__WEBPACK_IMPORTED_MODULE_2__/* .notAvailableYet */ .h)('open-retrain-pr')),
});


/***/ })

};
