/* The action table and the keymaps of the questionnaire front end
 * (actions.h). */
#include "actions.h"

const struct action q_actions[Q_N_ACTIONS] = {
#define Q_ROW(id_, keys_, fkeys_, foot_, flags_, help_)                                            \
	ACT_ROW(id_, keys_, fkeys_, foot_, Q_SHORT(id_), flags_, help_)
    Q_ACTIONS(Q_ROW)
#undef Q_ROW
};

const int q_keys_start[] = {Q_LIST, Q_OPEN, Q_MENU, Q_HELP, Q_QUIT, Q_HALT, -1};
const int q_keys_pick[] = {Q_LIST, Q_OPEN, Q_BACK, Q_HELP, Q_QUIT, Q_HALT, -1};
const int q_keys_likert[] = {Q_ANSWER, Q_PAGE, Q_WHY, Q_OVERVIEW, Q_QUIT, Q_HALT, -1};
const int q_keys_likert_na[] = {Q_ANSWER, Q_NA, Q_PAGE, Q_WHY, Q_OVERVIEW, Q_QUIT, Q_HALT, -1};
const int q_keys_choice[] = {Q_NUMBER, Q_PAGE, Q_WHY, Q_OVERVIEW, Q_QUIT, Q_HALT, -1};
const int q_keys_scenario[] = {Q_PICK, Q_SWAP, Q_PAGE, Q_WHY, Q_OVERVIEW, Q_QUIT, Q_HALT, -1};
const int q_keys_open[] = {Q_TYPE_START, Q_PAGE, Q_WHY, Q_OVERVIEW, Q_QUIT, Q_SHARE, Q_HALT, -1};
const int q_keys_typing[] = {Q_SAVE_NEXT, Q_SHARE, Q_TYPE_PAGE, Q_STOP_TYPING,
			     Q_TYPE,	  Q_EDIT,  Q_HALT,	-1};
const int q_keys_review[] = {Q_LIST, Q_CHANGE, Q_SHARE_ROW, Q_FINISH, Q_TO_ITEM,
			     Q_QUIT, Q_HELP,   Q_HALT,	    -1};
const int q_keys_results[] = {Q_SCROLL, Q_FOCUS, Q_PLAN, Q_HOME, Q_ANSWERS,
			      Q_QUIT,	Q_HELP,	 Q_HALT, -1};
/* the results of a questionnaire others can answer about the leader */
const int q_keys_results_fb[] = {Q_SCROLL,  Q_FOCUS, Q_PLAN, Q_FEEDBACK, Q_HOME,
				 Q_ANSWERS, Q_QUIT,  Q_HELP, Q_HALT,	 -1};
/* the feedback page: typing the folder, then the report */
const int q_keys_feedback_dir[] = {Q_FB_SHOW, Q_FB_BACK, Q_FB_TYPE, Q_FB_EDIT, Q_HALT, -1};
const int q_keys_feedback[] = {Q_SCROLL, Q_FB_DIR, Q_TO_RESULTS, Q_QUIT, Q_HELP, Q_HALT, -1};
const int q_keys_plan[] = {Q_LIST, Q_OPEN, Q_TO_RESULTS, Q_QUIT, Q_HELP, Q_HALT, -1};
const int q_keys_plan_form[] = {Q_PLAN_SAVE, Q_PLAN_FIELD, Q_PLAN_CANCEL, Q_TYPE, Q_EDIT, Q_HALT,
				-1};
const int q_keys_plan_choice[] = {Q_PLAN_SAVE,	 Q_PLAN_CHOOSE, Q_PLAN_FIELD,
				  Q_PLAN_CANCEL, Q_HALT,	-1};
const int q_keys_plans[] = {Q_LIST, Q_LOOK_BACK, Q_BACK, Q_QUIT, Q_HELP, Q_HALT, -1};
const int q_keys_focus[] = {Q_LIST, Q_TOGGLE, Q_SAVE_FOCUS, Q_TO_RESULTS,
			    Q_QUIT, Q_HELP,   Q_HALT,	    -1};
const int q_keys_help[] = {Q_SCROLL, Q_CLOSE_HELP, Q_QUIT, Q_HALT, -1};
const int q_keys_unsaved[] = {Q_RETRY, Q_ABANDON, -1};

const struct q_keymap q_keymaps[] = {
    {"start", q_keys_start},
    {"pick", q_keys_pick},
    {"likert", q_keys_likert},
    {"likert_na", q_keys_likert_na},
    {"choice", q_keys_choice},
    {"scenario", q_keys_scenario},
    {"open", q_keys_open},
    {"typing", q_keys_typing},
    {"review", q_keys_review},
    {"results", q_keys_results},
    {"results_fb", q_keys_results_fb},
    {"feedback_dir", q_keys_feedback_dir},
    {"feedback", q_keys_feedback},
    {"focus", q_keys_focus},
    {"plan", q_keys_plan},
    {"plan_form", q_keys_plan_form},
    {"plan_choice", q_keys_plan_choice},
    {"plans", q_keys_plans},
    {"help", q_keys_help},
    {"unsaved", q_keys_unsaved},
};
const size_t q_n_keymaps = sizeof(q_keymaps) / sizeof(q_keymaps[0]);

/* What the man page says first, and not again under each screen: the
 * keys of (nearly) every screen. */
static const int q_keys_everywhere[] = {Q_QUIT, Q_HELP, Q_HALT, -1};

const char q_man_intro[] =
    "Onderaan het scherm staan de toetsen die je daar het meest nodig hebt; met ? zie je ze "
    "allemaal, met wat ze doen. q (stoppen) en ? staan er altijd, ook op een smal scherm.";

const struct actions_man q_man_sections[] = {
    {"Op elk scherm", NULL, {q_keys_everywhere}},
    {"Op het startscherm", NULL, {q_keys_start, q_keys_pick}},
    {"Bij een vraag", NULL, {q_keys_likert_na, q_keys_choice, q_keys_scenario, q_keys_open}},
    {"Terwijl je typt",
     "Bij een open vraag typ je meteen je antwoord. Een open antwoord is privé: het gaat nergens "
     "heen buiten je eigen sessiebestand, tenzij je het deelt met de groep.",
     {q_keys_typing}},
    {"Overzicht", NULL, {q_keys_review}},
    {"Resultaten en focus", NULL, {q_keys_results_fb, q_keys_focus}},
    {"Feedback van anderen",
     "Met a op de resultaten zie je naast je eigen antwoorden wat anderen zagen, uit de "
     "antwoordbestanden van een feedbackronde in een map. Eerst typ je die map; cijfers van "
     "anderen toont spiegel pas vanaf drie antwoorden.",
     {q_keys_feedback_dir, q_keys_feedback}},
    {"Een voornemen maken",
     "Met v op het resultatenscherm maak je een voornemen van een voorgestelde stap of een eigen "
     "voornemen. Terwijl je de velden invult, zijn q en ? gewoon letters.",
     {q_keys_plan, q_keys_plan_form, q_keys_plan_choice}},
    {"Je voornemens",
     "Met 4 op het startscherm zie je je voornemens, eerst die waarop het tijd is om terug te "
     "kijken. Bij een terugblik gebruik je dezelfde toetsen als bij een voornemen maken.",
     {q_keys_plans}},
    {"Uitleg", NULL, {q_keys_help}},
    {"Na een mislukte opslag",
     "Lukt het opslaan niet, dan zegt de onderste regel NIET OPGESLAGEN, met de reden. Tot het "
     "weer lukt, werken q en Q zo:",
     {q_keys_unsaved}},
};
const size_t q_n_man_sections = sizeof(q_man_sections) / sizeof(q_man_sections[0]);
