/* rcc-xml-loader-private.h: the content loader's state and the parts
 * its files share.  One job a file:
 *
 *   rcc-xml-problems.c  the FILE:LINE problems found, in report order
 *   rcc-xml-values.c    reading nodes and typed attribute values
 *   rcc-xml-schema.c    parsing a whole document safely; the schema
 *   rcc-xml-build.c     items (changes, references, treatments, trials)
 *                       into model objects
 *   rcc-xml-figures.c   a trial's arms and figures
 *   rcc-xml-lines.c     editions and lines of therapy (version 3)
 *   rcc-xml-levels.c    levels of evidence, CI levels, schema words
 *   rcc-xml-harm.c      harm, follow-up and ESMO-MCBS grades (version 4)
 *   rcc-xml-loader.c    the streaming read and the public load functions
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "content/rcc-content-error.h"
#include "content/rcc-xml-tree.h"
#include "model/rcc-catalog.h"

G_BEGIN_DECLS

/* Where a problem goes in the report.  The file gives the source,
 * editions and changelog, then lines, treatments, trials and references;
 * problems are reported with the references' first, as when the model
 * was built from a whole document (references first, as the others cite
 * them), then treatments, lines (which name treatments) and trials. */
typedef enum
{
  SECTION_HEAD,  /* the root, source, editions and changelog; parse and schema errors */
  SECTION_REFERENCES,
  SECTION_TREATMENTS,
  SECTION_LINES,
  SECTION_TRIALS,
  N_SECTIONS
} Section;

typedef struct
{
  int   code;          /* RccContentError */
  long  line;
  char *text;          /* "NAME:LINE: message", or NULL for ... */
  char *reference_id;  /* ... a reference cited before all were read */
} Problem;

typedef struct
{
  const char *name;
  GArray     *problems[N_SECTIONS];  /* of Problem, in report order */
  Section     section;               /* where rcc_loader_error() puts problems */
  gboolean    references_read;       /* cites can be checked at once */

  /* id -> line of first definition, for duplicate and cross-ref checks */
  GHashTable *treatment_lines;
  GHashTable *reference_lines;
  GHashTable *trial_lines;
  GHashTable *options;               /* PDQ option numbers of treatments */
  GHashTable *edition_lines;
  GHashTable *line_lines;            /* therapy line ids */

  /* The options of the lines of therapy, built once the treatments
   * they name are known: lines come before treatments in the file. */
  GPtrArray  *pending_options;       /* of RccPendingOption */
} Loader;

typedef struct _RccPendingOption RccPendingOption;
void        rcc_pending_option_free   (gpointer    data);

void        rcc_loader_init           (Loader     *loader,
                                       const char *name);
void        rcc_loader_clear          (Loader     *loader);
void        rcc_loader_reset          (Loader     *loader);
guint       rcc_loader_n_problems     (Loader     *loader);
void        rcc_loader_error          (Loader     *loader,
                                       int         code,
                                       long        line,
                                       const char *format,
                                       ...) G_GNUC_PRINTF (4, 5);
void        rcc_loader_check_cite     (Loader     *loader,
                                       long        line,
                                       const char *ref_id);
gboolean    rcc_loader_failed         (Loader     *loader,
                                       GError    **error);
char       *rcc_loader_unique_id      (Loader     *loader,
                                       GHashTable *lines,
                                       xmlNode    *node,
                                       const char *kind);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loader, rcc_loader_clear)

/* Reading nodes */
const char *rcc_xml_peek_attr         (xmlNode    *node,
                                       const char *name,
                                       char      **copy);
GPtrArray  *rcc_xml_peek_attrs        (xmlNode    *node,
                                       const char *first_name,
                                       ...) G_GNUC_NULL_TERMINATED;
char       *rcc_xml_get_attr          (xmlNode    *node,
                                       const char *name);
char       *rcc_xml_get_text          (xmlNode    *node);
char       *rcc_xml_child_text        (xmlNode    *node,
                                       const char *name);
char       *rcc_xml_child_text_lang   (xmlNode    *node,
                                       const char *name,
                                       const char *lang);
gboolean    rcc_xml_parse_bool        (xmlNode    *node,
                                       const char *attr,
                                       gboolean    fallback);
gboolean    rcc_xml_parse_number      (const char *text,
                                       double     *value);

/* Reading nodes, problems going into @loader */
gboolean    rcc_loader_parse_double   (Loader     *loader,
                                       xmlNode    *node,
                                       const char *attr,
                                       double     *out);
guint       rcc_loader_parse_uint     (Loader     *loader,
                                       xmlNode    *node,
                                       const char *attr);
int         rcc_loader_parse_enum     (Loader     *loader,
                                       xmlNode    *node,
                                       const char *attr,
                                       GType       type,
                                       int         fallback);
char      **rcc_loader_parse_endpoint_list (Loader *loader,
                                           xmlNode    *node,
                                           const char *attr);
char      **rcc_loader_collect_cites  (Loader     *loader,
                                       xmlNode    *node);

/* Parsing and the schema (rcc-xml-schema.c) */
void        rcc_loader_add_unsafe_error (Loader   *loader,
                                         long      line);
xmlDoc     *rcc_loader_parse_document (Loader     *loader,
                                       const char *data,
                                       gsize       length);
xmlRelaxNGPtr rcc_loader_get_schema    (void);
/* Content the build checked against the schema (rcc-xml-loader.c) */
RccCatalog *rcc_loader_load_schema_checked (GBytes     *bytes,
                                            const char *display_name,
                                            GError    **error);
gboolean    rcc_loader_validate_schema (Loader    *loader,
                                        xmlDoc    *doc);

/* Building (rcc-xml-build.c, rcc-xml-figures.c) */
void        rcc_loader_set_source     (Loader     *loader,
                                       xmlNode    *source,
                                       guint       version,
                                       RccCatalog *catalog);
void        rcc_loader_build_change   (Loader     *loader,
                                       xmlNode    *node,
                                       RccCatalog *catalog);
void        rcc_loader_build_reference (Loader    *loader,
                                        xmlNode   *node,
                                        RccCatalog *catalog);
void        rcc_loader_build_treatment (Loader    *loader,
                                        xmlNode   *node,
                                        RccCatalog *catalog);
void        rcc_loader_add_trial      (Loader     *loader,
                                       xmlNode    *node,
                                       RccCatalog *catalog);
RccCatalog *rcc_loader_load_document  (Loader     *loader,
                                       const char *data,
                                       gsize       length);
RccArm     *rcc_loader_build_arm      (Loader     *loader,
                                       xmlNode    *node);
RccMedian  *rcc_loader_build_median   (Loader     *loader,
                                       xmlNode    *node,
                                       RccTrial   *trial);
RccHazardRatio *rcc_loader_build_hazard_ratio (Loader   *loader,
                                               xmlNode  *node,
                                               RccTrial *trial);
RccRate    *rcc_loader_build_rate     (Loader     *loader,
                                       xmlNode    *node,
                                       RccTrial   *trial);

/* The parts of version 3 (rcc-xml-lines.c, rcc-xml-levels.c) */
void        rcc_loader_build_edition  (Loader     *loader,
                                       xmlNode    *node,
                                       RccCatalog *catalog);
void        rcc_loader_begin_lines    (Loader     *loader,
                                       xmlNode    *lines);
void        rcc_loader_build_line     (Loader     *loader,
                                       xmlNode    *node,
                                       RccCatalog *catalog);
void        rcc_loader_finish_lines   (Loader     *loader,
                                       RccCatalog *catalog);
void        rcc_loader_check_reference (Loader    *loader,
                                        xmlNode   *node,
                                        gboolean   has_pmid_or_doi);
char      **rcc_loader_parse_cited_by (Loader     *loader,
                                       xmlNode    *node);
double      rcc_loader_parse_ci_level (Loader     *loader,
                                       xmlNode    *node);
void        rcc_loader_add_levels     (Loader     *loader,
                                       xmlNode    *node,
                                       RccTrial   *trial);
char       *rcc_loader_explain_schema_error (xmlNode *node);

/* The parts of version 4 (rcc-xml-harm.c) */
void        rcc_loader_add_harm       (Loader     *loader,
                                       xmlNode    *node,
                                       RccTrial   *trial);
char       *rcc_loader_explain_harm_error (xmlNode *node);

G_END_DECLS
