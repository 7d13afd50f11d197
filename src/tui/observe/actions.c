/* The action table and the keymaps of `spiegel observe` (actions.h). */
#include "actions.h"

const struct action o_actions[O_N_ACTIONS] = {
#define O_ROW(id_, keys_, fkeys_, foot_, flags_, help_)                                            \
	ACT_ROW(id_, keys_, fkeys_, foot_, O_SHORT(id_), flags_, help_)
    O_ACTIONS(O_ROW)
#undef O_ROW
};

const int o_keys_welcome[] = {O_BEGIN, O_SCROLL, O_HELP, O_QUIT, O_HALT, -1};
const int o_keys_role[] = {O_CHOOSE, O_TO_START, O_HELP, O_QUIT, O_HALT, -1};
/* the same after answers were given: q leads to the end, as elsewhere */
const int o_keys_welcome_answered[] = {O_BEGIN, O_SCROLL, O_HELP, O_END, O_HALT, -1};
const int o_keys_role_answered[] = {O_CHOOSE, O_TO_START, O_HELP, O_END, O_HALT, -1};
const int o_keys_item[] = {O_ANSWER, O_PAGE, O_CLEAR, O_HELP, O_END, O_HALT, -1};
const int o_keys_open[] = {O_TYPE_START, O_PAGE, O_HELP, O_END, O_HALT, -1};
const int o_keys_typing[] = {O_TYPE_NEXT, O_TYPE_PAGE, O_STOP_TYPING, O_TYPE, O_EDIT, O_HALT, -1};
const int o_keys_finish[] = {O_SAVE, O_BACK, O_SCROLL, O_HELP, O_ABANDON, -1};
const int o_keys_help[] = {O_SCROLL, O_CLOSE_HELP, O_END, O_HALT, -1};
const int o_keys_help_fresh[] = {O_SCROLL, O_CLOSE_HELP, O_QUIT, O_HALT, -1};

const struct actions_man o_man = {
    .title = "Feedback geven (spiegel observe)",
    .intro = "Wie feedback geeft met spiegel observe, ziet eerst wie wat ziet, kiest een rol en "
	     "beantwoordt dan de vragen en de twee open vragen. Pas aan het eind wordt er iets "
	     "opgeslagen; q brengt je daarheen.",
    .keymaps = {o_keys_welcome, o_keys_role, o_keys_item, o_keys_open, o_keys_typing,
		o_keys_finish},
};
