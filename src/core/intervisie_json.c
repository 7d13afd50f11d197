/* The intervisie file format ("spiegel-intervisie/2", doc/intervisie.md):
 * written and read strictly, answers in the shape of session files, the
 * meetings by meeting_json.c. Files of format /1 (before meetings) still
 * load; a group without meetings or consent is written as /1. */
#include "spiegel/intervisie.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jsonio.h"
#include "meeting_internal.h"
#include "session_answers.h"
#include "util.h"

#define FORMAT_V1 "spiegel-intervisie/1"
#define FORMAT "spiegel-intervisie/2"

static cJSON *build_json(const struct intervisie *iv)
{
	cJSON *root = cJSON_CreateObject();
	if (!root)
		return NULL;
	cJSON *q = cJSON_AddObjectToObject(root, "questionnaire");
	if (!cJSON_AddStringToObject(root, "format", mtg_needs_v2(iv) ? FORMAT : FORMAT_V1) ||
	    !cJSON_AddStringToObject(root, "id", iv->id) ||
	    !cJSON_AddStringToObject(root, "name", iv->name) || !q ||
	    !cJSON_AddStringToObject(q, "id", iv->questionnaire) ||
	    !cJSON_AddStringToObject(q, "version", iv->version) ||
	    !cJSON_AddStringToObject(root, "created", iv->created) ||
	    !cJSON_AddStringToObject(root, "updated", iv->updated) ||
	    (iv->position && !cJSON_AddStringToObject(root, "position", iv->position)))
		goto fail;
	cJSON *parts = cJSON_AddArrayToObject(root, "participants");
	if (!parts)
		goto fail;
	for (size_t i = 0; i < iv->n_participants; i++) {
		const struct intervisie_participant *p = &iv->participants[i];
		cJSON *o = cJSON_CreateObject();
		if (!o)
			goto fail;
		if (!cJSON_AddItemToArray(parts, o)) {
			cJSON_Delete(o);
			goto fail;
		}
		cJSON *ans;
		if (!cJSON_AddStringToObject(o, "alias", p->alias) ||
		    !(ans = cJSON_AddObjectToObject(o, "answers")) ||
		    !session_answers_json(ans, p->answers, false, NULL, NULL) ||
		    !cJSON_AddStringToObject(o, "notes", p->notes) ||
		    !cJSON_AddStringToObject(o, "afspraken", p->afspraken) ||
		    (p->imported && !cJSON_AddStringToObject(o, "imported", p->imported)))
			goto fail;
	}
	if (!mtg_json(root, iv))
		goto fail;
	return root;
fail:
	cJSON_Delete(root);
	return NULL;
}

char *intervisie_to_json(const struct intervisie *iv, size_t *len)
{
	cJSON *root = build_json(iv);
	if (!root)
		return NULL;
	char *out = jsonio_print(root, len);
	cJSON_Delete(root);
	return out;
}

static void parse_participant(struct jctx *c, struct intervisie *iv, const struct jval *o, size_t i)
{
	char w[64];
	snprintf(w, sizeof(w), "deelnemer %zu", i + 1);
	static const char *const keys[] = {"alias",	"answers",  "notes",
					   "afspraken", "imported", NULL};
	jv_check_keys(c, o, keys, w);
	const char *alias = jv_string(c, o, "alias", true, w);
	if (!alias)
		return;
	struct diag ad;
	diag_init(&ad);
	bool added = intervisie_add_participant(iv, alias, &ad);
	if (!added)
		jerror(c, w, "%s", diag_count(&ad) ? diag_msg(&ad, 0) : "ongeldige naam");
	diag_finish(&ad);
	if (!added)
		return;
	struct intervisie_participant *p = &iv->participants[iv->n_participants - 1];
	const char *notes = jv_string(c, o, "notes", false, w);
	const char *afspraken = jv_string(c, o, "afspraken", false, w);
	struct diag nd;
	diag_init(&nd);
	if ((notes && !intervisie_set_notes(iv, iv->n_participants - 1, notes, &nd)) ||
	    (afspraken && !intervisie_set_afspraken(iv, iv->n_participants - 1, afspraken, &nd)))
		jerror(c, w, "%s", diag_count(&nd) ? diag_msg(&nd, 0) : "ongeldige tekst");
	diag_finish(&nd);
	const char *imp = jv_string(c, o, "imported", false, w);
	if (imp) {
		bool ok = imp[0] && strlen(imp) <= SESSION_ID_MAX;
		for (const char *s = imp; ok && *s; s++)
			ok = (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-';
		if (!ok)
			jerror(c, w, "\"imported\" is geen sessie-id");
		else if (!(p->imported = strdup(imp)))
			jerror(c, w, "onvoldoende geheugen");
	}
	const struct jval *answers = jv_container(c, o, "answers", JV_OBJECT, true, w);
	session_answers_parse(c, answers, p->answers, w);
}

struct intervisie *intervisie_parse(const char *name, const char *text, size_t len, struct diag *d)
{
	struct jdoc doc;
	jdoc_init(&doc);
	const struct jval *root = jdoc_parse_object(&doc, name, text, len, d);
	if (!root) {
		jdoc_finish(&doc);
		return NULL;
	}
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct intervisie *iv = calloc(1, sizeof(*iv));
	if (!iv) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		jdoc_finish(&doc);
		return NULL;
	}
	const char *fmt = jv_string(&c, root, "format", true, "");
	if (!fmt)
		goto fail;
	if (strncmp(fmt, "spiegel-intervisie/", 19) != 0) {
		jerror(&c, "", "geen intervisiegroep van spiegel (formaat \"%s\")", fmt);
		goto fail;
	}
	bool v2 = strcmp(fmt, FORMAT) == 0;
	if (!v2 && strcmp(fmt, FORMAT_V1) != 0) {
		jerror(&c, "", "intervisieformaat \"%s\" is nieuwer of onbekend; werk spiegel bij",
		       fmt);
		goto fail;
	}
	static const char *const keys[] = {"format",  "id",	  "name",     "questionnaire",
					   "created", "updated",  "position", "participants",
					   "consent", "meetings", NULL};
	/* format /1 knows no meetings: its keys end before "consent" */
	static const char *const keys_v1[] = {"format",	       "id",	       "name",
					      "questionnaire", "created",      "updated",
					      "position",      "participants", NULL};
	jv_check_keys(&c, root, v2 ? keys : keys_v1, "");
	const char *id = jv_string(&c, root, "id", true, "");
	if (id && !intervisie_id_ok(id))
		jerror(&c, "", "ongeldige groeps-id");
	else if (id)
		snprintf(iv->id, sizeof(iv->id), "%s", id);
	const char *nm = jv_string(&c, root, "name", true, "");
	if (nm && !intervisie_alias_ok(nm))
		jerror(&c, "", "\"name\" is te lang of bevat een stuurteken");
	else if (nm && !(iv->name = utf8_nfc(nm)))
		jerror(&c, "", "onvoldoende geheugen");
	session_json_questionnaire(&c, root, &iv->questionnaire, &iv->version);
	if (iv->questionnaire && !id_item_ok(iv->questionnaire))
		jerror(&c, "questionnaire", "ongeldige vragenlijst-id");
	const char *qv = iv->version;
	if (qv && (strlen(qv) > 40 || !utf8_valid(qv, strlen(qv)) || text_has_control(qv)))
		jerror(&c, "questionnaire", "ongeldige versie");
	session_json_times(&c, root, iv->created, iv->updated, sizeof(iv->created));
	const char *pos = jv_string(&c, root, "position", false, "");
	if (pos && !id_item_ok(pos))
		jerror(&c, "", "\"position\" is geen deel-id");
	else if (pos && !intervisie_set_position(iv, pos))
		jerror(&c, "", "onvoldoende geheugen");
	const struct jval *parts = jv_container(&c, root, "participants", JV_ARRAY, true, "");
	/* participants need the group's id and questionnaire */
	if (!c.ok)
		goto fail;
	int np = (int)parts->n;
	if (np < 1 || np > INTERVISIE_MAX_PARTICIPANTS) {
		jerror(&c, "", "\"participants\" moet 1 tot %d deelnemers bevatten (nu %d)",
		       INTERVISIE_MAX_PARTICIPANTS, np);
		goto fail;
	}
	if (!jv_check_objects(&c, parts, "deelnemer"))
		goto fail;
	size_t i = 0;
	jv_foreach(o, parts) parse_participant(&c, iv, o, i++);
	if (!c.ok)
		goto fail;
	if (v2)
		mtg_parse(&c, root, iv);
	if (!c.ok)
		goto fail;
	jdoc_finish(&doc);
	return iv;
fail:
	jdoc_finish(&doc);
	intervisie_destroy(iv);
	return NULL;
}
