#ifndef CCMARKGFM_SHIM_H
#define CCMARKGFM_SHIM_H
/* cmark-gfm (CommonMark + GitHub extensions) and its core extensions: tables, strikethrough, autolinks,
   task lists. Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev; Homebrew: cmark-gfm. */
#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#endif
