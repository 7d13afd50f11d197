/* The HTML text escaper shared by every page the core writes. */
#include "html_doc.h"

void html_escape_text(struct strbuf *b, const char *s, unsigned flags)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			strbuf_puts(b, "&amp;");
			break;
		case '<':
			strbuf_puts(b, "&lt;");
			break;
		case '>':
			strbuf_puts(b, "&gt;");
			break;
		case '"':
			strbuf_puts(b, "&quot;");
			break;
		case '\'':
			if (flags & HTML_ESC_APOS)
				strbuf_puts(b, "&#39;");
			else
				strbuf_append(b, s, 1);
			break;
		case '\n':
			if (flags & HTML_ESC_BR)
				strbuf_puts(b, "<br />");
			else
				strbuf_append(b, s, 1);
			break;
		default:
			strbuf_append(b, s, 1);
		}
	}
}
