/*
 * Build- and test-only stand-in for Windows 10's system icuuc.dll, which Wine 8 lacks and Qt6Core.dll imports.
 * Every converter "fails to open", so Qt falls back to its own codecs. Compiled into the Wine
 * prefix by packaging/wine/prefix.sh for building and smoke-testing under Wine; it must never ship
 * (.ci/package checks that the bundle and the installed program hold no icuuc.dll).
 */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;

static void fail(UErrorCode *status) {
    if (status != NULL && *status <= 0) {
        *status = U_FILE_ACCESS_ERROR;
    }
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { (void)name; fail(status); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT signed char ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, UErrorCode *status) { (void)cnv; fail(status); return ""; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) {
    (void)name; (void)standard; fail(status); return NULL;
}
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
    (void)cnv; if (action) *action = NULL; if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *status) {
    (void)cnv; (void)a; (void)c; (void)oa; (void)oc; fail(status);
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *a, const void *c, void **oa, const void **oc, UErrorCode *status) {
    (void)cnv; (void)a; (void)c; (void)oa; (void)oc; fail(status);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const void *source, int length, int offset, UErrorCode *status) {
    (void)args; (void)source; (void)length; (void)offset; fail(status);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const void **source, const void *limit, int offset, UErrorCode *status) {
    (void)args; (void)source; (void)limit; (void)offset; fail(status);
}
EXPORT int ucnv_toUCountPending(const void *cnv, UErrorCode *status) { (void)cnv; fail(status); return 0; }
EXPORT int ucnv_fromUCountPending(const void *cnv, UErrorCode *status) { (void)cnv; fail(status); return 0; }
EXPORT void ucnv_toUnicode(void *cnv, void **t, const void *tl, const char **s, const char *sl, int *o, int f, UErrorCode *status) {
    (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(status);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **t, const char *tl, const void **s, const void *sl, int *o, int f, UErrorCode *status) {
    (void)cnv; (void)t; (void)tl; (void)s; (void)sl; (void)o; (void)f; fail(status);
}
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const void *u, int l, int cp, int r, UErrorCode *status) {
    (void)c; (void)a; (void)u; (void)l; (void)cp; (void)r; fail(status);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *c, void *a, const char *b, int l, int r, UErrorCode *status) {
    (void)c; (void)a; (void)b; (void)l; (void)r; fail(status);
}
