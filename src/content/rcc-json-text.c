/* rcc-json-text.c
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rcc-json.h"

/* JSON as text, for every export: numbers as reported, in the C locale
 * whatever the user's (moved out of rcc-json.c to keep it short). */

/* The shortest text that reads back as the same double: json-glib 1.6
 * writes every double with 17 digits, so a reported 9.2 would read
 * 9.1999999999999993. */
static void
append_shortest_number (GString    *out,
                        const char *token,
                        gsize       length)
{
  g_autofree char *text = g_strndup (token, length);
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double value;

  if (strpbrk (text, ".eE") == NULL)
    {
      g_string_append (out, text);  /* an integer: already exact */
      return;
    }

  value = g_ascii_strtod (text, NULL);

  /* A whole number stays one: 230, not 2.3e+02. */
  if (value == floor (value) && fabs (value) < 1e15)
    {
      g_string_append_printf (out, "%.0f", value);
      return;
    }

  for (int digits = 1; digits <= 17; digits++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", digits);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        {
          g_string_append (out, buf);
          return;
        }
    }

  g_string_append (out, text);
}

static char *
shorten_numbers (const char *json)
{
  GString *out = g_string_sized_new (strlen (json));
  const char *p = json;

  while (*p != '\0')
    {
      if (*p == '"')
        {
          /* Copy a string whole, escapes included. */
          const char *start = p++;

          while (*p != '\0' && *p != '"')
            p += (*p == '\\' && p[1] != '\0') ? 2 : 1;
          if (*p == '"')
            p++;
          g_string_append_len (out, start, p - start);
        }
      else if (*p == '-' || g_ascii_isdigit (*p))
        {
          const char *start = p;

          while (*p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E' || g_ascii_isdigit (*p))
            p++;
          append_shortest_number (out, start, p - start);
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

char *
rcc_json_to_string (JsonNode *node,
                    gboolean  pretty)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *raw = NULL;

  g_return_val_if_fail (node != NULL, NULL);

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, node);

  raw = json_generator_to_data (generator, NULL);
  return shorten_numbers (raw);
}
