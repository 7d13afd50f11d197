/* The action table and the keymaps of the intervisie front end
 * (actions.h). */
#include "actions.h"

const struct action iv_actions[IV_N_ACTIONS] = {
#define IV_ROW(id_, keys_, fkeys_, foot_, help_)                                                   \
	ACT_ROW(id_, keys_, fkeys_, foot_, NULL, IV_FLAGS(id_), help_)
    IV_ACTIONS(IV_ROW)
#undef IV_ROW
};

/* In each keymap the actions of the footer come first, in its order, then
 * those only the help shows. */
const int iv_keys_start[] = {IV_LIST,	   IV_OPEN,	IV_NEW,	 IV_HELP, IV_QUIT,
			     IV_LIST_ENDS, IV_ESC_QUIT, IV_HALT, -1};
const int iv_keys_new_name[] = {IV_TYPE_NAME, IV_NEXT_FIELD, IV_CANCEL, IV_EDIT,
				IV_CLEAR_KEY, IV_HALT,	     -1};
const int iv_keys_new_list[] = {
    IV_PICK_Q, IV_NEXT_FIELD, IV_PREV_FIELD, IV_CANCEL, IV_HELP_KEY, IV_HALT, -1};
const int iv_keys_new_aliases[] = {IV_TYPE_ALIASES, IV_NEWLINE,	   IV_TAB_NEXT, IV_PREV_FIELD,
				   IV_CANCEL,	    IV_EDIT_LINES, IV_HALT,	-1};
const int iv_keys_new_button[] = {IV_CREATE,   IV_PREV_FIELD, IV_CANCEL, IV_TAB_FIRST,
				  IV_HELP_KEY, IV_HALT,	      -1};
#define IV_WALK_KEYS                                                                               \
	IV_ANSWER, IV_NA, IV_CLEAR_CELL, IV_CELL, IV_SECTION, IV_READ, IV_TO_GROUP, IV_TO_NOTES,   \
	    IV_TO_IMPORT, IV_TO_EXPORT, IV_MORE, IV_BACK, IV_SECTION_PAGE, IV_ROW_ENDS,            \
	    IV_NA_ZERO, IV_CLEAR_CELL_DEL, IV_TO_PEOPLE
const int iv_keys_walk[] = {IV_WALK_KEYS, IV_ESC_BACK, IV_HALT, -1};
/* a choice with more than five options */
const int iv_keys_walk_choice[] = {IV_WALK_KEYS, IV_ANSWER_MORE, IV_ESC_BACK, IV_HALT, -1};
const int iv_keys_read[] = {IV_SCROLL, IV_ESC_Q, IV_SCROLL_ENDS, IV_HELP_KEY, IV_HALT, -1};
const int iv_keys_import[] = {IV_PARTICIPANT, IV_TYPE_PATH, IV_COMPLETE, IV_CLEAR, IV_IMPORT,
			      IV_LOG_PAGE,    IV_ESC_TERUG, IV_EDIT,	 IV_HALT,  -1};
const int iv_keys_import_confirm[] = {IV_YES, IV_NO, IV_LOG_PAGE_KEY, IV_HELP_KEY, IV_HALT, -1};
const int iv_keys_group[] = {IV_PRACTICE,  IV_SHIFT,	IV_TO_WALK, IV_TO_NOTES,
			     IV_TO_EXPORT, IV_HELP,	IV_BACK,    IV_TO_IMPORT_KEY,
			     IV_TO_PEOPLE, IV_ESC_BACK, IV_HALT,    -1};
const int iv_keys_notes[] = {IV_TYPE_START,    IV_SWAP_FIELD,	IV_NEIGHBOUR,	  IV_TO_WALK,
			     IV_TO_GROUP,      IV_TO_EXPORT,	IV_BACK,	  IV_SWAP_BTAB,
			     IV_NOTE_PAGE_KEY, IV_FIELD_UPDOWN, IV_TO_IMPORT_KEY, IV_TO_PEOPLE,
			     IV_ESC_BACK,      IV_HELP_KEY,	IV_HALT,	  -1};
const int iv_keys_notes_typing[] = {IV_TYPE_NOTE,  IV_NEWLINE,	   IV_SWAP_FIELD,
				    IV_NOTE_PAGE,  IV_STOP_TYPING, IV_SWAP_BTAB,
				    IV_EDIT_LINES, IV_HALT,	   -1};
const int iv_keys_people[] = {IV_LIST,
			      IV_RENAME,
			      IV_ADD,
			      IV_REMOVE,
			      IV_ESC_Q,
			      IV_TO_WALK_KEY,
			      IV_TO_GROUP_KEY,
			      IV_TO_NOTES_KEY,
			      IV_TO_IMPORT_KEY,
			      IV_TO_EXPORT_KEY,
			      IV_HELP_KEY,
			      IV_HALT,
			      -1};
const int iv_keys_people_edit[] = {IV_TYPE_NAME, IV_SAVE_NAME, IV_CANCEL, IV_EDIT,
				   IV_CLEAR_KEY, IV_HALT,      -1};
const int iv_keys_confirm[] = {IV_YES, IV_NO, IV_HELP_KEY, IV_HALT, -1};
const int iv_keys_export[] = {IV_TYPE_FILE, IV_CLEAR, IV_WRITE, IV_ESC_TERUG, IV_EDIT, IV_HALT, -1};
const int iv_keys_help[] = {IV_HELP_SCROLL, IV_CLOSE_HELP, IV_HALT, -1};
const int iv_keys_unsaved[] = {IV_ABANDON, -1};

/* The man page's part of TOETSEN: what holds on every screen, then the
 * screens (test/unit/test_keys.c writes it from these). */
static const int man_everywhere_ids[] = {IV_HALT, IV_ABANDON, -1};

const struct actions_man iv_man_sections[] = {
    {"Intervisie (spiegel intervisie): op elk scherm",
     "Met spiegel intervisie legt een coach een groep vast: de deelnemers, hun antwoorden per "
     "deel van de vragenlijst, het groepsoverzicht en per deelnemer notities en afspraken. Elke "
     "wijziging wordt meteen opgeslagen. Onderaan het scherm staan de toetsen die je daar het "
     "meest nodig hebt; met ? zie je ze allemaal.",
     {man_everywhere_ids}},
    {"Intervisie: de groepen", NULL, {iv_keys_start}},
    {"Intervisie: een nieuwe groep",
     NULL,
     {iv_keys_new_name, iv_keys_new_list, iv_keys_new_aliases, iv_keys_new_button}},
    {"Intervisie: vragen en antwoorden",
     "Per deel van de vragenlijst staan de vragen in een tabel, met een kolom per deelnemer.",
     {iv_keys_walk, iv_keys_walk_choice}},
    {"Intervisie: lezen", NULL, {iv_keys_read}},
    {"Intervisie: antwoorden inlezen",
     "Lees het sessie- of inleverbestand van een deelnemer in; open antwoorden komen alleen mee "
     "als de deelnemer ze deelt.",
     {iv_keys_import, iv_keys_import_confirm}},
    {"Intervisie: groepsoverzicht", NULL, {iv_keys_group}},
    {"Intervisie: aantekeningen", NULL, {iv_keys_notes, iv_keys_notes_typing}},
    {"Intervisie: deelnemers", NULL, {iv_keys_people, iv_keys_people_edit, iv_keys_confirm}},
    {"Intervisie: exporteren", NULL, {iv_keys_export, iv_keys_confirm}},
    {"Intervisie: uitleg", NULL, {iv_keys_help}},
};
const size_t iv_n_man_sections = sizeof(iv_man_sections) / sizeof(iv_man_sections[0]);

const struct iv_keymap iv_keymaps[] = {
    {"start", iv_keys_start, false},
    {"new_name", iv_keys_new_name, true},
    {"new_list", iv_keys_new_list, false},
    {"new_aliases", iv_keys_new_aliases, true},
    {"new_button", iv_keys_new_button, false},
    {"walk", iv_keys_walk, false},
    {"walk_choice", iv_keys_walk_choice, false},
    {"read", iv_keys_read, false},
    {"import", iv_keys_import, true},
    {"import_confirm", iv_keys_import_confirm, false},
    {"group", iv_keys_group, false},
    {"notes", iv_keys_notes, false},
    {"notes_typing", iv_keys_notes_typing, true},
    {"people", iv_keys_people, false},
    {"people_edit", iv_keys_people_edit, true},
    {"confirm", iv_keys_confirm, false},
    {"export", iv_keys_export, true},
    {"help", iv_keys_help, false},
};
const size_t iv_n_keymaps = sizeof(iv_keymaps) / sizeof(iv_keymaps[0]);
