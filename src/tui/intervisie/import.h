#ifndef SPIEGEL_TUI_INTERVISIE_IMPORT_H
#define SPIEGEL_TUI_INTERVISIE_IMPORT_H

/* What the import screen (import.c) asks of import_run.c. */

#include "app.h"

/* Tab in the path field: complete a file or directory name (directories
 * and .json files only); several candidates are listed in the status. */
void iv_complete_path(struct iv_app *a, struct field *f);
/* Enter: check the file (or every file in a folder) first; ask only then,
 * and only when answers would be replaced. */
void iv_import_start(struct iv_app *a);
/* j after the question: import the checked file or folder. */
void iv_import_confirmed(struct iv_app *a);

#endif
