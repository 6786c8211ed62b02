/* rcc-reference-row.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "rcc-reference-row.h"

#include "report/rcc-format.h"

/* A reference: its citation, with links to its PubMed record and DOI
 * where the content gives them, and under it what it is where it is not
 * a journal article, that the guide gives it only in part, and which
 * PDQ editions cite it.  GtkLinkButton opens the links with
 * gtk_show_uri(). */

struct _RccReferenceRow
{
  GtkListBoxRow  parent_instance;

  RccReference  *reference;

  GtkLabel      *notes_label;
};

G_DEFINE_FINAL_TYPE (RccReferenceRow, rcc_reference_row, GTK_TYPE_LIST_BOX_ROW)

enum {
  PROP_0,
  PROP_REFERENCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static char *
citation_cb (gpointer      instance,
             RccReference *reference)
{
  guint number;

  if (reference == NULL)
    return NULL;

  number = rcc_reference_get_number (reference);
  if (number == 0)
    return g_strdup (rcc_reference_get_citation (reference));

  /* Translators: a PDQ reference number, then the citation */
  return g_strdup_printf (_("%u. %s"), number, rcc_reference_get_citation (reference));
}

static gboolean
has_pmid_cb (gpointer instance,
             guint    pmid)
{
  return pmid > 0;
}

static char *
pubmed_label_cb (gpointer instance,
                 guint    pmid)
{
  /* Translators: a link to a PubMed record, with its PubMed id */
  return g_strdup_printf (_("PubMed (PMID %u)"), pmid);
}

static char *
pubmed_uri_cb (gpointer instance,
               guint    pmid)
{
  return g_strdup_printf ("https://pubmed.ncbi.nlm.nih.gov/%u/", pmid);
}

static gboolean
has_doi_cb (gpointer    instance,
            const char *doi)
{
  return doi != NULL && *doi != '\0';
}

static char *
doi_label_cb (gpointer    instance,
              const char *doi)
{
  return doi != NULL ? g_strdup_printf ("doi:%s", doi) : NULL;
}

static char *
doi_uri_cb (gpointer    instance,
            const char *doi)
{
  g_autofree char *escaped = NULL;

  /* GtkLinkButton needs a URI even while hidden */
  if (doi == NULL)
    return g_strdup ("");

  escaped = g_uri_escape_string (doi, G_URI_RESERVED_CHARS_ALLOWED_IN_PATH, FALSE);
  return g_strconcat ("https://doi.org/", escaped, NULL);
}

static gboolean
has_link_cb (gpointer    instance,
             guint       pmid,
             const char *doi)
{
  return has_pmid_cb (instance, pmid) || has_doi_cb (instance, doi);
}

/* "Drug label · Full citation not in this guide · Cited by the 2025 PDQ
 * and the 2014 PDQ" */
static char *
notes_text (RccReference *reference,
            RccCatalog   *catalog)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  const char * const *cited_by = rcc_reference_get_cited_by (reference);
  const char *kind = rcc_format_reference_kind (rcc_reference_get_kind (reference));
  g_autoptr(GPtrArray) editions = g_ptr_array_new_with_free_func (g_free);

  if (kind != NULL)
    {
      /* "drug label" at the start: "Drug label" */
      gunichar first = g_unichar_totitle (g_utf8_get_char (kind));
      char buffer[8] = { 0 };

      g_unichar_to_utf8 (first, buffer);
      g_ptr_array_add (parts, g_strconcat (buffer, g_utf8_next_char (kind), NULL));
    }

  if (rcc_reference_get_partial (reference))
    g_ptr_array_add (parts, g_strdup (_("Full citation not in this guide")));

  /* In the catalog's order, newest first */
  for (guint i = 0; catalog != NULL && cited_by != NULL &&
                    i < g_list_model_get_n_items (rcc_catalog_get_editions (catalog)); i++)
    {
      g_autoptr(RccEdition) edition = g_list_model_get_item (rcc_catalog_get_editions (catalog), i);

      if (g_strv_contains (cited_by, rcc_edition_get_id (edition)))
        g_ptr_array_add (editions, rcc_format_edition (edition));
    }

  if (editions->len == 1)
    /* Translators: the PDQ edition that cites a reference, "Cited by the 2025 PDQ" */
    g_ptr_array_add (parts, g_strdup_printf (_("Cited by the %s"), (char *)editions->pdata[0]));
  else if (editions->len > 1)
    {
      g_autofree char *list = NULL;

      g_ptr_array_add (editions, NULL);
      /* Translators: between PDQ editions, "the 2025 PDQ and the 2014 PDQ" */
      list = g_strjoinv (_(" and the "), (char **)editions->pdata);
      /* Translators: the PDQ editions that cite a reference, "Cited by the 2025 PDQ and the 2014 PDQ" */
      g_ptr_array_add (parts, g_strdup_printf (_("Cited by the %s"), list));
    }

  if (parts->len == 0)
    return NULL;

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return rcc_reference_row_new (item, user_data);
}

static void
rcc_reference_row_dispose (GObject *object)
{
  RccReferenceRow *self = (RccReferenceRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), RCC_TYPE_REFERENCE_ROW);
  g_clear_object (&self->reference);

  G_OBJECT_CLASS (rcc_reference_row_parent_class)->dispose (object);
}

static void
rcc_reference_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  RccReferenceRow *self = RCC_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      g_value_set_object (value, self->reference);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_reference_row_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  RccReferenceRow *self = RCC_REFERENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_REFERENCE:
      self->reference = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rcc_reference_row_class_init (RccReferenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rcc_reference_row_dispose;
  object_class->get_property = rcc_reference_row_get_property;
  object_class->set_property = rcc_reference_row_set_property;

  properties [PROP_REFERENCE] =
    g_param_spec_object ("reference", NULL, NULL,
                         RCC_TYPE_REFERENCE,
                         (G_PARAM_READWRITE |
                          G_PARAM_CONSTRUCT_ONLY |
                          G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/rcc-reference-row.ui");
  gtk_widget_class_bind_template_child (widget_class, RccReferenceRow, notes_label);
  gtk_widget_class_bind_template_callback (widget_class, citation_cb);
  gtk_widget_class_bind_template_callback (widget_class, doi_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, doi_uri_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_doi_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_link_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_pmid_cb);
  gtk_widget_class_bind_template_callback (widget_class, pubmed_label_cb);
  gtk_widget_class_bind_template_callback (widget_class, pubmed_uri_cb);
}

static void
rcc_reference_row_init (RccReferenceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * rcc_reference_row_new:
 * @catalog: (nullable): the reference's catalog, for the editions citing it
 */
GtkWidget *
rcc_reference_row_new (RccReference *reference,
                       RccCatalog   *catalog)
{
  RccReferenceRow *self;
  g_autofree char *notes = NULL;

  g_return_val_if_fail (RCC_IS_REFERENCE (reference), NULL);
  g_return_val_if_fail (!catalog || RCC_IS_CATALOG (catalog), NULL);

  self = g_object_new (RCC_TYPE_REFERENCE_ROW,
                       "reference", reference,
                       NULL);

  notes = notes_text (reference, catalog);
  gtk_label_set_text (self->notes_label, notes);
  gtk_widget_set_visible (GTK_WIDGET (self->notes_label), notes != NULL);

  return GTK_WIDGET (self);
}

/**
 * rcc_reference_row_bind_list:
 * @reference_ids: (nullable): ids of references in @catalog
 *
 * Makes @list_box show a row for each of @reference_ids, in order.
 */
void
rcc_reference_row_bind_list (GtkListBox         *list_box,
                             RccCatalog         *catalog,
                             const char * const *reference_ids)
{
  g_autoptr(GListStore) references = NULL;

  g_return_if_fail (GTK_IS_LIST_BOX (list_box));
  g_return_if_fail (RCC_IS_CATALOG (catalog));

  references = g_list_store_new (RCC_TYPE_REFERENCE);
  for (guint i = 0; reference_ids != NULL && reference_ids[i] != NULL; i++)
    {
      RccReference *reference = rcc_catalog_lookup_reference (catalog, reference_ids[i]);

      if (reference != NULL)
        g_list_store_append (references, reference);
    }

  gtk_list_box_bind_model (list_box, G_LIST_MODEL (references), create_row,
                           g_object_ref (catalog), g_object_unref);
}
