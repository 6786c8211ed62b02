/* rcc-ctgov-import.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "rcc-ctgov-import.h"
#include "rcc-file-read.h"
#include "rcc-safe-xml.h"

/* Importing trials from ClinicalTrials.gov records: API v2 study JSON
 * (one study, or {"studies": [...]}) and the retired <clinical_study>
 * XML.  The field paths and the pitfalls are in the samples' FORMATS.md.
 *
 * Both formats are read into one neutral Study (every figure still the
 * record's string), then one builder turns a Study into an RccTrial:
 *
 *  - the design: NCT id, acronym, title, phases, enrolment, conditions,
 *    arms with their interventions.  Imported arms name no treatment of
 *    ours and the trial has no PDQ evidence level: nobody reviewed them;
 *  - outcomes recognised from their titles as PFS, OS, DFS or TTP: their
 *    medians (paramType MEDIAN, unit days, weeks or months, kept as
 *    reported), landmark rates (a percentage at a stated time) and every
 *    hazard-ratio analysis, each labelled with its outcome and analysis
 *    text so that subgroups and updated analyses stay apart;
 *  - numbers are strings, parsed whole with g_ascii_strtod; "NA" is not
 *    estimable (a median not reached), never 0;
 *  - result groups (OG000, O1) are tied to arms by title; a match that is
 *    only partial is made and reported, one that is missing or ambiguous
 *    drops the figure and is reported;
 *  - a hazard ratio's direction comes only from the record's words
 *    ("HR = Nivolumab over Docetaxel"); without them the HR keeps the
 *    record's group order, says "direction not stated" and is reported.
 *
 * Every such doubt becomes a warning on the result, so nothing is
 * guessed silently.  A record that is not a study, or is malformed or
 * truncated, yields no result at all: the error says what is wrong.
 *
 * Headline ("primary") figures, which summaries show, are chosen by one
 * rule: per endpoint, the medians of the first whole-population MEDIAN
 * outcome (primary outcomes before secondary, then other), and the HR of
 * the first outcome with exactly one hazard ratio whose direction the
 * record states.  Subgroup figures and HRs of unstated direction are
 * never headlines. */

#define MAX_JSON_DEPTH 64

/* ---------------------------------------------------------------------
 * The neutral study
 */

typedef enum
{
  OUTCOME_PRIMARY,
  OUTCOME_SECONDARY,
  OUTCOME_OTHER_PRE_SPECIFIED,
  OUTCOME_POST_HOC,
  OUTCOME_UNKNOWN,
} OutcomeType;

typedef struct
{
  char      *label;
  char      *type;              /* EXPERIMENTAL, ACTIVE_COMPARATOR, ... */
  char      *description;
  GPtrArray *interventions;     /* "Drug: Sorafenib" */
  GPtrArray *intervention_names;/* "Sorafenib", for matching */
} StudyArm;

typedef struct
{
  char *id;
  char *title;
} Group;

typedef struct
{
  char *group_id;
  char *value;
  char *lower;
  char *upper;
  char *comment;
} Measurement;

typedef struct
{
  char      *class_title;
  char      *category_title;
  GPtrArray *measurements;
} Row;

typedef struct
{
  GPtrArray *group_ids;
  char      *group_description;
  char      *param_type;
  char      *param_value;
  char      *ci_percent;
  char      *ci_sides;
  char      *ci_lower;
  char      *ci_upper;
  char      *ci_lower_comment;
  char      *ci_upper_comment;
  char      *p_value;
  char      *p_value_comment;
  char      *method;
  char      *method_comment;
  char      *estimate_comment;
} Analysis;

typedef struct
{
  OutcomeType  type;
  char        *title;
  char        *population;
  char        *time_frame;
  char        *param_type;      /* MEDIAN, NUMBER, ... */
  char        *dispersion;
  char        *unit;
  gboolean     not_posted;
  GPtrArray   *groups;
  GPtrArray   *rows;
  GPtrArray   *analyses;
} Outcome;

typedef struct
{
  char      *nct_id;
  char      *acronym;
  char      *brief_title;
  char      *phase;
  guint      enrollment;
  char      *enrollment_type;
  char      *start_date;
  char      *first_posted;
  char      *last_update;
  char      *design;
  char      *conditions;
  char      *primary_outcomes;
  GPtrArray *arms;
  gboolean   has_results;
  gboolean   says_has_results;
  GPtrArray *outcomes;
  GBytes    *record;
} Study;

static void
study_arm_free (StudyArm *arm)
{
  g_free (arm->label);
  g_free (arm->type);
  g_free (arm->description);
  g_ptr_array_unref (arm->interventions);
  g_ptr_array_unref (arm->intervention_names);
  g_free (arm);
}

static StudyArm *
study_arm_new (void)
{
  StudyArm *arm = g_new0 (StudyArm, 1);

  arm->interventions = g_ptr_array_new_with_free_func (g_free);
  arm->intervention_names = g_ptr_array_new_with_free_func (g_free);
  return arm;
}

static void
group_free (Group *group)
{
  g_free (group->id);
  g_free (group->title);
  g_free (group);
}

static void
measurement_free (Measurement *m)
{
  g_free (m->group_id);
  g_free (m->value);
  g_free (m->lower);
  g_free (m->upper);
  g_free (m->comment);
  g_free (m);
}

static void
row_free (Row *row)
{
  g_free (row->class_title);
  g_free (row->category_title);
  g_ptr_array_unref (row->measurements);
  g_free (row);
}

static Row *
row_new (void)
{
  Row *row = g_new0 (Row, 1);

  row->measurements = g_ptr_array_new_with_free_func ((GDestroyNotify)measurement_free);
  return row;
}

static void
analysis_free (Analysis *a)
{
  g_ptr_array_unref (a->group_ids);
  g_free (a->group_description);
  g_free (a->param_type);
  g_free (a->param_value);
  g_free (a->ci_percent);
  g_free (a->ci_sides);
  g_free (a->ci_lower);
  g_free (a->ci_upper);
  g_free (a->ci_lower_comment);
  g_free (a->ci_upper_comment);
  g_free (a->p_value);
  g_free (a->p_value_comment);
  g_free (a->method);
  g_free (a->method_comment);
  g_free (a->estimate_comment);
  g_free (a);
}

static Analysis *
analysis_new (void)
{
  Analysis *a = g_new0 (Analysis, 1);

  a->group_ids = g_ptr_array_new_with_free_func (g_free);
  return a;
}

static void
outcome_free (Outcome *o)
{
  g_free (o->title);
  g_free (o->population);
  g_free (o->time_frame);
  g_free (o->param_type);
  g_free (o->dispersion);
  g_free (o->unit);
  g_ptr_array_unref (o->groups);
  g_ptr_array_unref (o->rows);
  g_ptr_array_unref (o->analyses);
  g_free (o);
}

static Outcome *
outcome_new (void)
{
  Outcome *o = g_new0 (Outcome, 1);

  o->type = OUTCOME_UNKNOWN;
  o->groups = g_ptr_array_new_with_free_func ((GDestroyNotify)group_free);
  o->rows = g_ptr_array_new_with_free_func ((GDestroyNotify)row_free);
  o->analyses = g_ptr_array_new_with_free_func ((GDestroyNotify)analysis_free);
  return o;
}

static void
study_free (Study *s)
{
  g_free (s->nct_id);
  g_free (s->acronym);
  g_free (s->brief_title);
  g_free (s->phase);
  g_free (s->enrollment_type);
  g_free (s->start_date);
  g_free (s->first_posted);
  g_free (s->last_update);
  g_free (s->design);
  g_free (s->conditions);
  g_free (s->primary_outcomes);
  g_ptr_array_unref (s->arms);
  g_ptr_array_unref (s->outcomes);
  g_clear_pointer (&s->record, g_bytes_unref);
  g_free (s);
}

static Study *
study_new (void)
{
  Study *s = g_new0 (Study, 1);

  s->arms = g_ptr_array_new_with_free_func ((GDestroyNotify)study_arm_free);
  s->outcomes = g_ptr_array_new_with_free_func ((GDestroyNotify)outcome_free);
  return s;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Study, study_free)

/* ---------------------------------------------------------------------
 * Text helpers
 */

/* Runs of white space folded to one space, ends trimmed; NULL if empty. */
static char *
fold_space (const char *text)
{
  g_autoptr(GString) str = NULL;
  gboolean space = FALSE;

  if (text == NULL)
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = str->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (str, ' ');
      space = FALSE;
      g_string_append_c (str, *p);
    }

  if (str->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* API v2 returns markup fields as Markdown: "\<=50" means "<=50". */
static char *
unescape_markdown (const char *text)
{
  GString *str;

  if (text == NULL)
    return NULL;

  str = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '\\' && p[1] != '\0' && g_ascii_ispunct (p[1]))
        p++;
      g_string_append_c (str, *p);
    }

  return g_string_free (str, FALSE);
}

/* For matching: casefolded, every run of non-alphanumerics one space. */
static char *
normalize (const char *text)
{
  g_autofree char *folded = NULL;
  GString *str;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (text, -1);
  str = g_string_new (NULL);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isalnum (c))
        {
          space = str->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (str, ' ');
      space = FALSE;
      g_string_append_unichar (str, c);
    }

  return g_string_free (str, FALSE);
}

/* Whether @needle's words appear, whole and in order, in @hay (both
 * normalized). */
static gssize
find_words (const char *hay,
            const char *needle)
{
  g_autofree char *padded_hay = NULL;
  g_autofree char *padded_needle = NULL;
  const char *at;

  if (needle == NULL || *needle == '\0' || hay == NULL)
    return -1;

  padded_hay = g_strdup_printf (" %s ", hay);
  padded_needle = g_strdup_printf (" %s ", needle);
  at = strstr (padded_hay, padded_needle);

  return at != NULL ? at - padded_hay : -1;
}

static gboolean
has_words (const char *hay,
           const char *needle)
{
  return find_words (hay, needle) >= 0;
}

/* "Active Comparator" and "ACTIVE_COMPARATOR" alike: ACTIVE_COMPARATOR. */
static char *
enum_key (const char *text)
{
  GString *str;
  gboolean sep = FALSE;

  if (text == NULL)
    return NULL;

  str = g_string_new (NULL);
  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        {
          sep = str->len > 0;
          continue;
        }
      if (sep)
        g_string_append_c (str, '_');
      sep = FALSE;
      g_string_append_c (str, g_ascii_toupper (*p));
    }

  return g_string_free (str, FALSE);
}

static OutcomeType
outcome_type_from_text (const char *text)
{
  g_autofree char *key = enum_key (text);

  if (g_strcmp0 (key, "PRIMARY") == 0)
    return OUTCOME_PRIMARY;
  if (g_strcmp0 (key, "SECONDARY") == 0)
    return OUTCOME_SECONDARY;
  if (g_strcmp0 (key, "OTHER_PRE_SPECIFIED") == 0)
    return OUTCOME_OTHER_PRE_SPECIFIED;
  if (g_strcmp0 (key, "POST_HOC") == 0)
    return OUTCOME_POST_HOC;
  return OUTCOME_UNKNOWN;
}

static const char *
outcome_type_label (OutcomeType type)
{
  switch (type)
    {
    case OUTCOME_PRIMARY:
      return _("Primary outcome");
    case OUTCOME_SECONDARY:
      return _("Secondary outcome");
    case OUTCOME_OTHER_PRE_SPECIFIED:
      return _("Other pre-specified outcome");
    case OUTCOME_POST_HOC:
      return _("Post-hoc outcome");
    case OUTCOME_UNKNOWN:
    default:
      return _("Outcome");
    }
}

/* A number as the registry writes it: the whole string, nothing else
 * ("386", "0.72", "96.85").  "NA", "<0.0001" or "12,5" are not. */
static gboolean
parse_number (const char *text,
              double     *out,
              guint      *decimals)
{
  g_autofree char *copy = NULL;
  const char *dot;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    return FALSE;

  /* No hex, no "inf", no "nan": digits, sign, point and exponent only. */
  for (const char *p = copy; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && strchr ("+-.eE", *p) == NULL)
      return FALSE;

  errno = 0;
  value = g_ascii_strtod (copy, &end);
  if (errno != 0 || end == copy || *end != '\0' || !isfinite (value))
    return FALSE;

  if (decimals != NULL)
    {
      guint n = 0;

      dot = strchr (copy, '.');
      for (const char *c = dot != NULL ? dot + 1 : ""; g_ascii_isdigit (*c); c++)
        n++;
      *decimals = MAX (*decimals, MIN (n, 12));
    }

  *out = value;
  return TRUE;
}

/* "NA", "NR", "NE": the registry's words for not estimable. */
static gboolean
is_not_available (const char *text)
{
  g_autofree char *key = enum_key (text);

  return key != NULL &&
         (g_str_equal (key, "NA") || g_str_equal (key, "N_A") ||
          g_str_equal (key, "NR") || g_str_equal (key, "NE") ||
          g_str_equal (key, "NOT_REACHED") || g_str_equal (key, "NOT_ESTIMABLE"));
}

/* Legacy dates ("April 10, 2018", "August 2015") as ISO 8601, as
 * precise as given; anything else is kept as written. */
static char *
legacy_date_to_iso (const char *text)
{
  static const char *months[] = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december",
  };
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  guint month = 0;
  guint64 day = 0, year = 0;

  if (text == NULL)
    return NULL;

  words = g_strsplit_set (text, " ,", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (parts, words[i]);

  if (parts->len < 2 || parts->len > 3)
    return g_strdup (text);

  for (guint i = 0; i < G_N_ELEMENTS (months); i++)
    {
      const char *word = g_ptr_array_index (parts, 0);

      if (g_ascii_strcasecmp (word, months[i]) == 0 ||
          (strlen (word) == 3 && g_ascii_strncasecmp (word, months[i], 3) == 0))
        month = i + 1;
    }

  if (month == 0 ||
      !g_ascii_string_to_unsigned (g_ptr_array_index (parts, parts->len - 1), 10, 1000, 9999, &year, NULL) ||
      (parts->len == 3 &&
       !g_ascii_string_to_unsigned (g_ptr_array_index (parts, 1), 10, 1, 31, &day, NULL)))
    return g_strdup (text);

  if (parts->len == 3)
    return g_strdup_printf ("%04u-%02u-%02u", (guint)year, month, (guint)day);
  return g_strdup_printf ("%04u-%02u", (guint)year, month);
}

static guint
year_of (const char *iso_date)
{
  guint64 year = 0;
  g_autofree char *prefix = NULL;

  if (iso_date == NULL || strlen (iso_date) < 4)
    return 0;

  prefix = g_strndup (iso_date, 4);
  if (!g_ascii_string_to_unsigned (prefix, 10, 1900, 2100, &year, NULL))
    return 0;

  return (guint)year;
}

/* "PHASE2" or "Phase 2" -> "2"; "EARLY_PHASE1" -> "early 1"; "NA" -> NULL */
static char *
phase_name (const char *text)
{
  g_autofree char *key = enum_key (text);

  if (key == NULL || g_str_equal (key, "NA") || g_str_equal (key, "N_A"))
    return NULL;
  if (g_str_has_prefix (key, "EARLY_PHASE"))
    return g_strdup_printf ("early %s", key + strlen ("EARLY_PHASE") + (key[11] == '_'));
  if (g_str_has_prefix (key, "PHASE_"))
    return g_strdup (key + strlen ("PHASE_"));
  if (g_str_has_prefix (key, "PHASE"))
    return g_strdup (key + strlen ("PHASE"));
  return g_strdup (text);
}

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static char *
join_nonempty (const char *separator,
               GPtrArray  *parts)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = g_ptr_array_index (parts, i);

      if (part == NULL || *part == '\0')
        continue;
      if (str->len > 0)
        g_string_append (str, separator);
      g_string_append (str, part);
    }

  if (str->len == 0)
    return NULL;

  return g_string_free (g_steal_pointer (&str), FALSE);
}

/* "RANDOMIZED" -> "randomized"; "Parallel Assignment" -> "parallel assignment" */
static char *
design_word (const char *text)
{
  g_autofree char *lower = NULL;

  if (text == NULL || *text == '\0')
    return NULL;

  lower = g_utf8_strdown (text, -1);
  g_strdelimit (lower, "_", ' ');
  return g_steal_pointer (&lower);
}

static char *
build_design (const char *allocation,
              const char *model,
              const char *masking,
              const char *purpose)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *masking_word = design_word (masking);
  g_autofree char *purpose_word = design_word (purpose);
  g_autofree char *allocation_word = design_word (allocation);

  if (allocation_word != NULL && !g_str_equal (allocation_word, "na"))
    g_ptr_array_add (parts, g_steal_pointer (&allocation_word));
  g_ptr_array_add (parts, design_word (model));
  if (masking_word != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("masking: %s"), masking_word));
  if (purpose_word != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("purpose: %s"), purpose_word));

  return join_nonempty ("; ", parts);
}

/* "Drug" + "Sorafenib" -> "Drug: Sorafenib"; v2's "DRUG" reads "Drug". */
static char *
intervention_label (const char *type,
                    const char *name)
{
  g_autofree char *word = design_word (type);

  if (word == NULL)
    return g_strdup (name);

  word[0] = g_ascii_toupper (word[0]);
  return g_strdup_printf ("%s: %s", word, name);
}

/* ---------------------------------------------------------------------
 * API v2 JSON
 */

static JsonObject *
object_member (JsonObject *object,
               const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static JsonArray *
array_member (JsonObject *object,
              const char *name)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  node = json_object_get_member (object, name);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static char *
node_to_string (JsonNode *node)
{
  GType type;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return NULL;

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));
  if (type == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (type == G_TYPE_DOUBLE)
    {
      char buf[G_ASCII_DTOSTR_BUF_SIZE];
      return g_strdup (g_ascii_dtostr (buf, sizeof buf, json_node_get_double (node)));
    }

  return NULL;
}

/* A figure: the string as given, trimmed. */
static char *
raw_member (JsonObject *object,
            const char *name)
{
  g_autofree char *text = NULL;

  if (object == NULL || !json_object_has_member (object, name))
    return NULL;

  text = node_to_string (json_object_get_member (object, name));
  if (text == NULL)
    return NULL;

  return g_strdup (g_strstrip (text));
}

/* Text: Markdown escapes dropped, white space folded. */
static char *
text_member (JsonObject *object,
             const char *name)
{
  g_autofree char *raw = raw_member (object, name);
  g_autofree char *plain = unescape_markdown (raw);

  return fold_space (plain);
}

static char *
text_element (JsonArray *array,
              guint      i)
{
  g_autofree char *raw = node_to_string (json_array_get_element (array, i));
  g_autofree char *plain = unescape_markdown (raw);

  return fold_space (plain);
}

static char *
join_text_members (JsonArray  *array,
                   const char *member,
                   const char *separator)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (member == NULL)
        g_ptr_array_add (parts, text_element (array, i));
      else if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (parts, text_member (json_node_get_object (node), member));
    }

  return join_nonempty (separator, parts);
}

/* Whether armGroups[].interventionNames ("Drug: X") has @name already. */
static gboolean
lists_intervention (StudyArm   *arm,
                    const char *name)
{
  for (guint i = 0; i < arm->interventions->len; i++)
    {
      const char *listed = g_ptr_array_index (arm->interventions, i);
      const char *colon = strstr (listed, ": ");

      if (g_strcmp0 (listed, name) == 0 ||
          (colon != NULL && g_strcmp0 (colon + 2, name) == 0))
        return TRUE;
    }

  return FALSE;
}

static void
read_v2_arms (Study      *study,
              JsonObject *module)
{
  JsonArray *groups = array_member (module, "armGroups");
  JsonArray *interventions = array_member (module, "interventions");

  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);
      JsonObject *group;
      JsonArray *names;
      StudyArm *arm;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      group = json_node_get_object (node);
      arm = study_arm_new ();
      arm->label = text_member (group, "label");
      {
        g_autofree char *type = raw_member (group, "type");
        arm->type = enum_key (type);
      }
      arm->description = text_member (group, "description");

      names = array_member (group, "interventionNames");
      for (guint j = 0; names != NULL && j < json_array_get_length (names); j++)
        {
          char *name = text_element (names, j);

          if (name != NULL)
            g_ptr_array_add (arm->interventions, name);
        }

      g_ptr_array_add (study->arms, arm);
    }

  /* interventions[] tie names to arm labels: the names for matching, and
   * the labels where armGroups[] did not list them. */
  for (guint i = 0; interventions != NULL && i < json_array_get_length (interventions); i++)
    {
      JsonNode *node = json_array_get_element (interventions, i);
      JsonObject *intervention;
      JsonArray *labels;
      g_autofree char *type = NULL;
      g_autofree char *name = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      intervention = json_node_get_object (node);
      type = text_member (intervention, "type");
      name = text_member (intervention, "name");
      labels = array_member (intervention, "armGroupLabels");
      if (name == NULL)
        continue;

      for (guint j = 0; labels != NULL && j < json_array_get_length (labels); j++)
        {
          g_autofree char *label = text_element (labels, j);

          for (guint k = 0; k < study->arms->len; k++)
            {
              StudyArm *arm = g_ptr_array_index (study->arms, k);

              if (g_strcmp0 (arm->label, label) != 0)
                continue;

              g_ptr_array_add (arm->intervention_names, g_strdup (name));
              if (!lists_intervention (arm, name))
                g_ptr_array_add (arm->interventions, intervention_label (type, name));
            }
        }
    }
}

static void
read_v2_outcome (Study      *study,
                 JsonObject *measure)
{
  Outcome *o = outcome_new ();
  JsonArray *groups = array_member (measure, "groups");
  JsonArray *classes = array_member (measure, "classes");
  JsonArray *analyses = array_member (measure, "analyses");
  g_autofree char *status_text = raw_member (measure, "reportingStatus");
  g_autofree char *status = enum_key (status_text);
  g_autofree char *type = raw_member (measure, "type");
  g_autofree char *param_type = raw_member (measure, "paramType");

  o->type = outcome_type_from_text (type);
  o->title = text_member (measure, "title");
  if (o->title == NULL)
    o->title = g_strdup (_("(untitled outcome)"));
  o->population = text_member (measure, "populationDescription");
  o->time_frame = text_member (measure, "timeFrame");
  o->param_type = enum_key (param_type);
  o->dispersion = text_member (measure, "dispersionType");
  o->unit = text_member (measure, "unitOfMeasure");
  o->not_posted = g_strcmp0 (status, "NOT_POSTED") == 0;

  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    {
      JsonNode *node = json_array_get_element (groups, i);
      Group *group;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      group = g_new0 (Group, 1);
      group->id = raw_member (json_node_get_object (node), "id");
      group->title = text_member (json_node_get_object (node), "title");
      g_ptr_array_add (o->groups, group);
    }

  for (guint i = 0; classes != NULL && i < json_array_get_length (classes); i++)
    {
      JsonNode *cnode = json_array_get_element (classes, i);
      JsonArray *categories;

      if (!JSON_NODE_HOLDS_OBJECT (cnode))
        continue;

      categories = array_member (json_node_get_object (cnode), "categories");
      for (guint j = 0; categories != NULL && j < json_array_get_length (categories); j++)
        {
          JsonNode *node = json_array_get_element (categories, j);
          JsonArray *measurements;
          Row *row;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;

          row = row_new ();
          row->class_title = text_member (json_node_get_object (cnode), "title");
          row->category_title = text_member (json_node_get_object (node), "title");
          measurements = array_member (json_node_get_object (node), "measurements");
          for (guint k = 0; measurements != NULL && k < json_array_get_length (measurements); k++)
            {
              JsonNode *mnode = json_array_get_element (measurements, k);
              JsonObject *mobj;
              Measurement *m;

              if (!JSON_NODE_HOLDS_OBJECT (mnode))
                continue;

              mobj = json_node_get_object (mnode);
              m = g_new0 (Measurement, 1);
              m->group_id = raw_member (mobj, "groupId");
              m->value = raw_member (mobj, "value");
              m->lower = raw_member (mobj, "lowerLimit");
              m->upper = raw_member (mobj, "upperLimit");
              m->comment = text_member (mobj, "comment");
              g_ptr_array_add (row->measurements, m);
            }
          g_ptr_array_add (o->rows, row);
        }
    }

  for (guint i = 0; analyses != NULL && i < json_array_get_length (analyses); i++)
    {
      JsonNode *node = json_array_get_element (analyses, i);
      JsonObject *aobj;
      JsonArray *ids;
      Analysis *a;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      aobj = json_node_get_object (node);
      a = analysis_new ();
      ids = array_member (aobj, "groupIds");
      for (guint j = 0; ids != NULL && j < json_array_get_length (ids); j++)
        {
          char *id = node_to_string (json_array_get_element (ids, j));

          if (id != NULL)
            g_ptr_array_add (a->group_ids, id);
        }
      a->group_description = text_member (aobj, "groupDescription");
      a->param_type = text_member (aobj, "paramType");
      a->param_value = raw_member (aobj, "paramValue");
      a->ci_percent = raw_member (aobj, "ciPctValue");
      a->ci_sides = raw_member (aobj, "ciNumSides");
      a->ci_lower = raw_member (aobj, "ciLowerLimit");
      a->ci_upper = raw_member (aobj, "ciUpperLimit");
      a->ci_lower_comment = text_member (aobj, "ciLowerLimitComment");
      a->ci_upper_comment = text_member (aobj, "ciUpperLimitComment");
      a->p_value = raw_member (aobj, "pValue");
      a->p_value_comment = text_member (aobj, "pValueComment");
      a->method = text_member (aobj, "statisticalMethod");
      a->method_comment = text_member (aobj, "statisticalComment");
      a->estimate_comment = text_member (aobj, "estimateComment");
      g_ptr_array_add (o->analyses, a);
    }

  g_ptr_array_add (study->outcomes, o);
}

/* One study object; %NULL, with @error, if it is not one. */
static Study *
read_v2_study (JsonNode    *node,
               const char  *name,
               GError     **error)
{
  g_autoptr(Study) study = study_new ();
  JsonObject *root, *protocol, *ident, *status, *design, *design_info, *results;
  JsonArray *phases;
  g_autoptr(GPtrArray) phase_names = g_ptr_array_new_with_free_func (g_free);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (a study is a JSON object)"), name);
      return NULL;
    }

  root = json_node_get_object (node);
  protocol = object_member (root, "protocolSection");
  ident = object_member (protocol, "identificationModule");
  if (protocol == NULL || ident == NULL)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (no protocolSection.identificationModule)"),
                   name);
      return NULL;
    }

  study->nct_id = raw_member (ident, "nctId");
  study->acronym = text_member (ident, "acronym");
  study->brief_title = text_member (ident, "briefTitle");

  status = object_member (protocol, "statusModule");
  study->start_date = raw_member (object_member (status, "startDateStruct"), "date");
  study->first_posted = raw_member (object_member (status, "studyFirstPostDateStruct"), "date");
  study->last_update = raw_member (object_member (status, "lastUpdatePostDateStruct"), "date");

  design = object_member (protocol, "designModule");
  phases = array_member (design, "phases");
  for (guint i = 0; phases != NULL && i < json_array_get_length (phases); i++)
    {
      g_autofree char *text = node_to_string (json_array_get_element (phases, i));
      char *phase = phase_name (text);

      if (phase != NULL)
        g_ptr_array_add (phase_names, phase);
    }
  study->phase = join_nonempty ("/", phase_names);

  {
    JsonObject *enrollment = object_member (design, "enrollmentInfo");
    g_autofree char *count = raw_member (enrollment, "count");
    g_autofree char *type = raw_member (enrollment, "type");
    guint64 value = 0;

    if (count != NULL && g_ascii_string_to_unsigned (count, 10, 0, G_MAXUINT, &value, NULL))
      study->enrollment = (guint)value;
    study->enrollment_type = enum_key (type);
  }

  design_info = object_member (design, "designInfo");
  {
    g_autofree char *allocation = raw_member (design_info, "allocation");
    g_autofree char *model = raw_member (design_info, "interventionModel");
    g_autofree char *masking = raw_member (object_member (design_info, "maskingInfo"), "masking");
    g_autofree char *purpose = raw_member (design_info, "primaryPurpose");

    study->design = build_design (allocation, model, masking, purpose);
  }

  study->conditions = join_text_members (array_member (object_member (protocol, "conditionsModule"), "conditions"),
                                         NULL, ", ");
  study->primary_outcomes = join_text_members (array_member (object_member (protocol, "outcomesModule"), "primaryOutcomes"),
                                               "measure", "; ");

  read_v2_arms (study, object_member (protocol, "armsInterventionsModule"));

  study->says_has_results = json_object_has_member (root, "hasResults") &&
                            JSON_NODE_HOLDS_VALUE (json_object_get_member (root, "hasResults")) &&
                            json_node_get_value_type (json_object_get_member (root, "hasResults")) == G_TYPE_BOOLEAN &&
                            json_object_get_boolean_member (root, "hasResults");

  results = object_member (root, "resultsSection");
  {
    JsonArray *measures = array_member (object_member (results, "outcomeMeasuresModule"), "outcomeMeasures");

    for (guint i = 0; measures != NULL && i < json_array_get_length (measures); i++)
      {
        JsonNode *mnode = json_array_get_element (measures, i);

        if (JSON_NODE_HOLDS_OBJECT (mnode))
          read_v2_outcome (study, json_node_get_object (mnode));
      }
    study->has_results = measures != NULL && study->outcomes->len > 0;
  }

  return g_steal_pointer (&study);
}

/* json-glib parses recursively: refuse absurd nesting before it does. */
static gboolean
json_depth_ok (const char *data,
               gsize       length)
{
  int depth = 0;
  gboolean in_string = FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }

      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > MAX_JSON_DEPTH)
            return FALSE;
        }
      else if (c == '}' || c == ']')
        depth--;
    }

  return TRUE;
}

static GPtrArray *
read_json (GBytes      *original,
           const char  *data,
           gsize        length,
           const char  *name,
           GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) studies = g_ptr_array_new_with_free_func ((GDestroyNotify)study_free);
  JsonNode *root;
  JsonObject *object;
  JsonArray *list;

  if (!json_depth_ok (data, length))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                   _("%s: not a ClinicalTrials.gov study record (JSON nested more than %d deep)"),
                   name, MAX_JSON_DEPTH);
      return NULL;
    }

  if (!json_parser_load_from_data (parser, data, (gssize)length, &local_error))
    {
      /* json-glib says "<data>:LINE:COL: Parse error: scanner: WORDS". */
      const char *msg = local_error->message;
      const char *words = g_strrstr (msg, ": ");
      guint64 line = 0, column = 0;
      char *end = NULL;

      if (g_str_has_prefix (msg, "<data>:"))
        {
          line = g_ascii_strtoull (msg + strlen ("<data>:"), &end, 10);
          if (end != NULL && *end == ':')
            column = g_ascii_strtoull (end + 1, NULL, 10);
        }

      if (line > 0)
        g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                     _("%s: line %llu, column %llu: not valid JSON, or cut short: %s"),
                     name, (unsigned long long)line, (unsigned long long)column,
                     words != NULL ? words + 2 : msg);
      else
        g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                     _("%s: not valid JSON, or cut short: %s"), name, words != NULL ? words + 2 : msg);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (expected a JSON object)"), name);
      return NULL;
    }

  object = json_node_get_object (root);

  if (json_object_has_member (object, "FullStudiesResponse") ||
      json_object_has_member (object, "FullStudy"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: a record in the retired classic API v1 format, which is not supported; "
                     "use the study's API v2 JSON"), name);
      return NULL;
    }

  list = array_member (object, "studies");
  if (list == NULL && json_object_has_member (object, "studies"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (\"studies\" is not a list)"), name);
      return NULL;
    }

  if (list != NULL)
    {
      guint n = json_array_get_length (list);

      if (n == 0)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY,
                       _("%s: the list of studies is empty"), name);
          return NULL;
        }

      for (guint i = 0; i < n; i++)
        {
          JsonNode *node = json_array_get_element (list, i);
          g_autofree char *where = g_strdup_printf (_("%s: study %u of %u"), name, i + 1, n);
          Study *study = read_v2_study (node, where, error);
          g_autoptr(JsonGenerator) generator = NULL;
          char *text;
          gsize text_length;

          if (study == NULL)
            return NULL;

          /* Each study's own record: the file itself when it holds one,
           * else that study written back alone (same members, same strings). */
          if (n == 1)
            study->record = g_bytes_ref (original);
          else
            {
              generator = json_generator_new ();
              json_generator_set_root (generator, node);
              text = json_generator_to_data (generator, &text_length);
              study->record = g_bytes_new_take (text, text_length);
            }
          g_ptr_array_add (studies, study);
        }
    }
  else
    {
      Study *study = read_v2_study (root, name, error);

      if (study == NULL)
        return NULL;
      study->record = g_bytes_ref (original);
      g_ptr_array_add (studies, study);
    }

  return g_steal_pointer (&studies);
}

/* ---------------------------------------------------------------------
 * Legacy <clinical_study> XML, parsed as safely as content files
 */


static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node != NULL &&
         node->type == XML_ELEMENT_NODE &&
         strcmp ((const char *)node->name, name) == 0;
}

static xmlNode *
xml_child (xmlNode    *node,
           const char *name)
{
  for (xmlNode *child = node != NULL ? node->children : NULL; child != NULL; child = child->next)
    if (is_element (child, name))
      return child;

  return NULL;
}

static char *
xml_text (xmlNode *node)
{
  xmlChar *content;
  char *text;

  if (node == NULL)
    return NULL;

  content = xmlNodeGetContent (node);
  if (content == NULL)
    return NULL;

  text = fold_space ((const char *)content);
  xmlFree (content);
  return text;
}

static char *
xml_child_text (xmlNode    *node,
                const char *name)
{
  return xml_text (xml_child (node, name));
}

static char *
xml_attr (xmlNode    *node,
          const char *name)
{
  xmlChar *value = xmlGetProp (node, (const xmlChar *)name);
  char *text;

  if (value == NULL)
    return NULL;

  text = g_strstrip (g_strdup ((const char *)value));
  xmlFree (value);
  return text;
}

static void
read_legacy_measurements (Outcome *o,
                          xmlNode *measure)
{
  xmlNode *class_list = xml_child (measure, "class_list");

  for (xmlNode *cls = class_list != NULL ? class_list->children : NULL; cls != NULL; cls = cls->next)
    {
      xmlNode *category_list;

      if (!is_element (cls, "class"))
        continue;

      category_list = xml_child (cls, "category_list");
      for (xmlNode *cat = category_list != NULL ? category_list->children : NULL; cat != NULL; cat = cat->next)
        {
          xmlNode *list;
          Row *row;

          if (!is_element (cat, "category"))
            continue;

          row = row_new ();
          row->class_title = xml_child_text (cls, "title");
          row->category_title = xml_child_text (cat, "title");
          list = xml_child (cat, "measurement_list");
          for (xmlNode *mnode = list != NULL ? list->children : NULL; mnode != NULL; mnode = mnode->next)
            {
              Measurement *m;

              if (!is_element (mnode, "measurement"))
                continue;

              m = g_new0 (Measurement, 1);
              m->group_id = xml_attr (mnode, "group_id");
              m->value = xml_attr (mnode, "value");
              m->lower = xml_attr (mnode, "lower_limit");
              m->upper = xml_attr (mnode, "upper_limit");
              m->comment = xml_text (mnode);
              g_ptr_array_add (row->measurements, m);
            }
          g_ptr_array_add (o->rows, row);
        }
    }
}

static void
read_legacy_outcome (Study   *study,
                     xmlNode *node)
{
  Outcome *o = outcome_new ();
  g_autofree char *type = xml_child_text (node, "type");
  g_autofree char *param = NULL;
  xmlNode *group_list = xml_child (node, "group_list");
  xmlNode *measure = xml_child (node, "measure");
  xmlNode *analysis_list = xml_child (node, "analysis_list");

  /* Older records wrap the measure in a <measure_list>. */
  if (measure == NULL)
    measure = xml_child (xml_child (node, "measure_list"), "measure");

  o->type = outcome_type_from_text (type);
  o->title = xml_child_text (node, "title");
  if (o->title == NULL)
    o->title = g_strdup (_("(untitled outcome)"));
  o->population = xml_child_text (node, "population");
  o->time_frame = xml_child_text (node, "time_frame");

  for (xmlNode *g = group_list != NULL ? group_list->children : NULL; g != NULL; g = g->next)
    {
      Group *group;

      if (!is_element (g, "group"))
        continue;
      group = g_new0 (Group, 1);
      group->id = xml_attr (g, "group_id");
      group->title = xml_child_text (g, "title");
      g_ptr_array_add (o->groups, group);
    }

  if (measure != NULL)
    {
      param = xml_child_text (measure, "param");
      o->param_type = enum_key (param);
      o->dispersion = xml_child_text (measure, "dispersion");
      o->unit = xml_child_text (measure, "units");
      if (o->population == NULL)
        o->population = xml_child_text (measure, "population");
      read_legacy_measurements (o, measure);
    }

  for (xmlNode *anode = analysis_list != NULL ? analysis_list->children : NULL; anode != NULL; anode = anode->next)
    {
      xmlNode *ids;
      Analysis *a;

      if (!is_element (anode, "analysis"))
        continue;

      a = analysis_new ();
      ids = xml_child (anode, "group_id_list");
      for (xmlNode *id = ids != NULL ? ids->children : NULL; id != NULL; id = id->next)
        if (is_element (id, "group_id"))
          {
            char *text = xml_text (id);

            if (text != NULL)
              g_ptr_array_add (a->group_ids, text);
          }
      a->group_description = xml_child_text (anode, "groups_desc");
      a->param_type = xml_child_text (anode, "param_type");
      a->param_value = xml_child_text (anode, "param_value");
      a->ci_percent = xml_child_text (anode, "ci_percent");
      a->ci_sides = xml_child_text (anode, "ci_n_sides");
      a->ci_lower = xml_child_text (anode, "ci_lower_limit");
      a->ci_upper = xml_child_text (anode, "ci_upper_limit");
      a->ci_lower_comment = xml_child_text (anode, "ci_lower_limit_na_comment");
      a->ci_upper_comment = xml_child_text (anode, "ci_upper_limit_na_comment");
      a->p_value = xml_child_text (anode, "p_value");
      a->p_value_comment = xml_child_text (anode, "p_value_desc");
      a->method = xml_child_text (anode, "method");
      a->method_comment = xml_child_text (anode, "method_desc");
      a->estimate_comment = xml_child_text (anode, "estimate_desc");
      g_ptr_array_add (o->analyses, a);
    }

  g_ptr_array_add (study->outcomes, o);
}

static void
read_legacy_arms (Study   *study,
                  xmlNode *root)
{
  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      StudyArm *arm;
      g_autofree char *type = NULL;

      if (!is_element (node, "arm_group"))
        continue;

      arm = study_arm_new ();
      arm->label = xml_child_text (node, "arm_group_label");
      type = xml_child_text (node, "arm_group_type");
      arm->type = enum_key (type);
      arm->description = xml_child_text (node, "description");
      g_ptr_array_add (study->arms, arm);
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      g_autofree char *type = NULL;
      g_autofree char *name = NULL;

      if (!is_element (node, "intervention"))
        continue;

      type = xml_child_text (node, "intervention_type");
      name = xml_child_text (node, "intervention_name");
      if (name == NULL)
        continue;

      for (xmlNode *child = node->children; child != NULL; child = child->next)
        {
          g_autofree char *label = NULL;

          if (!is_element (child, "arm_group_label"))
            continue;

          label = xml_text (child);
          for (guint k = 0; k < study->arms->len; k++)
            {
              StudyArm *arm = g_ptr_array_index (study->arms, k);

              if (g_strcmp0 (arm->label, label) != 0)
                continue;
              g_ptr_array_add (arm->intervention_names, g_strdup (name));
              g_ptr_array_add (arm->interventions, intervention_label (type, name));
            }
        }
    }
}

static Study *
read_legacy_study (xmlNode     *root,
                   const char  *name,
                   GError     **error)
{
  g_autoptr(Study) study = study_new ();
  g_autoptr(GPtrArray) conditions = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) primary = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) phases = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *phase = NULL;
  g_autofree char *start = NULL;
  g_autofree char *first_posted = NULL;
  g_autofree char *updated = NULL;
  xmlNode *design = xml_child (root, "study_design_info");
  xmlNode *enrollment = xml_child (root, "enrollment");
  xmlNode *results = xml_child (root, "clinical_results");
  xmlNode *outcome_list = xml_child (results, "outcome_list");

  study->nct_id = xml_child_text (xml_child (root, "id_info"), "nct_id");
  study->acronym = xml_child_text (root, "acronym");
  study->brief_title = xml_child_text (root, "brief_title");

  phase = xml_child_text (root, "phase");
  if (phase != NULL && g_ascii_strcasecmp (phase, "N/A") != 0)
    {
      g_auto(GStrv) parts = g_strsplit (phase, "/", -1);

      for (guint i = 0; parts[i] != NULL; i++)
        {
          char *p = phase_name (g_strstrip (parts[i]));

          if (p != NULL)
            g_ptr_array_add (phases, p);
        }
      study->phase = join_nonempty ("/", phases);
    }

  if (enrollment != NULL)
    {
      g_autofree char *count = xml_text (enrollment);
      g_autofree char *type = xml_attr (enrollment, "type");
      guint64 value = 0;

      if (count != NULL && g_ascii_string_to_unsigned (count, 10, 0, G_MAXUINT, &value, NULL))
        study->enrollment = (guint)value;
      study->enrollment_type = enum_key (type);
    }

  start = xml_child_text (root, "start_date");
  study->start_date = legacy_date_to_iso (start);
  first_posted = xml_child_text (root, "study_first_posted");
  if (first_posted == NULL)
    first_posted = xml_child_text (root, "firstreceived_date");
  study->first_posted = legacy_date_to_iso (first_posted);
  updated = xml_child_text (root, "last_update_posted");
  if (updated == NULL)
    updated = xml_child_text (root, "lastchanged_date");
  study->last_update = legacy_date_to_iso (updated);

  if (design != NULL)
    {
      g_autofree char *allocation = xml_child_text (design, "allocation");
      g_autofree char *model = xml_child_text (design, "intervention_model");
      g_autofree char *masking = xml_child_text (design, "masking");
      g_autofree char *purpose = xml_child_text (design, "primary_purpose");

      study->design = build_design (allocation, model, masking, purpose);
    }

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      if (is_element (node, "condition"))
        g_ptr_array_add (conditions, xml_text (node));
      else if (is_element (node, "primary_outcome"))
        g_ptr_array_add (primary, xml_child_text (node, "measure"));
    }
  study->conditions = join_nonempty (", ", conditions);
  study->primary_outcomes = join_nonempty ("; ", primary);

  read_legacy_arms (study, root);

  for (xmlNode *node = outcome_list != NULL ? outcome_list->children : NULL; node != NULL; node = node->next)
    if (is_element (node, "outcome"))
      read_legacy_outcome (study, node);
  study->has_results = results != NULL && study->outcomes->len > 0;
  study->says_has_results = results != NULL;

  return g_steal_pointer (&study);
}

static GPtrArray *
read_xml (GBytes      *original,
          const char  *data,
          gsize        length,
          const char  *name,
          GError     **error)
{
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(GPtrArray) studies = g_ptr_array_new_with_free_func ((GDestroyNotify)study_free);
  g_auto(RccSafeXmlProblem) problem = { 0 };
  xmlNode *root;
  Study *study;

  switch (rcc_safe_xml_parse (data, length, name, &doc, &problem))
    {
    case RCC_SAFE_XML_UNSAFE:
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_UNSAFE,
                   _("%s: line %ld: a document type declaration (DOCTYPE) is not allowed; "
                     "entities are never loaded or expanded"),
                   name, problem.line);
      return NULL;

    case RCC_SAFE_XML_MALFORMED:
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_PARSE,
                   _("%s: line %ld: not well-formed XML, or cut short: %s"),
                   name, problem.line, problem.message);
      return NULL;

    case RCC_SAFE_XML_OK:
    default:
      break;
    }

  root = xmlDocGetRootElement (doc);
  if (root == NULL || !is_element (root, "clinical_study"))
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (the root element is <%s>, expected <clinical_study>)"),
                   name, root != NULL ? (const char *)root->name : "");
      return NULL;
    }

  study = read_legacy_study (root, name, error);
  if (study == NULL)
    return NULL;
  study->record = g_bytes_ref (original);
  g_ptr_array_add (studies, study);

  return g_steal_pointer (&studies);
}

/* ---------------------------------------------------------------------
 * From a study to a trial
 */

typedef enum
{
  MATCH_NONE,
  MATCH_EXACT,
  MATCH_PARTIAL,
  MATCH_INTERVENTION,
  MATCH_AMBIGUOUS,
} MatchKind;

typedef struct
{
  RccEndpoint  endpoint;
  guint        outcome;
  OutcomeType  rank;
  gboolean     whole;       /* the whole population: one row, no title */
  guint        arm;
  gboolean     reached;
  double       value;
  RccTimeUnit  unit;
  gboolean     has_ci;
  double       low, high, level;
  guint        decimals;
  char        *analysis;
  char        *population;
  gboolean     primary;
} MedianFigure;

typedef struct
{
  RccEndpoint  endpoint;
  guint        outcome;
  OutcomeType  rank;
  gboolean     sole;        /* the only hazard ratio of its outcome */
  gboolean     stated;      /* the record says which arm is over which */
  guint        arm, versus;
  double       value;
  gboolean     has_ci;
  double       low, high, level;
  guint        sides;
  guint        decimals;
  char        *p;
  char        *method;
  char        *direction;
  char        *analysis;
  char        *population;
  gboolean     primary;
} HrFigure;

static void
median_figure_free (MedianFigure *f)
{
  g_free (f->analysis);
  g_free (f->population);
  g_free (f);
}

static void
hr_figure_free (HrFigure *f)
{
  g_free (f->p);
  g_free (f->method);
  g_free (f->direction);
  g_free (f->analysis);
  g_free (f->population);
  g_free (f);
}

typedef struct
{
  Study      *study;
  GPtrArray  *warnings;       /* "NCT…: message" */
  GHashTable *seen;           /* warnings already given */
  GPtrArray  *arm_ids;
  GPtrArray  *arm_norms;      /* normalized labels */
  GPtrArray  *medians;        /* MedianFigure */
  GPtrArray  *hrs;            /* HrFigure */
  GPtrArray  *rates;          /* RccRate */
} Builder;

static void G_GNUC_PRINTF (2, 3)
warn (Builder    *b,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  char *line;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  line = g_strdup_printf ("%s: %s", b->study->nct_id, message);
  if (!g_hash_table_add (b->seen, line))
    return;
  g_ptr_array_add (b->warnings, g_strdup (line));
}

static StudyArm *
arm_at (Builder *b,
        guint    index)
{
  return g_ptr_array_index (b->study->arms, index);
}

/* An intervention name that belongs to exactly one arm names that arm. */
static gboolean
intervention_unique_to (Builder    *b,
                        const char *norm_name,
                        guint       arm)
{
  for (guint i = 0; i < b->study->arms->len; i++)
    {
      StudyArm *other = arm_at (b, i);

      if (i == arm)
        continue;
      for (guint j = 0; j < other->intervention_names->len; j++)
        {
          g_autofree char *n = normalize (g_ptr_array_index (other->intervention_names, j));

          if (g_str_equal (n, norm_name))
            return FALSE;
        }
    }

  return TRUE;
}

/* The arm a result group stands for, by title: equal (after case and
 * punctuation), else one containing the other's words, else an
 * intervention of that arm alone; -1 when none or several fit. */
static int
match_group (Builder    *b,
             const char *title,
             MatchKind  *kind,
             char      **via)
{
  g_autofree char *norm = normalize (title);
  int exact = -1, partial = -1, by_intervention = -1;
  guint n_exact = 0, n_partial = 0, n_intervention = 0;

  *kind = MATCH_NONE;
  *via = NULL;

  if (*norm == '\0')
    return -1;

  for (guint i = 0; i < b->study->arms->len; i++)
    {
      const char *label = g_ptr_array_index (b->arm_norms, i);
      StudyArm *arm = arm_at (b, i);

      if (*label == '\0')
        continue;

      if (g_str_equal (norm, label))
        {
          exact = i;
          n_exact++;
        }
      else if (has_words (norm, label) || has_words (label, norm))
        {
          partial = i;
          n_partial++;
        }

      for (guint j = 0; j < arm->intervention_names->len; j++)
        {
          g_autofree char *n = normalize (g_ptr_array_index (arm->intervention_names, j));

          if (g_str_equal (n, norm) && intervention_unique_to (b, n, i))
            {
              if (by_intervention != (int)i)
                n_intervention++;
              by_intervention = i;
              g_free (*via);
              *via = g_strdup (g_ptr_array_index (arm->intervention_names, j));
            }
        }
    }

  if (n_exact == 1)
    {
      *kind = MATCH_EXACT;
      return exact;
    }
  if (n_exact == 0 && n_partial == 1)
    {
      *kind = MATCH_PARTIAL;
      return partial;
    }
  if (n_exact == 0 && n_intervention == 1)
    {
      *kind = MATCH_INTERVENTION;
      return by_intervention;
    }

  g_clear_pointer (via, g_free);
  *kind = (n_exact + n_partial + n_intervention) > 0 ? MATCH_AMBIGUOUS : MATCH_NONE;
  return -1;
}

/* Maps each of @o's groups to an arm index (or -1), saying what it did. */
static GArray *
map_groups (Builder *b,
            Outcome *o)
{
  GArray *map = g_array_sized_new (FALSE, TRUE, sizeof (int), o->groups->len);

  for (guint i = 0; i < o->groups->len; i++)
    {
      Group *group = g_ptr_array_index (o->groups, i);
      g_autofree char *via = NULL;
      MatchKind kind;
      int arm = match_group (b, group->title, &kind, &via);

      switch (kind)
        {
        case MATCH_EXACT:
          break;
        case MATCH_PARTIAL:
          warn (b, _("result group \"%s\" was matched to arm \"%s\" by a partial title match; check it"),
                group->title, arm_at (b, arm)->label);
          break;
        case MATCH_INTERVENTION:
          warn (b, _("result group \"%s\" was matched to arm \"%s\" through its intervention \"%s\"; check it"),
                group->title, arm_at (b, arm)->label, via);
          break;
        case MATCH_AMBIGUOUS:
          warn (b, _("result group \"%s\" in \"%s\" fits more than one arm; its figures were not imported"),
                or_empty (group->title ? group->title : group->id), o->title);
          break;
        case MATCH_NONE:
        default:
          warn (b, _("result group \"%s\" in \"%s\" matches no arm; its figures were not imported"),
                or_empty (group->title ? group->title : group->id), o->title);
          break;
        }

      g_array_append_val (map, arm);
    }

  /* Two groups of one outcome cannot be the same arm. */
  for (guint i = 0; i < map->len; i++)
    for (guint j = i + 1; j < map->len; j++)
      if (g_array_index (map, int, i) >= 0 &&
          g_array_index (map, int, i) == g_array_index (map, int, j))
        {
          Group *gi = g_ptr_array_index (o->groups, i);
          Group *gj = g_ptr_array_index (o->groups, j);

          warn (b, _("result groups \"%s\" and \"%s\" in \"%s\" both match arm \"%s\"; their figures were not imported"),
                or_empty (gi->title), or_empty (gj->title), o->title, arm_at (b, g_array_index (map, int, i))->label);
          g_array_index (map, int, j) = -1;
          g_array_index (map, int, i) = -1;
        }

  return map;
}

static int
group_arm (Outcome    *o,
           GArray     *map,
           const char *group_id,
           Group     **group_out)
{
  for (guint i = 0; group_id != NULL && i < o->groups->len; i++)
    {
      Group *group = g_ptr_array_index (o->groups, i);

      if (g_strcmp0 (group->id, group_id) == 0)
        {
          if (group_out != NULL)
            *group_out = group;
          return g_array_index (map, int, i);
        }
    }

  if (group_out != NULL)
    *group_out = NULL;
  return -1;
}

/* PFS, OS, DFS (iDFS too) or TTP, from the outcome's title; NONE when
 * it is none of them, or names more than one. */
static RccEndpoint
classify_title (const char *title,
                gboolean   *several)
{
  g_autofree char *t = normalize (title);
  RccEndpoint found = RCC_ENDPOINT_NONE;
  guint n = 0;

  if (has_words (t, "progression free survival") || has_words (t, "pfs"))
    found = RCC_ENDPOINT_PFS, n++;
  if (has_words (t, "overall survival") || has_words (t, "os"))
    found = RCC_ENDPOINT_OS, n++;
  if (has_words (t, "disease free survival") || has_words (t, "dfs") || has_words (t, "idfs"))
    found = RCC_ENDPOINT_DFS, n++;
  if (has_words (t, "time to progression") || has_words (t, "ttp"))
    found = RCC_ENDPOINT_TTP, n++;

  *several = n > 1;
  return n == 1 ? found : RCC_ENDPOINT_NONE;
}

static gboolean
time_unit_from_text (const char  *text,
                     RccTimeUnit *unit)
{
  g_autofree char *t = normalize (text);

  if (g_str_equal (t, "days") || g_str_equal (t, "day"))
    *unit = RCC_TIME_UNIT_DAYS;
  else if (g_str_equal (t, "weeks") || g_str_equal (t, "week"))
    *unit = RCC_TIME_UNIT_WEEKS;
  else if (g_str_equal (t, "months") || g_str_equal (t, "month"))
    *unit = RCC_TIME_UNIT_MONTHS;
  else
    return FALSE;

  return TRUE;
}

static gboolean
is_percent_unit (const char *text)
{
  g_autofree char *t = normalize (text);

  return has_words (t, "percent") || has_words (t, "percentage") ||
         g_strcmp0 (text, "%") == 0;
}

/* "95% Confidence Interval" -> 95; FALSE for any other spread. */
static gboolean
ci_level_from_dispersion (const char *text,
                          double     *level)
{
  g_autofree char *t = normalize (text);
  g_autofree char *number = NULL;
  const char *percent;

  if (text == NULL || !has_words (t, "confidence interval"))
    return FALSE;

  percent = strchr (text, '%');
  if (percent == NULL)
    return FALSE;

  number = g_strndup (text, percent - text);
  return parse_number (number, level, NULL) && *level > 0.0 && *level < 100.0;
}

/* "6 months", "4 years", "at 12 months": the time in months. */
static gboolean
timepoint_months (const char *text,
                  double     *months)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  regex = g_regex_new ("^\\s*(?:at\\s+)?([0-9]+(?:\\.[0-9]+)?)\\s*(day|week|month|year)s?\\s*$",
                       G_REGEX_CASELESS, 0, NULL);
  if (!g_regex_match (regex, text, 0, &match))
    return FALSE;

  number = g_match_info_fetch (match, 1);
  unit = g_match_info_fetch (match, 2);
  if (!parse_number (number, &value, NULL) || !(value > 0.0))
    return FALSE;

  if (g_ascii_strcasecmp (unit, "year") == 0)
    *months = value * 12.0;
  else if (g_ascii_strcasecmp (unit, "month") == 0)
    *months = value;
  else if (g_ascii_strcasecmp (unit, "week") == 0)
    *months = rcc_time_to_months (value, RCC_TIME_UNIT_WEEKS);
  else
    *months = rcc_time_to_months (value, RCC_TIME_UNIT_DAYS);

  return TRUE;
}

static char *
outcome_label (Outcome *o)
{
  return g_strdup_printf ("%s: %s", outcome_type_label (o->type), o->title);
}

static char *
row_title (Row *row)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();

  g_ptr_array_add (parts, row->class_title);
  g_ptr_array_add (parts, row->category_title);
  return join_nonempty ("; ", parts);
}

static char *
append_note (char       *text,
             const char *note)
{
  char *joined;

  if (note == NULL)
    return text;
  if (text == NULL)
    return g_strdup (note);

  joined = g_strdup_printf ("%s; %s", text, note);
  g_free (text);
  return joined;
}

static void
add_median (Builder     *b,
            guint        outcome_index,
            Outcome     *o,
            Row         *row,
            Measurement *m,
            int          arm,
            RccEndpoint  endpoint,
            RccTimeUnit  unit,
            gboolean     ci_is_ci,
            double       ci_level)
{
  MedianFigure *f;
  g_autofree char *title = row_title (row);
  double value = 0.0, low = 0.0, high = 0.0;
  guint decimals = 0;
  gboolean reached, has_low, has_high;
  g_autoptr(GPtrArray) population = g_ptr_array_new ();
  StudyArm *study_arm = arm_at (b, arm);

  if (m->value == NULL)
    return;

  if (parse_number (m->value, &value, &decimals))
    {
      if (!(value > 0.0))
        {
          warn (b, _("\"%s\": the median %s for \"%s\" is not above zero; not imported"),
                o->title, m->value, study_arm->label);
          return;
        }
      reached = TRUE;
    }
  else if (is_not_available (m->value))
    reached = FALSE;
  else
    {
      warn (b, _("\"%s\": the median \"%s\" for \"%s\" is not a number; not imported"),
            o->title, m->value, study_arm->label);
      return;
    }

  f = g_new0 (MedianFigure, 1);
  f->endpoint = endpoint;
  f->outcome = outcome_index;
  f->rank = o->type;
  f->whole = o->rows->len == 1 && title == NULL;
  f->arm = arm;
  f->reached = reached;
  f->value = reached ? value : 0.0;
  f->unit = unit;
  f->level = ci_is_ci ? ci_level : 95.0;
  f->analysis = outcome_label (o);

  g_ptr_array_add (population, o->population);
  g_ptr_array_add (population, title);
  f->population = join_nonempty ("; ", population);

  if (!reached)
    {
      g_autofree char *note = m->comment != NULL
                            ? g_strdup_printf (_("not estimable: %s"), m->comment)
                            : g_strdup (_("not estimable"));

      f->analysis = append_note (f->analysis, note);
    }

  if (reached)
    {
      has_low = parse_number (m->lower, &low, &decimals);
      has_high = parse_number (m->upper, &high, &decimals);

      if (has_low && has_high && ci_is_ci && !(low <= high))
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s"), m->lower, m->upper);

          f->analysis = append_note (f->analysis, note);
          warn (b, _("\"%s\": the CI %s–%s of the median %s for \"%s\" is not in order; left out"),
                o->title, m->lower, m->upper, m->value, study_arm->label);
        }
      else if (has_low && has_high && ci_is_ci)
        {
          f->has_ci = TRUE;
          f->low = low;
          f->high = high;
          if (!(low <= value && value <= high))
            warn (b, _("\"%s\": the median %s for \"%s\" lies outside its CI %s–%s, as the record gives it"),
                  o->title, m->value, study_arm->label, m->lower, m->upper);
        }
      else if ((has_low || has_high || m->lower != NULL || m->upper != NULL) && ci_is_ci)
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s%s%s"),
                                                   m->lower ? m->lower : "NA",
                                                   m->upper ? m->upper : "NA",
                                                   m->comment ? ": " : "",
                                                   m->comment ? m->comment : "");

          f->analysis = append_note (f->analysis, note);
          warn (b, _("\"%s\": the CI of the median %s for \"%s\" is incomplete (%s); left out"),
                o->title, m->value, study_arm->label, note);
        }
    }

  f->decimals = decimals;
  g_ptr_array_add (b->medians, f);
}

static void
add_rate (Builder     *b,
          Outcome     *o,
          Row         *row,
          Measurement *m,
          int          arm,
          RccEndpoint  endpoint,
          double       at_months,
          gboolean     title_is_time,
          gboolean     ci_is_ci,
          double       ci_level)
{
  g_autoptr(RccRate) rate = NULL;
  g_autoptr(GPtrArray) population = g_ptr_array_new ();
  g_autofree char *title = title_is_time ? NULL : row_title (row);
  g_autofree char *analysis = outcome_label (o);
  g_autofree char *pop = NULL;
  double percent = 0.0, low = 0.0, high = 0.0;
  guint decimals = 0;
  gboolean has_ci;

  if (m->value == NULL)
    return;

  if (!parse_number (m->value, &percent, &decimals) || percent < 0.0 || percent > 100.0)
    {
      warn (b, _("\"%s\": the rate \"%s\" for \"%s\" is not a percentage; not imported"),
            o->title, m->value, arm_at (b, arm)->label);
      return;
    }

  has_ci = ci_is_ci &&
           parse_number (m->lower, &low, &decimals) &&
           parse_number (m->upper, &high, &decimals) &&
           low >= 0.0 && high <= 100.0 && low <= high;

  g_ptr_array_add (population, o->population);
  g_ptr_array_add (population, title);
  pop = join_nonempty ("; ", population);

  rate = g_object_new (RCC_TYPE_RATE,
                       "kind", RCC_RATE_KIND_LANDMARK,
                       "arm-id", g_ptr_array_index (b->arm_ids, arm),
                       "percent", percent,
                       "endpoint", endpoint,
                       "at-months", at_months,
                       "has-ci", has_ci,
                       "ci-low", has_ci ? low : 0.0,
                       "ci-high", has_ci ? high : 0.0,
                       "ci-level", ci_is_ci ? ci_level : 95.0,
                       "analysis", analysis,
                       "population", pop,
                       "decimals", decimals,
                       NULL);
  g_ptr_array_add (b->rates, g_steal_pointer (&rate));
}

static gboolean
is_hazard_ratio (Analysis *a,
                 gboolean *log_scale)
{
  g_autofree char *t = normalize (a->param_type);

  *log_scale = has_words (t, "log");
  return has_words (t, "hazard ratio") || has_words (t, "hr");
}

/* The names one side of a comparison goes by: the group's title, the
 * arm's label, their parts, and interventions only that arm has. */
static GPtrArray *
side_names (Builder *b,
            Group   *group,
            int      arm)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  StudyArm *study_arm = arm_at (b, arm);
  const char *texts[] = { group->title, study_arm->label };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      const char *text = texts[i];
      const char *paren, *colon;

      if (text == NULL)
        continue;

      g_ptr_array_add (names, normalize (text));
      paren = strchr (text, '(');
      if (paren != NULL)
        {
          g_autofree char *before = g_strndup (text, paren - text);
          const char *close = strchr (paren, ')');

          g_ptr_array_add (names, normalize (before));
          if (close != NULL)
            {
              g_autofree char *inside = g_strndup (paren + 1, close - paren - 1);
              g_ptr_array_add (names, normalize (inside));
            }
        }
      colon = strchr (text, ':');
      if (colon != NULL)
        g_ptr_array_add (names, normalize (colon + 1));
    }

  for (guint j = 0; j < study_arm->intervention_names->len; j++)
    {
      const char *name = g_ptr_array_index (study_arm->intervention_names, j);
      g_autofree char *n = normalize (name);
      const char *paren = strchr (name, '(');

      if (!intervention_unique_to (b, n, arm))
        continue;
      g_ptr_array_add (names, g_steal_pointer (&n));
      if (paren != NULL)
        {
          g_autofree char *before = g_strndup (name, paren - name);
          g_ptr_array_add (names, normalize (before));
        }
    }

  return names;
}

static gboolean
name_in (GPtrArray  *names,
         const char *name)
{
  for (guint i = 0; i < names->len; i++)
    if (g_str_equal (g_ptr_array_index (names, i), name))
      return TRUE;

  return FALSE;
}

/* Where in @text (normalized) one side is first named: the earliest,
 * then longest, of its names that the other side does not share. */
static gboolean
find_side (const char *text,
           GPtrArray  *names,
           GPtrArray  *other,
           gssize     *start,
           gssize     *end)
{
  *start = -1;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gssize at;

      if (strlen (name) < 2 || name_in (other, name))
        continue;

      at = find_words (text, name);
      if (at < 0)
        continue;

      if (*start < 0 || at < *start || (at == *start && at + (gssize)strlen (name) > *end))
        {
          *start = at;
          *end = at + strlen (name);
        }
    }

  return *start >= 0;
}

/* Whether the record's text says which arm the HR is of: "X over Y",
 * "X vs Y", "X compared to Y" name X first.  Returns 0 (in the
 * groups' order), 1 (reversed) or -1 (not stated). */
static int
read_direction (Builder    *b,
                const char *text,
                Group      *g0,
                int         arm0,
                Group      *g1,
                int         arm1)
{
  static const char *connectives[] = {
    "over", "vs", "v", "versus", "compared", "to", "with", "relative", "against", "divided", "by",
  };
  g_autofree char *t = normalize (text);
  g_autoptr(GPtrArray) names0 = side_names (b, g0, arm0);
  g_autoptr(GPtrArray) names1 = side_names (b, g1, arm1);
  g_auto(GStrv) between_words = NULL;
  g_autofree char *between = NULL;
  gssize s0, e0, s1, e1, first_end, second_start;

  if (text == NULL)
    return -1;

  if (!find_side (t, names0, names1, &s0, &e0) || !find_side (t, names1, names0, &s1, &e1))
    return -1;

  /* Offsets are into @t; the names must not overlap. */
  if (s0 < s1 ? e0 > s1 : e1 > s0)
    return -1;

  first_end = s0 < s1 ? e0 : e1;
  second_start = s0 < s1 ? s1 : s0;
  between = g_strndup (t + first_end, MAX (second_start - first_end - 1, 0));
  g_strstrip (between);
  if (*between == '\0')
    return -1;

  between_words = g_strsplit (between, " ", -1);
  for (guint i = 0; between_words[i] != NULL; i++)
    if (!g_strv_contains (connectives, between_words[i]))
      return -1;

  return s0 < s1 ? 0 : 1;
}

static void
add_hazard_ratio (Builder     *b,
                  guint        outcome_index,
                  Outcome     *o,
                  GArray      *map,
                  Analysis    *a,
                  RccEndpoint  endpoint,
                  guint        n_hr)
{
  HrFigure *f;
  Group *g0 = NULL, *g1 = NULL;
  int arm0, arm1, order;
  double value = 0.0, low = 0.0, high = 0.0, level = 95.0;
  guint decimals = 0;
  gboolean has_low, has_high;
  g_autofree char *sides_key = enum_key (a->ci_sides);
  g_autoptr(GPtrArray) method = g_ptr_array_new ();

  if (a->group_ids->len != 2)
    {
      warn (b, _("\"%s\": a hazard ratio over %u groups (%s) was not imported"),
            o->title, a->group_ids->len, or_empty (a->param_value));
      return;
    }

  arm0 = group_arm (o, map, g_ptr_array_index (a->group_ids, 0), &g0);
  arm1 = group_arm (o, map, g_ptr_array_index (a->group_ids, 1), &g1);
  if (arm0 < 0 || arm1 < 0 || arm0 == arm1)
    {
      warn (b, _("\"%s\": the hazard ratio %s compares groups that are not two distinct arms; not imported"),
            o->title, or_empty (a->param_value));
      return;
    }

  if (!parse_number (a->param_value, &value, &decimals) || !(value > 0.0))
    {
      warn (b, _("\"%s\": the hazard ratio \"%s\" is not a number above zero; not imported"),
            o->title, or_empty (a->param_value));
      return;
    }

  f = g_new0 (HrFigure, 1);
  f->endpoint = endpoint;
  f->outcome = outcome_index;
  f->rank = o->type;
  f->sole = n_hr == 1;
  f->value = value;
  f->analysis = outcome_label (o);
  f->analysis = append_note (f->analysis, a->group_description);
  f->population = g_strdup (o->population);

  if (g_strcmp0 (sides_key, "TWO_SIDED") == 0 || g_strcmp0 (sides_key, "2_SIDED") == 0)
    f->sides = 2;
  else if (g_strcmp0 (sides_key, "ONE_SIDED") == 0 || g_strcmp0 (sides_key, "1_SIDED") == 0)
    f->sides = 1;

  has_low = parse_number (a->ci_lower, &low, &decimals);
  has_high = parse_number (a->ci_upper, &high, &decimals);
  if (has_low && has_high)
    {
      if (a->ci_percent == NULL)
        warn (b, _("\"%s\": the hazard ratio %s has a CI whose level the record does not state; 95%% is assumed"),
              o->title, or_empty (a->param_value));
      else if (!parse_number (a->ci_percent, &level, NULL) || !(level > 0.0 && level < 100.0))
        {
          warn (b, _("\"%s\": the CI level \"%s\" of the hazard ratio %s is not a percentage; the CI was left out"),
                o->title, a->ci_percent, or_empty (a->param_value));
          has_low = has_high = FALSE;
          level = 95.0;
        }

      if (has_low && has_high && !(low > 0.0 && low <= high))
        {
          g_autofree char *note = g_strdup_printf (_("CI %s–%s"), a->ci_lower, a->ci_upper);

          /* A ratio's CI is above zero and in order, or no CI at all. */
          f->analysis = append_note (f->analysis, note);
          warn (b, _("\"%s\": the CI %s–%s of the hazard ratio %s is not above zero or not in order; left out"),
                o->title, a->ci_lower, a->ci_upper, or_empty (a->param_value));
        }
      else if (has_low && has_high)
        {
          f->has_ci = TRUE;
          f->low = low;
          f->high = high;
          f->level = level;
          if (!(low <= value && value <= high))
            warn (b, _("\"%s\": the hazard ratio %s lies outside its CI %s–%s, as the record gives it"),
                  o->title, or_empty (a->param_value), a->ci_lower, a->ci_upper);
        }
    }
  else if (a->ci_lower != NULL || a->ci_upper != NULL)
    {
      g_autoptr(GPtrArray) comments = g_ptr_array_new ();
      g_autofree char *why = NULL;
      g_autofree char *note = NULL;

      g_ptr_array_add (comments, a->ci_lower_comment);
      g_ptr_array_add (comments, a->ci_upper_comment);
      why = join_nonempty ("; ", comments);
      note = g_strdup_printf (_("CI %s–%s%s%s"), a->ci_lower ? a->ci_lower : "NA",
                              a->ci_upper ? a->ci_upper : "NA",
                              why ? ": " : "", why ? why : "");
      f->analysis = append_note (f->analysis, note);
      warn (b, _("\"%s\": the CI of the hazard ratio %s is incomplete (%s); left out"),
            o->title, or_empty (a->param_value), note);
    }
  if (!f->has_ci)
    f->level = 95.0;

  f->decimals = decimals;
  f->p = a->p_value != NULL ? g_strdup (a->p_value) : NULL;
  g_ptr_array_add (method, a->method);
  g_ptr_array_add (method, a->method_comment);
  g_ptr_array_add (method, a->p_value_comment);
  f->method = join_nonempty ("; ", method);

  order = read_direction (b, a->estimate_comment, g0, arm0, g1, arm1);
  if (order >= 0)
    {
      f->stated = TRUE;
      f->arm = order == 0 ? arm0 : arm1;
      f->versus = order == 0 ? arm1 : arm0;
      f->direction = g_strdup (a->estimate_comment);
    }
  else
    {
      f->stated = FALSE;
      f->arm = arm0;
      f->versus = arm1;
      f->direction = g_strdup (RCC_CTGOV_DIRECTION_NOT_STATED);
      if (a->estimate_comment != NULL)
        {
          g_autofree char *note = g_strdup_printf (_("note: %s"), a->estimate_comment);
          f->analysis = append_note (f->analysis, note);
        }
      warn (b, _("\"%s\": the record does not say which arm the hazard ratio %s is of; it is kept in "
                 "the record's group order (\"%s\" vs \"%s\"), marked \"direction not stated\" and "
                 "not used as a headline figure"),
            o->title, or_empty (a->param_value), or_empty (g0->title), or_empty (g1->title));
    }

  g_ptr_array_add (b->hrs, f);
}

static void
add_outcome (Builder *b,
             guint    index)
{
  Outcome *o = g_ptr_array_index (b->study->outcomes, index);
  g_autoptr(GArray) map = NULL;
  gboolean several = FALSE;
  RccEndpoint endpoint = classify_title (o->title, &several);
  gboolean is_median = g_strcmp0 (o->param_type, "MEDIAN") == 0;
  guint n_hr = 0;
  double ci_level = 95.0;
  gboolean ci_is_ci;

  /* Hazard ratios on the log scale are not imported, so do not count. */
  for (guint i = 0; i < o->analyses->len; i++)
    {
      gboolean log_scale;

      if (is_hazard_ratio (g_ptr_array_index (o->analyses, i), &log_scale) && !log_scale)
        n_hr++;
    }

  if (endpoint == RCC_ENDPOINT_NONE)
    {
      /* Only outcomes with figures of the kinds we show are worth a word. */
      if (is_median || n_hr > 0)
        warn (b, several
                 ? _("\"%s\" names more than one of PFS, OS, DFS and TTP; its figures were not imported")
                 : _("\"%s\" is not PFS, OS, DFS or TTP; its figures were not imported"),
              o->title);
      return;
    }

  if (o->not_posted)
    {
      warn (b, _("\"%s\": results not posted yet"), o->title);
      return;
    }

  map = map_groups (b, o);
  ci_is_ci = ci_level_from_dispersion (o->dispersion, &ci_level);

  if (is_median)
    {
      RccTimeUnit unit;

      if (!time_unit_from_text (o->unit, &unit))
        warn (b, _("\"%s\": medians in \"%s\" (not days, weeks or months) were not imported"),
              o->title, o->unit ? o->unit : "");
      else
        {
          gboolean any_limits = FALSE;

          for (guint r = 0; r < o->rows->len; r++)
            {
              Row *row = g_ptr_array_index (o->rows, r);

              for (guint k = 0; k < row->measurements->len; k++)
                {
                  Measurement *m = g_ptr_array_index (row->measurements, k);
                  int arm = group_arm (o, map, m->group_id, NULL);

                  any_limits |= m->lower != NULL || m->upper != NULL;
                  if (arm >= 0)
                    add_median (b, index, o, row, m, arm, endpoint, unit, ci_is_ci, ci_level);
                }
            }

          if (any_limits && !ci_is_ci)
            warn (b, _("\"%s\": the spread given is \"%s\", not a confidence interval; left out"),
                  o->title, o->dispersion ? o->dispersion : "");
        }
    }
  else if (g_strcmp0 (o->param_type, "NUMBER") == 0 && is_percent_unit (o->unit))
    {
      for (guint r = 0; r < o->rows->len; r++)
        {
          Row *row = g_ptr_array_index (o->rows, r);
          double at_months = 0.0;
          gboolean title_is_time = TRUE;

          if (!timepoint_months (row->category_title, &at_months) &&
              !timepoint_months (row->class_title, &at_months))
            {
              title_is_time = FALSE;
              if (!timepoint_months (o->time_frame, &at_months))
                {
                  warn (b, _("\"%s\": rates without a time point the record states plainly (\"%s\") were not imported"),
                        o->title, o->time_frame ? o->time_frame : "");
                  break;
                }
            }

          for (guint k = 0; k < row->measurements->len; k++)
            {
              Measurement *m = g_ptr_array_index (row->measurements, k);
              int arm = group_arm (o, map, m->group_id, NULL);

              if (arm >= 0)
                add_rate (b, o, row, m, arm, endpoint, at_months, title_is_time, ci_is_ci, ci_level);
            }
        }
    }
  else if (o->rows->len > 0)
    warn (b, _("\"%s\" is reported as \"%s\" in \"%s\", neither a median nor a percentage at a time point; "
               "only its hazard ratios were imported"),
          o->title, o->param_type ? o->param_type : "", o->unit ? o->unit : "");

  for (guint i = 0; i < o->analyses->len; i++)
    {
      Analysis *a = g_ptr_array_index (o->analyses, i);
      gboolean log_scale;

      if (is_hazard_ratio (a, &log_scale) && log_scale)
        warn (b, _("\"%s\": a hazard ratio on the log scale (%s) was not imported"),
              o->title, or_empty (a->param_value));
      else if (is_hazard_ratio (a, &log_scale))
        add_hazard_ratio (b, index, o, map, a, endpoint, n_hr);
      else if (a->param_type != NULL)
        warn (b, _("\"%s\": an analysis of type \"%s\" was not imported (only hazard ratios are)"),
              o->title, a->param_type);
      else
        warn (b, _("\"%s\": an analysis without an estimate (p %s%s%s) was not imported"),
              o->title, a->p_value ? a->p_value : "—",
              a->method ? ", " : "", a->method ? a->method : "");
    }
}

/* Headlines, by the rule in the header comment. */
static void
choose_headlines (Builder *b)
{
  static const RccEndpoint endpoints[] = {
    RCC_ENDPOINT_PFS, RCC_ENDPOINT_OS, RCC_ENDPOINT_DFS, RCC_ENDPOINT_TTP,
  };

  for (guint e = 0; e < G_N_ELEMENTS (endpoints); e++)
    {
      MedianFigure *best_median = NULL;
      HrFigure *best_hr = NULL;

      for (guint i = 0; i < b->medians->len; i++)
        {
          MedianFigure *f = g_ptr_array_index (b->medians, i);

          if (f->endpoint != endpoints[e] || !f->whole)
            continue;
          if (best_median == NULL || f->rank < best_median->rank ||
              (f->rank == best_median->rank && f->outcome < best_median->outcome))
            best_median = f;
        }

      for (guint i = 0; best_median != NULL && i < b->medians->len; i++)
        {
          MedianFigure *f = g_ptr_array_index (b->medians, i);

          if (f->endpoint == endpoints[e] && f->outcome == best_median->outcome)
            f->primary = TRUE;
        }

      for (guint i = 0; i < b->hrs->len; i++)
        {
          HrFigure *f = g_ptr_array_index (b->hrs, i);

          if (f->endpoint != endpoints[e] || !f->sole || !f->stated)
            continue;
          if (best_hr == NULL || f->rank < best_hr->rank ||
              (f->rank == best_hr->rank && f->outcome < best_hr->outcome))
            best_hr = f;
        }

      if (best_hr != NULL)
        best_hr->primary = TRUE;
    }
}

/* "Sorafenib (Nexavar, BAY43-9006)" -> "sorafenib-nexavar-bay43-9006" */
static char *
arm_slug (const char *label,
          guint       index,
          GPtrArray  *taken)
{
  g_autofree char *norm = normalize (label);
  g_autofree char *base = NULL;
  char *id;

  /* ASCII only in ids. */
  for (char *p = norm; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = '-';
  base = g_strndup (norm, 40);
  while (*base != '\0' && base[strlen (base) - 1] == '-')
    base[strlen (base) - 1] = '\0';
  if (*base == '\0' || g_str_has_prefix (base, "-"))
    {
      g_free (base);
      base = g_strdup_printf ("arm-%u", index + 1);
    }

  id = g_strdup (base);
  for (guint n = 2; g_ptr_array_find_with_equal_func (taken, id, g_str_equal, NULL); n++)
    {
      g_free (id);
      id = g_strdup_printf ("%s-%u", base, n);
    }

  return id;
}

static gboolean
is_comparator_type (const char *type)
{
  return g_strcmp0 (type, "ACTIVE_COMPARATOR") == 0 ||
         g_strcmp0 (type, "PLACEBO_COMPARATOR") == 0 ||
         g_strcmp0 (type, "SHAM_COMPARATOR") == 0 ||
         g_strcmp0 (type, "NO_INTERVENTION") == 0;
}

static RccTrial *
build_trial (Study     *study,
             GPtrArray *warnings)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) arm_ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) arm_norms = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) medians = g_ptr_array_new_with_free_func ((GDestroyNotify)median_figure_free);
  g_autoptr(GPtrArray) hrs = g_ptr_array_new_with_free_func ((GDestroyNotify)hr_figure_free);
  g_autoptr(GPtrArray) rates = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(RccTrial) trial = NULL;
  g_autofree char *note = NULL;
  g_autofree char *population = NULL;
  Builder b = { study, warnings, seen, arm_ids, arm_norms, medians, hrs, rates };
  guint first_warning = warnings->len;
  gboolean any_control = FALSE;
  const char * const empty[] = { NULL };
  guint year;

  for (guint i = 0; i < study->arms->len; i++)
    {
      StudyArm *arm = arm_at (&b, i);

      if (arm->label == NULL)
        arm->label = g_strdup_printf (_("Arm %u"), i + 1);
      g_ptr_array_add (arm_ids, arm_slug (arm->label, i, arm_ids));
      g_ptr_array_add (arm_norms, normalize (arm->label));
      any_control |= is_comparator_type (arm->type);
    }

  note = study->has_results
       ? g_strdup_printf (_("Imported from ClinicalTrials.gov (%s), not reviewed"), study->nct_id)
       : g_strdup_printf (_("Imported from ClinicalTrials.gov (%s), not reviewed; no results posted"),
                          study->nct_id);

  if (!study->has_results)
    warn (&b, study->says_has_results
              ? _("the record says it has results, but lists no outcome measures; only the design was imported")
              : _("no results posted; only the design was imported"));

  if (study->arms->len == 0)
    warn (&b, _("the record lists no arms"));
  else if (!any_control)
    warn (&b, _("no arm is typed as a comparator, so none is marked as the control; the arm types are not reliable"));

  if (study->enrollment > 0 && study->enrollment_type != NULL &&
      !g_str_equal (study->enrollment_type, "ACTUAL"))
    warn (&b, _("the enrolment of %u is %s, not actual"), study->enrollment,
          g_str_equal (study->enrollment_type, "ESTIMATED") ? _("estimated") : _("anticipated"));

  year = year_of (study->start_date);
  if (year == 0)
    year = year_of (study->first_posted);

  population = g_strdup (study->conditions);

  trial = g_object_new (RCC_TYPE_TRIAL,
                        "id", study->nct_id,
                        "name", study->acronym != NULL ? study->acronym : study->nct_id,
                        "title", study->brief_title,
                        "year", year,
                        "phase", study->phase,
                        "enrolled", study->enrollment,
                        "setting", RCC_SETTING_NOT_STATED,
                        "design", study->design,
                        "population", population,
                        "primary-endpoint", study->primary_outcomes,
                        "nct-id", study->nct_id,
                        "source-note", note,
                        "source-updated", study->last_update,
                        "imported", TRUE,
                        NULL);

  for (guint i = 0; i < study->arms->len; i++)
    {
      StudyArm *arm = arm_at (&b, i);
      g_autoptr(RccArm) rcc_arm = NULL;

      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) interventions = NULL;

      for (guint j = 0; j < arm->interventions->len; j++)
        g_strv_builder_add (builder, g_ptr_array_index (arm->interventions, j));
      interventions = g_strv_builder_end (builder);

      rcc_arm = g_object_new (RCC_TYPE_ARM,
                              "id", g_ptr_array_index (arm_ids, i),
                              "label", arm->label,
                              "dose", arm->description,
                              "control", is_comparator_type (arm->type),
                              "treatment-ids", empty,
                              "interventions", interventions,
                              NULL);
      rcc_trial_add_arm (trial, rcc_arm);
    }

  for (guint i = 0; i < study->outcomes->len; i++)
    add_outcome (&b, i);

  choose_headlines (&b);

  for (guint i = 0; i < medians->len; i++)
    {
      MedianFigure *f = g_ptr_array_index (medians, i);
      g_autoptr(RccMedian) median = g_object_new (RCC_TYPE_MEDIAN,
                                                  "endpoint", f->endpoint,
                                                  "arm-id", g_ptr_array_index (arm_ids, f->arm),
                                                  "reached", f->reached,
                                                  "value", f->value,
                                                  "unit", f->unit,
                                                  "has-ci", f->has_ci,
                                                  "ci-low", MAX (f->low, 0.0),
                                                  "ci-high", MAX (f->high, 0.0),
                                                  "ci-level", f->level,
                                                  "analysis", f->analysis,
                                                  "population", f->population,
                                                  "primary", f->primary,
                                                  "decimals", f->decimals,
                                                  NULL);
      rcc_trial_add_median (trial, median);
    }

  for (guint i = 0; i < hrs->len; i++)
    {
      HrFigure *f = g_ptr_array_index (hrs, i);
      g_autoptr(RccHazardRatio) hr = g_object_new (RCC_TYPE_HAZARD_RATIO,
                                                   "endpoint", f->endpoint,
                                                   "arm-id", g_ptr_array_index (arm_ids, f->arm),
                                                   "versus-id", g_ptr_array_index (arm_ids, f->versus),
                                                   "value", f->value,
                                                   "has-ci", f->has_ci,
                                                   "ci-low", MAX (f->low, 0.0),
                                                   "ci-high", MAX (f->high, 0.0),
                                                   "ci-level", f->level,
                                                   "p", f->p,
                                                   "significance", RCC_SIGNIFICANCE_NOT_STATED,
                                                   "analysis", f->analysis,
                                                   "population", f->population,
                                                   "primary", f->primary,
                                                   "decimals", f->decimals,
                                                   "method", f->method,
                                                   "direction", f->direction,
                                                   "sides", f->sides,
                                                   NULL);
      rcc_trial_add_hazard_ratio (trial, hr);
    }

  for (guint i = 0; i < rates->len; i++)
    rcc_trial_add_rate (trial, g_ptr_array_index (rates, i));

  /* The trial carries its own warnings, for the window to show beside it */
  {
    g_autoptr(GStrvBuilder) notes = g_strv_builder_new ();
    g_auto(GStrv) strv = NULL;
    gsize prefix = strlen (study->nct_id) + 2;   /* "NCT…: " */

    for (guint i = first_warning; i < warnings->len; i++)
      g_strv_builder_add (notes, (const char *)g_ptr_array_index (warnings, i) + prefix);
    strv = g_strv_builder_end (notes);
    rcc_trial_set_import_notes (trial, (const char * const *)strv);
  }

  return g_steal_pointer (&trial);
}

/* ---------------------------------------------------------------------
 * The result
 */

struct _RccCtgovImport
{
  GObject         parent_instance;

  RccCtgovFormat  format;
  GListStore     *trials;
  GPtrArray      *records;       /* GBytes, per trial */
  GArray         *has_results;   /* gboolean, per trial */
  char          **warnings;
};

G_DEFINE_FINAL_TYPE (RccCtgovImport, rcc_ctgov_import, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TRIALS,
  PROP_WARNINGS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
rcc_ctgov_import_finalize (GObject *object)
{
  RccCtgovImport *self = (RccCtgovImport *)object;

  g_clear_object (&self->trials);
  g_clear_pointer (&self->records, g_ptr_array_unref);
  g_clear_pointer (&self->has_results, g_array_unref);
  g_clear_pointer (&self->warnings, g_strfreev);

  G_OBJECT_CLASS (rcc_ctgov_import_parent_class)->finalize (object);
}

static void
rcc_ctgov_import_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  RccCtgovImport *self = RCC_CTGOV_IMPORT (object);

  switch (prop_id)
    {
    case PROP_TRIALS:
      g_value_set_object (value, self->trials);
      break;

    case PROP_WARNINGS:
      g_value_set_boxed (value, self->warnings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_ctgov_import_class_init (RccCtgovImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rcc_ctgov_import_finalize;
  object_class->get_property = rcc_ctgov_import_get_property;

  properties [PROP_TRIALS] =
    g_param_spec_object ("trials", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE |
                          G_PARAM_STATIC_STRINGS));

  /* What the import could not tie down, one "NCT…: message" each. */
  properties [PROP_WARNINGS] =
    g_param_spec_boxed ("warnings", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE |
                         G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rcc_ctgov_import_init (RccCtgovImport *self)
{
  self->trials = g_list_store_new (RCC_TYPE_TRIAL);
  self->records = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);
  self->has_results = g_array_new (FALSE, TRUE, sizeof (gboolean));
}

static gboolean
is_nct_id (const char *id)
{
  if (id == NULL || strlen (id) != 11 || !g_str_has_prefix (id, "NCT"))
    return FALSE;

  for (const char *p = id + 3; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;

  return TRUE;
}

/**
 * rcc_ctgov_import_bytes:
 * @bytes: a record's bytes: API v2 study JSON, or legacy XML
 * @display_name: how errors name the record, usually its file name
 *
 * Reads every study in the record.  Nothing is returned unless every
 * study in it could be read.
 *
 * Returns: (transfer full) (nullable): the trials, with the warnings
 *   about them, or %NULL with @error saying "NAME: what is wrong"
 */
RccCtgovImport *
rcc_ctgov_import_bytes (GBytes      *bytes,
                        const char  *display_name,
                        GError     **error)
{
  g_autoptr(RccCtgovImport) self = NULL;
  g_autoptr(GPtrArray) studies = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  const char *name = display_name != NULL ? display_name : "record";
  const char *data;
  const char *start;
  gsize length;
  RccCtgovFormat format;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &length);

  if (length > RCC_CTGOV_MAX_BYTES)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                   _("%s: the record is %llu bytes; records may be at most %d bytes"),
                   name, (unsigned long long)length, RCC_CTGOV_MAX_BYTES);
      return NULL;
    }

  if (data == NULL || length == 0)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY, _("%s: the file is empty"), name);
      return NULL;
    }

  /* What it is, from its first character after any BOM and space. */
  start = data;
  if (length >= 3 && memcmp (start, "\xEF\xBB\xBF", 3) == 0)
    start += 3;
  while (start < data + length && g_ascii_isspace (*start))
    start++;

  if (start == data + length)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_EMPTY, _("%s: the file is empty"), name);
      return NULL;
    }

  if (*start == '{' || *start == '[')
    {
      format = RCC_CTGOV_FORMAT_V2_JSON;
      /* json-glib reads no BOM: start after it. */
      studies = read_json (bytes, start, length - (start - data), name, error);
    }
  else if (*start == '<')
    {
      format = RCC_CTGOV_FORMAT_LEGACY_XML;
      studies = read_xml (bytes, data, length, name, error);
    }
  else
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                   _("%s: not a ClinicalTrials.gov study record (neither JSON nor XML)"), name);
      return NULL;
    }

  if (studies == NULL)
    return NULL;

  /* Check every study before building any. */
  for (guint i = 0; i < studies->len; i++)
    {
      Study *study = g_ptr_array_index (studies, i);

      if (study->nct_id == NULL)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: not a ClinicalTrials.gov study record (it has no NCT id)"), name);
          return NULL;
        }
      if (!is_nct_id (study->nct_id))
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: \"%s\" is not an NCT id (NCT and eight digits)"), name, study->nct_id);
          return NULL;
        }
      if (!g_hash_table_add (ids, study->nct_id))
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s: %s appears more than once"), name, study->nct_id);
          return NULL;
        }
    }

  self = g_object_new (RCC_TYPE_CTGOV_IMPORT, NULL);
  self->format = format;

  for (guint i = 0; i < studies->len; i++)
    {
      Study *study = g_ptr_array_index (studies, i);
      g_autoptr(RccTrial) trial = build_trial (study, warnings);

      g_list_store_append (self->trials, trial);
      g_ptr_array_add (self->records, g_bytes_ref (study->record));
      g_array_append_val (self->has_results, study->has_results);
    }

  g_ptr_array_add (warnings, NULL);
  self->warnings = (char **)g_ptr_array_steal (warnings, NULL);

  return g_steal_pointer (&self);
}

/**
 * rcc_ctgov_load_record:
 * @name: how errors name the file
 *
 * Reads the record in @file, refusing one over %RCC_CTGOV_MAX_BYTES
 * before reading it.  Blocking: run it in a thread where that matters.
 *
 * Returns: (transfer full) (nullable): its bytes, or %NULL with @error
 *   as `FILE: what is wrong`
 */
GBytes *
rcc_ctgov_load_record (GFile       *file,
                       const char  *name,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *bytes;
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  bytes = rcc_file_read (file, RCC_CTGOV_MAX_BYTES, &size, &local_error);
  if (g_error_matches (local_error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE))
    g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                 _("%s: the record is %llu bytes; records may be at most %d bytes"),
                 name, (unsigned long long)size, RCC_CTGOV_MAX_BYTES);
  else if (bytes == NULL)
    g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_IO,
                 "%s: %s", name, local_error->message);

  return bytes;
}

/**
 * rcc_ctgov_import_file:
 * @display_name: (nullable): how errors name the file; its parse name
 *   if %NULL
 *
 * Returns: (transfer full) (nullable): as rcc_ctgov_import_bytes()
 */
RccCtgovImport *
rcc_ctgov_import_file (GFile       *file,
                       const char  *display_name,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = display_name != NULL ? g_strdup (display_name) : g_file_get_parse_name (file);
  bytes = rcc_ctgov_load_record (file, name, error);
  if (bytes == NULL)
    return NULL;

  return rcc_ctgov_import_bytes (bytes, name, error);
}

RccCtgovFormat
rcc_ctgov_import_get_format (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), RCC_CTGOV_FORMAT_V2_JSON);

  return self->format;
}

/**
 * rcc_ctgov_import_get_trials:
 *
 * Returns: (transfer none): a #GListModel of #RccTrial, one per study,
 *   in the record's order
 */
GListModel *
rcc_ctgov_import_get_trials (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);

  return G_LIST_MODEL (self->trials);
}

/**
 * rcc_ctgov_import_get_warnings:
 *
 * Returns: (transfer none): what could not be tied down, one
 *   "NCT…: message" each; empty when nothing
 */
const char * const *
rcc_ctgov_import_get_warnings (RccCtgovImport *self)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);

  return (const char * const *)self->warnings;
}

/**
 * rcc_ctgov_import_get_has_results:
 *
 * Returns: whether the record posted results for the trial at @position
 */
gboolean
rcc_ctgov_import_get_has_results (RccCtgovImport *self,
                                  guint           position)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), FALSE);
  g_return_val_if_fail (position < self->has_results->len, FALSE);

  return g_array_index (self->has_results, gboolean, position);
}

/**
 * rcc_ctgov_import_get_record:
 *
 * The record of the trial at @position, to keep: the file's own bytes
 * when it holds one study; when it holds several, that study's JSON
 * alone (the same members and strings), which imports to the same trial.
 *
 * Returns: (transfer none): the record's bytes
 */
GBytes *
rcc_ctgov_import_get_record (RccCtgovImport *self,
                             guint           position)
{
  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), NULL);
  g_return_val_if_fail (position < self->records->len, NULL);

  return g_ptr_array_index (self->records, position);
}

/**
 * rcc_ctgov_import_add_to_catalog:
 *
 * Adds the imported trials to @catalog: all of them, or, if any id is
 * taken already, none.
 *
 * Returns: %FALSE, adding nothing, with @error naming the taken id
 */
gboolean
rcc_ctgov_import_add_to_catalog (RccCtgovImport  *self,
                                 RccCatalog      *catalog,
                                 GError         **error)
{
  guint n;

  g_return_val_if_fail (RCC_IS_CTGOV_IMPORT (self), FALSE);
  g_return_val_if_fail (RCC_IS_CATALOG (catalog), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->trials));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (self->trials), i);

      if (rcc_catalog_lookup_trial (catalog, rcc_trial_get_id (trial)) != NULL)
        {
          g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_INVALID,
                       _("%s is already in the catalog"), rcc_trial_get_id (trial));
          return FALSE;
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RccTrial) trial = g_list_model_get_item (G_LIST_MODEL (self->trials), i);

      rcc_catalog_add_trial (catalog, trial);
    }

  return TRUE;
}
