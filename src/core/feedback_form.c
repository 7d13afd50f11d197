/* The feedback form: one self-contained HTML file (inline CSS and JS, no
 * network, no cookies or storage) that works opened from a file or a mail
 * attachment, and its data block ("spiegel-form/1") for spiegel observe. */
#define _GNU_SOURCE /* memmem */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "feedback_internal.h"
#include "html_doc.h"
#include "jsonfile.h"

void feedback_html_escape(struct strbuf *b, const char *s)
{
	html_escape_text(b, s, HTML_ESC_APOS);
}

void feedback_json_for_html(struct strbuf *b, const char *json)
{
	for (const char *s = json; *s; s++) {
		if (*s == '<')
			strbuf_puts(b, "\\u003c");
		else if (*s == '>')
			strbuf_puts(b, "\\u003e");
		else if (*s == '&')
			strbuf_puts(b, "\\u0026");
		else
			strbuf_append(b, s, 1);
	}
}

static const char form_style[] =
    "*{box-sizing:border-box}\n"
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;"
    "font-size:1.0625rem;line-height:1.5;color:#111;background:#fff;margin:0}\n"
    "main{max-width:46rem;margin:0 auto;padding:1rem}\n"
    "h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}"
    "h2{font-size:1.25rem;margin:2rem 0 .5rem;padding-top:.5rem;border-top:2px solid #1a4f8a}\n"
    ".lead{font-size:1.125rem}\n"
    ".who{background:#eef3f8;border-left:4px solid #1a4f8a;padding:.5rem 1rem;margin:1rem 0}\n"
    ".who h2{border:0;margin:.5rem 0;padding:0;font-size:1.125rem}.who ul{padding-left:1.2rem}\n"
    "fieldset{border:1px solid #767676;border-radius:6px;margin:0 0 1rem;padding:.5rem .75rem "
    ".75rem}\n"
    "legend{font-weight:600;padding:0;float:left;width:100%;margin:.2rem 0 .3rem}\n"
    "fieldset>legend+*{clear:both}\n"
    ".opts{display:flex;flex-wrap:wrap;gap:.4rem;margin-top:.4rem}\n"
    ".opts label{display:flex;align-items:center;gap:.4rem;min-height:2.75rem;"
    "padding:.3rem .7rem;border:1px solid #767676;border-radius:6px;background:#fff;"
    "cursor:pointer}\n"
    ".opts label.unknown{border-style:dashed;color:#333;flex-basis:100%}\n"
    ".opts input{width:1.2rem;height:1.2rem;margin:0;accent-color:#1a4f8a}\n"
    ".opts label:has(input:checked){background:#dfeaf5;border-color:#1a4f8a}\n"
    "label:focus-within,button:focus-visible,textarea:focus-visible{outline:3px solid "
    "#b34700;outline-offset:2px}\n"
    "input:focus-visible{outline:2px solid #b34700;outline-offset:2px}\n"
    ".roles label{display:flex;align-items:flex-start;gap:.5rem;min-height:2.75rem;"
    "padding:.3rem 0}\n"
    ".roles input{width:1.2rem;height:1.2rem;margin:.2rem 0 0;accent-color:#1a4f8a}\n"
    ".open label{display:block;font-weight:600;margin:1rem 0 .3rem}\n"
    "textarea{width:100%;font:inherit;padding:.5rem;border:1px solid #767676;border-radius:6px}"
    "\n"
    ".hint{color:#333;font-size:.95rem;margin:.2rem 0}\n"
    "button{font:inherit;font-weight:600;padding:.7rem 1.2rem;border-radius:6px;"
    "border:2px solid #1a4f8a;background:#1a4f8a;color:#fff;cursor:pointer;min-height:2.75rem}\n"
    "button.second{background:#fff;color:#1a4f8a}\n"
    "#status{margin:1rem 0;padding:.6rem .9rem;border-left:4px solid #1a4f8a;background:#eef3f8}"
    "\n"
    "#status:empty{display:none}#status.error{border-color:#b00020;background:#fdecee}\n"
    "#fallback{margin:1rem 0;padding:.6rem .9rem;border:1px dashed #767676}\n"
    "#fallback textarea{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}\n"
    ".nr{font-variant-numeric:tabular-nums}\n"
    "@media (prefers-color-scheme:dark){body{background:#121212;color:#eee}"
    ".who,#status{background:#1d2a36}.opts label,textarea,button.second{background:#1b1b1b;"
    "color:#eee}.opts label:has(input:checked){background:#23405e}.hint,.opts "
    "label.unknown{color:#ccc}fieldset,.opts label,textarea{border-color:#999}}\n";

/* The script: collects the answers into one "spiegel-feedback/1" object
 * and offers it as a download (Blob + a[download]); shows the text to
 * copy as well, for where downloads are blocked. Nothing leaves the page. */
static const char form_script[] =
    "(function () {\n"
    "'use strict';\n"
    "var data = JSON.parse(document.getElementById('spiegel-formulier').textContent);\n"
    "var form = document.getElementById('formulier');\n"
    "var status = document.getElementById('status');\n"
    "var fallback = document.getElementById('fallback');\n"
    "var out = document.getElementById('antwoordtekst');\n"
    "var response = null;\n"
    "function randomId() {\n"
    "  var a = new Uint8Array(8);\n"
    "  window.crypto.getRandomValues(a);\n"
    "  var s = '';\n"
    "  for (var i = 0; i < a.length; i++) s += (a[i] < 16 ? '0' : '') + a[i].toString(16);\n"
    "  return s;\n"
    "}\n"
    "function checked(name) {\n"
    "  var e = form.querySelector('input[name=\"' + name + '\"]:checked');\n"
    "  return e ? e.value : null;\n"
    "}\n"
    "function say(text, error) {\n"
    "  status.textContent = text;\n"
    "  status.className = error ? 'error' : '';\n"
    "}\n"
    "function bytes(s) { return new TextEncoder().encode(s).length; }\n"
    "function collect() {\n"
    "  var role = checked('rol');\n"
    "  if (!role) return { error: 'Kies eerst je rol (bovenaan het formulier).', focus: "
    "form.querySelector('input[name=\"rol\"]') };\n"
    "  if (!response) response = randomId();\n"
    "  var answers = {}, n = 0;\n"
    "  data.items.forEach(function (it, i) {\n"
    "    var v = checked('v' + i);\n"
    "    if (v === null) return;\n"
    "    answers[it.id] = v === 'weet niet' ? 'weet niet' : Number(v);\n"
    "    n++;\n"
    "  });\n"
    "  var open = {}, any = false;\n"
    "  var keys = ['blijven', 'meer'];\n"
    "  for (var k = 0; k < keys.length; k++) {\n"
    "    var t = document.getElementById('open-' + keys[k]).value.normalize('NFC')\n"
    "      .replace(/\\r\\n?/g, '\\n').replace(/[\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f]/g, "
    "'').trim();\n"
    "    if (bytes(t) > 2000) return { error: 'Je antwoord op een open vraag is te lang; "
    "maak het korter.', focus: document.getElementById('open-' + keys[k]) };\n"
    "    if (t) { open[keys[k]] = t; any = true; }\n"
    "  }\n"
    "  if (n === 0 && !any) return { error: 'Je hebt nog niets ingevuld.', focus: "
    "form.querySelector('input[name=\"v0\"]') };\n"
    "  var obj = { format: 'spiegel-feedback/1', round: data.round, form: data.form, role: "
    "role, response: response, answers: answers };\n"
    "  if (any) obj.open = open;\n"
    "  return { text: JSON.stringify(obj, null, 2) + '\\n', n: n };\n"
    "}\n"
    "document.getElementById('opslaan').addEventListener('click', function () {\n"
    "  var r = collect();\n"
    "  if (r.error) { say(r.error, true); if (r.focus) r.focus.focus(); return; }\n"
    "  var name = 'feedback-' + data.round.slice(0, 6) + '-' + response.slice(0, 6) + "
    "'.json';\n"
    "  out.value = r.text;\n"
    "  fallback.hidden = false;\n"
    "  var offered = false;\n"
    "  try {\n"
    "    var url = URL.createObjectURL(new Blob([r.text], { type: 'application/json' }));\n"
    "    var a = document.createElement('a');\n"
    "    a.href = url; a.download = name; a.style.display = 'none';\n"
    "    document.body.appendChild(a); a.click(); a.remove();\n"
    "    setTimeout(function () { URL.revokeObjectURL(url); }, 60000);\n"
    "    offered = true;\n"
    "  } catch (e) { offered = false; }\n"
    "  var total = data.items.length;\n"
    "  say((offered ? 'Je browser slaat je antwoorden op als het bestand ' + name + ' "
    "(meestal in de map Downloads). ' : 'Je browser kon geen bestand maken. ') + 'Je hebt ' + "
    "r.n + ' van de ' + total + ' vragen beantwoord. Stuur het bestand naar ' + data.to + '. "
    "Pas je daarna nog iets aan, sla dan opnieuw op en stuur alleen het nieuwste bestand.', "
    "!offered);\n"
    "  status.focus();\n"
    "});\n"
    "document.getElementById('kopieer').addEventListener('click', function () {\n"
    "  out.focus(); out.select();\n"
    "  var ok = false;\n"
    "  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }\n"
    "  document.getElementById('kopieerstatus').textContent = ok ? 'Gekopieerd. Plak de tekst "
    "in een e-mail.' : 'Kopiëren lukte niet; de tekst is geselecteerd, kopieer hem zelf "
    "(Ctrl+C of Cmd+C).';\n"
    "});\n"
    "})();\n";

static void data_block(struct strbuf *b, const struct feedback_round *r,
		       const struct questionnaire *q, const char *to)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *items = root ? cJSON_AddArrayToObject(root, "items") : NULL;
	bool ok = items && cJSON_AddStringToObject(root, "format", FEEDBACK_FORM_FORMAT) &&
		  cJSON_AddStringToObject(root, "round", r->id) &&
		  cJSON_AddStringToObject(root, "form", r->form) &&
		  cJSON_AddStringToObject(root, "title", q->title) &&
		  cJSON_AddStringToObject(root, "name", r->name) &&
		  cJSON_AddStringToObject(root, "to", to);
	for (size_t i = 0; ok && i < q->n_items; i++) {
		const struct item *it = &q->items[i];
		if (it->type != ITEM_LIKERT || !it->observer)
			continue;
		cJSON *o = cJSON_CreateObject();
		cJSON *sc = o ? cJSON_AddArrayToObject(o, "scale") : NULL;
		ok = sc && cJSON_AddStringToObject(o, "id", it->id) &&
		     cJSON_AddStringToObject(o, "text", it->observer);
		for (size_t k = 0; ok && k < CONTENT_SCALE_POINTS; k++) {
			cJSON *l = cJSON_CreateString(it->scale[k]);
			ok = l && cJSON_AddItemToArray(sc, l);
		}
		if (o && !cJSON_AddItemToArray(items, o)) {
			cJSON_Delete(o);
			ok = false;
		}
	}
	char *json = ok ? cJSON_Print(root) : NULL;
	cJSON_Delete(root);
	if (!json) {
		b->failed = true;
		return;
	}
	strbuf_puts(b, "<script type=\"application/json\" id=\"spiegel-formulier\">");
	feedback_json_for_html(b, json);
	strbuf_puts(b, "</script>\n");
	free(json);
}

char *feedback_privacy_point(int k, const char *to, const char *leader)
{
	struct strbuf b;
	strbuf_init(&b);
	switch (k) {
	case 0:
		strbuf_puts(&b,
			    "Je naam wordt niet gevraagd. In het bestand dat je opslaat staan "
			    "alleen je rol, je antwoorden en een willekeurige code, geen naam en "
			    "geen tijd.");
		break;
	case 1:
		strbuf_printf(&b,
			      "Je stuurt dat bestand zelf naar %s. Wie het bestand ontvangt, kan "
			      "het openen en je antwoorden lezen. Stuur het dus alleen naar wie de "
			      "feedback verzamelt.",
			      to);
		break;
	case 2:
		strbuf_printf(&b,
			      "%s ziet in het rapport van spiegel alleen gemiddelden over minstens "
			      "%d mensen. Een rol waarin minder dan %d mensen antwoorden, valt "
			      "samen onder \"anderen\". Komen er minder dan %d antwoorden binnen, "
			      "dan toont spiegel niets van wat anderen invulden.",
			      leader, FEEDBACK_MIN_OBSERVERS, FEEDBACK_MIN_OBSERVERS,
			      FEEDBACK_MIN_OBSERVERS);
		break;
	case 3:
		strbuf_puts(&b, "Je antwoorden op de twee open vragen komen letterlijk in het "
				"rapport, zonder je rol en in willekeurige volgorde. Schrijf niets "
				"wat je niet wilt laten lezen.");
		break;
	default:
		strbuf_finish(&b);
		return NULL;
	}
	return strbuf_steal(&b, NULL);
}

static void who_sees_what(struct strbuf *b, const char *to, const char *leader)
{
	strbuf_puts(b, "<section class=\"who\" aria-labelledby=\"wie\">\n"
		       "<h2 id=\"wie\">Wie ziet wat?</h2>\n<ul>\n");
	for (int k = 0; k < FEEDBACK_PRIVACY_POINTS; k++) {
		char *t = feedback_privacy_point(k, to, leader);
		strbuf_puts(b, "<li>");
		feedback_html_escape(b, t ? t : "");
		strbuf_puts(b, "</li>\n");
		free(t);
	}
	strbuf_puts(b, "<li>Dit formulier stuurt niets over het internet en bewaart niets in je "
		       "browser. Sluit je het zonder op te slaan, dan is wat je invulde weg.</li>\n"
		       "</ul>\n</section>\n");
}

static void role_question(struct strbuf *b, const char *leader)
{
	strbuf_puts(b, "<fieldset class=\"roles\">\n<legend>Wat is je rol ten opzichte van ");
	feedback_html_escape(b, leader);
	strbuf_puts(b, "?</legend>\n");
	for (int r = 0; r < N_ROLES; r++) {
		strbuf_printf(b, "<label><input type=\"radio\" name=\"rol\" value=\"%s\" /><span>",
			      feedback_role_id(r));
		feedback_html_escape(b, feedback_role_label(r));
		strbuf_puts(b, "</span></label>\n");
	}
	strbuf_puts(b, "</fieldset>\n");
}

static void item_question(struct strbuf *b, const struct item *it, size_t k)
{
	strbuf_printf(b, "<fieldset class=\"q\">\n<legend><span class=\"nr\">%zu.</span> ", k + 1);
	feedback_html_escape(b, it->observer);
	strbuf_puts(b, "</legend>\n<div class=\"opts\">\n");
	for (int v = 1; v <= CONTENT_SCALE_POINTS; v++) {
		strbuf_printf(b, "<label><input type=\"radio\" name=\"v%zu\" value=\"%d\" /><span>",
			      k, v);
		feedback_html_escape(b, it->scale[v - 1]);
		strbuf_puts(b, "</span></label>\n");
	}
	strbuf_printf(b,
		      "<label class=\"unknown\"><input type=\"radio\" name=\"v%zu\" value=\"weet "
		      "niet\" /><span>" FEEDBACK_UNKNOWN_LABEL " (telt niet mee)</span></label>\n"
		      "</div>\n</fieldset>\n",
		      k);
}

/* The opening paragraph: who asks, how many questions, and, with a name,
 * that the questions call that person "de schoolleider". */
static void lead(struct strbuf *b, const struct feedback_round *r, const struct questionnaire *q,
		 size_t n_items)
{
	strbuf_puts(b, "<p class=\"lead\">");
	feedback_html_escape(b, feedback_leader(r->name, true));
	strbuf_printf(b,
		      " vraagt je om feedback: hoe vaak zie je bepaald gedrag in het werk? Het "
		      "gaat om %zu korte vragen uit de vragenlijst \"",
		      n_items);
	feedback_html_escape(b, q->title);
	strbuf_puts(b,
		    "\" van spiegel, een hulpmiddel voor schoolleiders om op hun eigen "
		    "leiderschap te reflecteren. Het invullen duurt ongeveer tien minuten. Er zijn "
		    "geen goede of foute antwoorden: het gaat om wat jij ziet.");
	char *note = feedback_naming_note(r->name);
	if (note) {
		strbuf_puts(b, " ");
		feedback_html_escape(b, note);
		free(note);
	}
	strbuf_puts(b, "</p>\n");
}

char *feedback_form_html(const struct feedback_round *r, const struct questionnaire *q, size_t *len)
{
	struct strbuf b;
	strbuf_init(&b);
	const char *leader = feedback_leader(r->name, false);
	const char *Leader = feedback_leader(r->name, true);
	const char *to = leader;
	size_t n_items = 0;
	for (size_t i = 0; i < q->n_items; i++)
		n_items += q->items[i].type == ITEM_LIKERT && q->items[i].observer;
	/* the comment names the format early, so that no output of spiegel
	 * ever replaces a form (store_write_output) */
	strbuf_puts(&b, "<!DOCTYPE html>\n<!-- \"format\": \"" FEEDBACK_FORM_FORMAT
			"\" (een feedbackformulier van spiegel) -->\n");
	strbuf_puts(&b,
		    "<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />\n"
		    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
		    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
		    "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; "
		    "form-action 'none'; base-uri 'none'\" />\n"
		    "<meta name=\"referrer\" content=\"no-referrer\" />\n<title>Feedback voor ");
	feedback_html_escape(&b, leader);
	strbuf_puts(&b, " – ");
	feedback_html_escape(&b, q->title);
	strbuf_printf(&b,
		      "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n<h1>Hoe zie jij ",
		      form_style);
	feedback_html_escape(&b, leader);
	strbuf_puts(&b, "?</h1>\n");
	lead(&b, r, q, n_items);
	strbuf_puts(&b, "<noscript><p id=\"status\" class=\"error\">Dit formulier heeft "
			"JavaScript nodig om je antwoorden op te slaan. Open het bestand in een "
			"browser zoals Firefox, Chrome, Edge of Safari.</p></noscript>\n");
	who_sees_what(&b, to, Leader);
	strbuf_puts(&b, "<form id=\"formulier\" action=\"#\" novalidate>\n");
	role_question(&b, leader);
	strbuf_puts(&b, "<p class=\"hint\">Kies bij elke vraag hoe vaak je dit ziet, of hoe "
			"goed de uitspraak klopt. ");
	feedback_html_escape(&b, FEEDBACK_UNKNOWN_HINT);
	strbuf_puts(&b, " Een vraag overslaan mag ook.</p>\n");
	size_t k = 0;
	for (size_t s = 0; s < q->n_sections; s++) {
		const struct section *sec = &q->sections[s];
		bool any = false;
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++)
			any |= q->items[i].type == ITEM_LIKERT && q->items[i].observer;
		if (!any)
			continue;
		strbuf_puts(&b, "<h2>");
		feedback_html_escape(&b, sec->title);
		strbuf_puts(&b, "</h2>\n");
		for (size_t i = sec->first_item; i < sec->first_item + sec->n_items; i++)
			if (q->items[i].type == ITEM_LIKERT && q->items[i].observer)
				item_question(&b, &q->items[i], k++);
	}
	strbuf_puts(&b, "<h2>Tot slot</h2>\n<div class=\"open\">\n");
	for (int o = 0; o < N_OPEN; o++) {
		strbuf_printf(&b, "<label for=\"open-%s\">", feedback_open_id(o));
		feedback_html_escape(&b, feedback_open_question(o));
		strbuf_printf(&b,
			      " <span class=\"hint\">(mag leeg blijven)</span></label>\n"
			      "<textarea id=\"open-%s\" rows=\"4\" maxlength=\"600\" "
			      "aria-describedby=\"open-hint\"></textarea>\n",
			      feedback_open_id(o));
	}
	strbuf_puts(&b, "<p class=\"hint\" id=\"open-hint\">Wat je hier schrijft, komt letterlijk "
			"in het rapport. Noem geen namen van anderen.</p>\n</div>\n");
	strbuf_puts(
	    &b, "<p><button type=\"button\" id=\"opslaan\">Antwoorden opslaan</button></p>\n"
		"<div id=\"status\" role=\"status\" aria-live=\"polite\" tabindex=\"-1\"></div>\n"
		"<section id=\"fallback\" hidden aria-labelledby=\"fallback-kop\">\n"
		"<h2 id=\"fallback-kop\">Geen bestand gezien?</h2>\n"
		"<p>Sommige programma's (zoals een voorbeeldweergave in je mail) laten geen "
		"bestanden opslaan. Kopieer dan de tekst hieronder en stuur die in een e-mail "
		"naar ");
	feedback_html_escape(&b, to);
	strbuf_puts(&b, ". Het is dezelfde tekst als in het bestand.</p>\n"
			"<label for=\"antwoordtekst\">Je antwoorden als tekst</label>\n"
			"<textarea id=\"antwoordtekst\" rows=\"8\" readonly></textarea>\n"
			"<p><button type=\"button\" class=\"second\" id=\"kopieer\">Kopieer de "
			"tekst</button> <span id=\"kopieerstatus\" role=\"status\"></span></p>\n"
			"</section>\n</form>\n</main>\n");
	data_block(&b, r, q, to);
	strbuf_printf(&b, "<script>\n%s</script>\n</body>\n</html>\n", form_script);
	return strbuf_steal(&b, len);
}

/* ---- reading a form back (spiegel observe) ---- */

void feedback_form_destroy(struct feedback_form *f)
{
	if (!f)
		return;
	for (size_t i = 0; i < f->n_items; i++) {
		free(f->items[i].id);
		free(f->items[i].text);
		for (size_t k = 0; k < CONTENT_SCALE_POINTS; k++)
			free(f->items[i].scale[k]);
	}
	free(f->items);
	free(f->title);
	free(f->name);
	free(f);
}

static char *dup_text(struct jctx *c, const cJSON *o, const char *key, const char *where,
		      size_t max)
{
	const char *s = jget_string(c, o, key, true, where);
	if (!s)
		return NULL;
	if (strlen(s) > max || text_has_control(s)) {
		jerror(c, where, "\"%s\" is te lang of bevat een stuurteken", key);
		return NULL;
	}
	char *d = strdup(s);
	if (!d)
		jerror(c, where, "onvoldoende geheugen");
	return d;
}

static void parse_items(struct jctx *c, const cJSON *items, struct feedback_form *f)
{
	size_t n = (size_t)cJSON_GetArraySize(items);
	if (n == 0 || n > SESSION_MAX_ANSWERS) {
		jerror(c, "items", "een formulier heeft 1 tot %d vragen", SESSION_MAX_ANSWERS);
		return;
	}
	if (!jcheck_objects(c, items, "vraag"))
		return;
	f->items = calloc(n, sizeof(*f->items));
	if (!f->items) {
		jerror(c, "items", "onvoldoende geheugen");
		return;
	}
	const cJSON *e;
	cJSON_ArrayForEach(e, items)
	{
		char w[32];
		snprintf(w, sizeof(w), "vraag %zu", f->n_items + 1);
		static const char *const keys[] = {"id", "text", "scale", NULL};
		jcheck_keys(c, e, keys, w);
		struct feedback_form_item *it = &f->items[f->n_items++];
		it->id = dup_text(c, e, "id", w, 40);
		it->text = dup_text(c, e, "text", w, 2000);
		if (STR_AMONG(f->items, f->n_items - 1, id, it->id))
			jerror(c, w, "vraag-id \"%s\" komt twee keer voor", it->id);
		const cJSON *sc = jget_container(c, e, "scale", cJSON_Array, true, w);
		if (sc && cJSON_GetArraySize(sc) != CONTENT_SCALE_POINTS) {
			jerror(c, w, "\"scale\" heeft precies vijf labels");
			continue;
		}
		size_t k = 0;
		const cJSON *l;
		cJSON_ArrayForEach(l, sc)
		{
			if (!cJSON_IsString(l) || strlen(l->valuestring) > 200 ||
			    text_has_control(l->valuestring)) {
				jerror(c, w, "\"scale\": label %zu is geen korte tekst", k + 1);
				break;
			}
			if (!(it->scale[k++] = strdup(l->valuestring)))
				jerror(c, w, "onvoldoende geheugen");
		}
	}
}

/* The text between <script type="application/json" id="spiegel-formulier">
 * and the next </script>. */
static const char *find_block(const char *html, size_t len, size_t *n)
{
	static const char open[] = "<script type=\"application/json\" id=\"spiegel-formulier\">";
	const char *s = memmem(html, len, open, sizeof(open) - 1);
	if (!s)
		return NULL;
	s += sizeof(open) - 1;
	const char *e = memmem(s, len - (size_t)(s - html), "</script>", 9);
	if (!e)
		return NULL;
	*n = (size_t)(e - s);
	return s;
}

struct feedback_form *feedback_form_parse(const char *name, const char *html, size_t len,
					  struct diag *d)
{
	size_t n;
	const char *block = find_block(html, len, &n);
	if (!block) {
		diag_add(d, "%s: geen feedbackformulier van spiegel (het gegevensblok ontbreekt)",
			 name);
		return NULL;
	}
	/* the block where it stands in the file, everything before it blank
	 * (newlines kept): every line:col the reader reports is the file's */
	size_t off = (size_t)(block - html);
	char *text = malloc(off + n + 1);
	if (!text) {
		diag_add(d, "%s: onvoldoende geheugen", name);
		return NULL;
	}
	for (size_t i = 0; i < off; i++)
		text[i] = html[i] == '\n' ? '\n' : ' ';
	memcpy(text + off, block, n);
	text[off + n] = '\0';
	cJSON *root = jsonio_parse(name, text, off + n, d);
	free(text);
	if (!root)
		return NULL;
	struct jctx c = {.file = name, .d = d, .ok = true};
	struct feedback_form *f = calloc(1, sizeof(*f));
	if (!f) {
		cJSON_Delete(root);
		diag_add(d, "%s: onvoldoende geheugen", name);
		return NULL;
	}
	if (!cJSON_IsObject(root)) {
		jerror(&c, "", "het gegevensblok moet een JSON-object zijn");
		goto done;
	}
	const char *fmt = jget_string(&c, root, "format", true, "");
	if (fmt && strcmp(fmt, FEEDBACK_FORM_FORMAT) != 0) {
		jerror(&c, "", "formulierformaat \"%s\" is nieuwer of onbekend; werk spiegel bij",
		       fmt);
		goto done;
	}
	static const char *const keys[] = {"format", "round", "form",  "title",
					   "name",   "to",    "items", NULL};
	jcheck_keys(&c, root, keys, "");
	feedback_get_id(&c, root, "round", "ongeldige ronde-id", f->round);
	feedback_get_form(&c, root, f->form, sizeof(f->form));
	f->title = dup_text(&c, root, "title", "", 400);
	/* the leader's name may be empty (the form then says "de
	 * schoolleider") */
	const cJSON *nm = cJSON_GetObjectItemCaseSensitive(root, "name");
	if (!cJSON_IsString(nm) || !session_name_ok(nm->valuestring))
		jerror(&c, "", "\"name\" moet een korte tekst zonder stuurtekens zijn");
	else if (!(f->name = strdup(nm->valuestring)))
		jerror(&c, "", "onvoldoende geheugen");
	if (!cJSON_IsString(cJSON_GetObjectItemCaseSensitive(root, "to")))
		jerror(&c, "", "\"to\" moet een tekst zijn");
	const cJSON *items = jget_container(&c, root, "items", cJSON_Array, true, "");
	if (items)
		parse_items(&c, items, f);
done:
	cJSON_Delete(root);
	if (!c.ok || !f->title || !f->name || !f->round[0] || !f->form[0] || !f->n_items) {
		if (c.ok)
			diag_add(d, "%s: onvolledig feedbackformulier", name);
		feedback_form_destroy(f);
		return NULL;
	}
	return f;
}

JSONFILE_DEFINE_LOAD(struct feedback_form, feedback_form_load, feedback_form_parse,
		     FEEDBACK_MAX_FORM_FILE)
