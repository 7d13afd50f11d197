#ifndef SPIEGEL_CORE_HTML_DOC_H
#define SPIEGEL_CORE_HTML_DOC_H

/* Internal: the one HTML text escaper of the core's self-contained pages
 * (reports, portfolio, feedback form). Not part of the public headers. */

#include "util.h"

enum html_escape_flags {
	HTML_ESC_BR = 1u << 0,	 /* '\n' becomes "<br />" */
	HTML_ESC_APOS = 1u << 1, /* '\'' becomes "&#39;" (attribute-safe) */
};

/* Appends s (NULL is empty) with & < > " escaped, and what flags ask. */
void html_escape_text(struct strbuf *b, const char *s, unsigned flags);

/* Text for an element's content: escaped, newlines as line breaks. */
static inline void html_escape(struct strbuf *b, const char *s)
{
	html_escape_text(b, s, HTML_ESC_BR);
}

#endif
