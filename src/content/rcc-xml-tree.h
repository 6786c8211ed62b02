/* rcc-xml-tree.h
 *
 * SPDX-FileCopyrightText: 2026 RCC Guide authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

gboolean  rcc_xml_is_element (xmlNode    *node,
                              const char *name);
xmlNode  *rcc_xml_child      (xmlNode    *node,
                              const char *name);
char     *rcc_xml_attr       (xmlNode    *node,
                              const char *name);
long      rcc_xml_line       (xmlNode    *node);

G_END_DECLS
