/* rcc-file-read.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rcc-file-read.h"

#include "content/rcc-content-error.h"

/* Reading a file whole, refusing a huge one before reading it into
 * memory: the content loader and the ClinicalTrials.gov importer read
 * outside files this way, each with its own limit and its own words for
 * what is wrong. */

/**
 * rcc_file_read:
 * @max_bytes: the largest file read
 * @size: (out) (optional): the file's size, once known
 *
 * Reads @file whole, unless it is larger than @max_bytes: then nothing
 * is read, and @error is %RCC_CONTENT_ERROR_TOO_LARGE with @size saying
 * how large it is.  Blocking: run it in a thread where that matters.
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error: too large, or GIO's error for a file that cannot be read
 */
GBytes *
rcc_file_read (GFile    *file,
               guint64   max_bytes,
               guint64  *size,
               GError  **error)
{
  g_autoptr(GFileInfo) info = NULL;
  guint64 file_size;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (size != NULL)
    *size = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE,
                            NULL, error);
  if (info == NULL)
    return NULL;

  file_size = (guint64)g_file_info_get_size (info);
  if (size != NULL)
    *size = file_size;

  if (file_size > max_bytes)
    {
      g_set_error (error, RCC_CONTENT_ERROR, RCC_CONTENT_ERROR_TOO_LARGE,
                   "the file is %" G_GUINT64_FORMAT " bytes, over %" G_GUINT64_FORMAT,
                   file_size, max_bytes);
      return NULL;
    }

  return g_file_load_bytes (file, NULL, NULL, error);
}
