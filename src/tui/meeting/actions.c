/* The action table and the keymaps of the meeting screens (actions.h). */
#include "actions.h"

const struct action m_actions[M_N_ACTIONS] = {
#define M_ROW(id_, keys_, fkeys_, foot_, flags_, help_)                                            \
	ACT_ROW(id_, keys_, fkeys_, foot_, NULL, flags_, help_)
    M_ACTIONS(M_ROW)
#undef M_ROW
};

#define M_PARTS M_PART, M_NEXT_PART, M_HELP, M_QUIT, M_HALT, -1

const int m_keys_start[] = {M_OPEN, M_MOVE, M_HELP, M_QUIT, M_HALT, -1};
const int m_keys_field[] = {M_TYPE_START, M_MOVE, M_PARTS};
const int m_keys_choice[] = {M_CHOOSE, M_MOVE, M_PARTS};
const int m_keys_toggle[] = {M_TOGGLE, M_MOVE, M_PARTS};
/* nothing to focus (an empty look back) */
const int m_keys_none[] = {M_PARTS};
const int m_keys_steps[] = {M_OPEN_STEP, M_MOVE, M_PARTS};
const int m_keys_sub_field[] = {M_TYPE_START, M_MOVE, M_BACK, M_HELP, M_QUIT, M_HALT, -1};
const int m_keys_sub_choice[] = {M_CHOOSE, M_MOVE, M_BACK, M_HELP, M_QUIT, M_HALT, -1};
const int m_keys_phase[] = {M_TIMER, M_PHASE, M_PARTS};
const int m_keys_typing[] = {M_TYPE_DONE, M_TYPE_NEXT, M_TYPE, M_EDIT, M_HALT, -1};
const int m_keys_help[] = {M_SCROLL, M_CLOSE_HELP, M_QUIT, M_HALT, -1};

const struct actions_man m_man = {
    .title = "Een bijeenkomst begeleiden (spiegel intervisie GROEP bijeenkomst)",
    .intro =
	"Een bijeenkomst heeft zeven onderdelen: terugblik, opzet, casus, fasen, kaarten, "
	"aantekeningen en stappen. Met de cijfers 1 tot 7 of Tab ga je erheen; met de pijltjes "
	"wijs je een veld of keuze aan. Na elke wijziging wordt de groep opgeslagen.",
    .keymaps = {m_keys_start, m_keys_field, m_keys_choice, m_keys_toggle, m_keys_phase,
		m_keys_steps, m_keys_sub_field, m_keys_typing},
};
