/* rcc-ctgov-private.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "content/rcc-ctgov-import.h"

G_BEGIN_DECLS

/* What the importer's files share (see rcc-ctgov-import.c): the neutral
 * Study both formats are read into, the text helpers, the two readers,
 * and the Builder that turns a Study into an RccTrial. */

/* ---------------------------------------------------------------------
 * The neutral study (rcc-ctgov-study.c)
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

/* Where each format keeps a text member of a Measurement or an
 * Analysis: the API v2 member (a figure, kept as given; or text, its
 * Markdown escapes dropped) and the legacy XML attribute or child.  One
 * table a struct, read by both readers and walked to free it; it ends
 * with a %NULL json_member. */
typedef struct
{
  gsize       offset;        /* of the char * in the struct */
  const char *json_member;
  gboolean    json_text;     /* text, not a figure */
  const char *xml_name;      /* Measurement: attribute (%NULL: its text);
                              * Analysis: child element */
} StudyField;

#define STUDY_FIELD(s, f) G_STRUCT_MEMBER (char *, (s), (f)->offset)

extern const StudyField _rcc_ctgov_measurement_fields[];
extern const StudyField _rcc_ctgov_analysis_fields[];

StudyArm *_rcc_ctgov_study_arm_new    (void);
Row      *_rcc_ctgov_row_new          (void);
Analysis *_rcc_ctgov_analysis_new     (void);
Outcome  *_rcc_ctgov_outcome_new      (const char *type,
                                       char       *title);
void      _rcc_ctgov_study_free       (Study      *s);
Study    *_rcc_ctgov_study_new        (void);
void      _rcc_ctgov_set_enrollment   (Study      *study,
                                       const char *count,
                                       const char *type);
void      _rcc_ctgov_tie_intervention (Study      *study,
                                       const char *label,
                                       const char *type,
                                       const char *name,
                                       gboolean    unless_listed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Study, _rcc_ctgov_study_free)

/* ---------------------------------------------------------------------
 * Text helpers (rcc-ctgov-text.c)
 */

char        *_rcc_ctgov_fold_space             (const char  *text);
char        *_rcc_ctgov_unescape_markdown      (const char  *text);
char        *_rcc_ctgov_normalize              (const char  *text);
gssize       _rcc_ctgov_find_words             (const char  *hay,
                                                const char  *needle);
gboolean     _rcc_ctgov_has_words              (const char  *hay,
                                                const char  *needle);
char        *_rcc_ctgov_enum_key               (const char  *text);
OutcomeType  _rcc_ctgov_outcome_type_from_text (const char  *text);
const char  *_rcc_ctgov_outcome_type_label     (OutcomeType  type);
gboolean     _rcc_ctgov_parse_number           (const char  *text,
                                                double      *out,
                                                guint       *decimals);
gboolean     _rcc_ctgov_is_not_available       (const char  *text);
char        *_rcc_ctgov_legacy_date_to_iso     (const char  *text);
guint        _rcc_ctgov_year_of                (const char  *iso_date);
char        *_rcc_ctgov_phase_name             (const char  *text);
const char  *_rcc_ctgov_or_empty               (const char  *text);
char        *_rcc_ctgov_join_nonempty          (const char  *separator,
                                                GPtrArray   *parts);
char        *_rcc_ctgov_build_design           (const char  *allocation,
                                                const char  *model,
                                                const char  *masking,
                                                const char  *purpose);
char        *_rcc_ctgov_intervention_label     (const char  *type,
                                                const char  *name);

/* ---------------------------------------------------------------------
 * The readers: API v2 JSON (rcc-ctgov-json.c), legacy <clinical_study>
 * XML (rcc-ctgov-xml.c).  Each gives a GPtrArray of Study.
 */

GPtrArray *_rcc_ctgov_read_json (GBytes      *original,
                                 const char  *data,
                                 gsize        length,
                                 const char  *name,
                                 GError     **error);
GPtrArray *_rcc_ctgov_read_xml  (GBytes      *original,
                                 const char  *data,
                                 gsize        length,
                                 const char  *name,
                                 GError     **error);

/* ---------------------------------------------------------------------
 * From a study to a trial: the builder's warnings and result groups tied
 * to arms (rcc-ctgov-arms.c), the figures and the headlines
 * (rcc-ctgov-figures.c), the trial (rcc-ctgov-build.c)
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
  RccFigureFields fields;   /* arm_id filled when the trial is built */
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
  char        *p;
  char        *method;
  char        *direction;
  RccFigureFields fields;   /* arm_id filled when the trial is built */
} HrFigure;

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

void      _rcc_ctgov_warn             (Builder     *b,
                                       const char  *format,
                                       ...) G_GNUC_PRINTF (2, 3);
StudyArm *_rcc_ctgov_arm_at           (Builder     *b,
                                       guint        index);
GArray   *_rcc_ctgov_map_groups       (Builder     *b,
                                       Outcome     *o);
int       _rcc_ctgov_group_arm        (Outcome     *o,
                                       GArray      *map,
                                       const char  *group_id,
                                       Group      **group_out);
int       _rcc_ctgov_read_direction   (Builder     *b,
                                       const char  *text,
                                       Group       *g0,
                                       int          arm0,
                                       Group       *g1,
                                       int          arm1);
void      _rcc_ctgov_add_outcome      (Builder     *b,
                                       guint        index);
void      _rcc_ctgov_choose_headlines (Builder     *b);
RccTrial *_rcc_ctgov_build_trial      (Study       *study,
                                       GPtrArray   *warnings);

G_END_DECLS
