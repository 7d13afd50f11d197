#ifndef SPIEGEL_CORE_SESSION_JSON_H
#define SPIEGEL_CORE_SESSION_JSON_H

/* The "answers" object of session files, shared by the modules that write
 * answers in that shape (session.c, intervisie.c); not a public header. */

#include <cjson/cJSON.h>
#include <stdbool.h>
#include <stddef.h>

#include "spiegel/session.h"

/* Add s's answers to obj, one member per item. With handin, open answers
 * not marked shared are left out and counted in *withheld; info (may be
 * NULL) counts what was written. false on OOM. */
bool session_answers_json(cJSON *obj, const struct session *s, bool handin, size_t *withheld,
			  struct session_export_info *info);

#endif
