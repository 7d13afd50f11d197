#ifndef SPIEGEL_TUI_INTERVISIE_APP_H
#define SPIEGEL_TUI_INTERVISIE_APP_H

/* The intervisie front end (spiegel intervisie [GROEP]): the coach's
 * screens, one file each (one struct tui_screen each), run by tui_loop.
 * The group lives in a struct intervisie (core) and is saved after every
 * change; text typed into notes is saved when the coach pauses (the idle
 * operation), leaves the screen, or the program is stopped. Drawing is a
 * function of this state; what depends on the window's size (a list's
 * first row, scroll offsets, a field's width) is settled in each screen's
 * resize. */

#include <stdbool.h>
#include <stddef.h>

#include "spiegel/intervisie.h"
#include "tui/widget/field.h"
#include "tui/widget/list.h"
#include "tui/widget/loop.h"

#define IV_NAMES_MAX (INTERVISIE_MAX_PARTICIPANTS * (SESSION_MAX_NAME + 1) + 64)

struct iv_app {
	struct tui_shell shell; /* first: the loop's part */
	const struct content *content;
	struct store *store;
	char *dir; /* <root>/intervisie */
	/* the open group */
	struct intervisie *iv;
	const struct questionnaire *q;
	char *path;
	int lock_fd;
	bool save_failed;		      /* the last save failed: changes only in memory */
	char save_error[300];		      /* why it failed */
	const struct tui_screen *from;	      /* the screen before the current one */
	const struct tui_screen *help_return; /* the screen the help was opened from */
	struct list list;		      /* start screen */
	/* new group */
	int nf;	   /* field: 0 name, 1 questionnaire, 2 aliases, 3 button */
	size_t nq; /* chosen questionnaire */
	struct field name, aliases;
	/* walk */
	size_t sec, row, col;
	int read_scroll, help_scroll;
	/* import */
	size_t ip;
	struct field ipath;
	bool iconfirm;		  /* asking whether to replace answers */
	struct session *ipending; /* the checked file, while asking */
	char *ipending_path;
	struct intervisie_import_info ipinfo;
	struct intervisie_bulk bulk; /* a checked folder, while asking */
	bool ibulk;
	char **ilog; /* the last folder import, file by file */
	int n_ilog, ilog_scroll, ilog_rows;
	/* group view */
	int gsel, gfirst;
	/* notes */
	size_t np;
	int nfield; /* 0 notes, 1 afspraken */
	bool typing;
	bool ndirty;
	struct field note;
	/* participants */
	int psel;
	int pmode; /* 0 list, 1 rename, 2 add, 3 confirm removal */
	struct field pname;
	/* export */
	struct field epath;
	bool econfirm;
	char *written;
	char status[600];
	bool status_error;
	int exit_status;
};

/* The screens (one file each). */
extern const struct tui_screen iv_start_screen, iv_new_screen, iv_walk_screen, iv_read_screen,
    iv_import_screen, iv_group_screen, iv_notes_screen, iv_people_screen, iv_export_screen,
    iv_help_screen;

/* app.c */
void iv_set_status(struct iv_app *a, bool error, const char *f, ...)
    __attribute__((format(printf, 3, 4)));
/* The first message of d in the status line (fallback without one). */
void iv_status_diag(struct iv_app *a, const struct diag *d, const char *fallback);
/* Make to the current screen (its enter sees a->from). */
void iv_go(struct iv_app *a, const struct tui_screen *to);
/* Save the open group; a failure sets the status line (NIET OPGESLAGEN),
 * a save that works again after one failed says so. */
bool iv_save(struct iv_app *a);
void iv_close_group(struct iv_app *a);
/* Take iv (locked by fd, at path: owned from here) as the open group. */
void iv_take_group(struct iv_app *a, struct intervisie *iv, const struct questionnaire *q,
		   char *path, int fd);
/* The lock of group id (intervisie_lock) for this process. */
int iv_lock_group(const struct iv_app *a, const char *id, struct diag *d);
/* Open the saved group id; false with the reason in the status line. */
bool iv_open_group(struct iv_app *a, const char *id);
/* One step back: from the walk to the start list (after a save that
 * works), from there out; from the other screens of a group to the walk. */
enum tui_result iv_go_back(struct iv_app *a);
/* A path typed by the coach, with ~/ expanded. malloc'd. */
char *iv_expand_path(const char *p);
/* The first line below a screen's content: the status starts there. */
int iv_bottom(const struct iv_app *a);
/* The title bar and the footer (two lines) of the current screen. */
void iv_frame(const struct iv_app *a, const char *title, const char *right);
/* The status message, over the lines the content left free: last, so
 * that the cursor stays in the field being typed in. */
void iv_status(const struct iv_app *a);
/* The widest participant's alias in columns. */
int iv_max_alias_width(const struct intervisie *iv);

/* start.c */
void iv_start_fill(struct iv_app *a);
/* walk.c: the walk of the current section (clamped) */
void iv_walk_clamp(struct iv_app *a);
/* import.c */
void iv_import_drop(struct iv_app *a);
void iv_ilog_clear(struct iv_app *a);
void iv_bulk_log(struct iv_app *a, bool done);
/* notes.c: the text being typed put into the group and saved. */
void iv_commit_note(struct iv_app *a);
/* help.c */
void iv_help_open(struct iv_app *a);

#endif
