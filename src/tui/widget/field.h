#ifndef SPIEGEL_TUI_WIDGET_FIELD_H
#define SPIEGEL_TUI_WIDGET_FIELD_H

/* A text field: an editor (textedit) and the width it is shown at. One
 * line (scrolled sideways to the cursor) or a box of wrapped lines. The
 * screen settles the width (field_settle) before drawing; the keys of
 * field_key edit it. The text is kept as typed and drawn made safe. */

#include <stdbool.h>
#include <stddef.h>

#include "../text.h"

struct field {
	struct textedit ed;
	bool on;   /* ed holds text */
	int width; /* the columns of text: set by field_settle */
};

/* What field_key did, like a handler's result. */
enum field_result {
	FIELD_IGNORED, /* not a key of the field */
	FIELD_MOVED,   /* the cursor moved */
	FIELD_CHANGED, /* the text changed */
	FIELD_FULL,    /* the text is as long as it may be: nothing added */
};

/* What a field does besides typing, ⌫ Delete ← → Home End. */
enum {
	FIELD_NEWLINE = 1, /* Enter starts a new line */
	FIELD_UPDOWN = 2,  /* ↑ ↓ move through the wrapped lines */
	FIELD_CLEAR = 4,   /* Ctrl-U empties the field */
};

/* Start with text (UTF-8) and a limit in bytes; false on OOM. */
bool field_init(struct field *f, const char *text, size_t max_bytes);
void field_finish(struct field *f);
enum field_result field_key(struct field *f, int key, unsigned int opts);
void field_settle(struct field *f, int width);

/* A box of h lines at (top, x): a bar (glyph, in colour pair colour) in
 * column x, the text from column x + 2, the lines scrolled to the cursor.
 * typing: the cursor is placed; an empty field not being typed in shows
 * placeholder (dimmed). */
void field_draw_box(const struct field *f, int top, int x, int h, const char *bar, short colour,
		    bool typing, const char *placeholder);
/* One line at (y, x): underlined when focus (then the cursor is placed),
 * scrolled so that the cursor shows. */
void field_draw_line(const struct field *f, int y, int x, bool focus);

#endif
