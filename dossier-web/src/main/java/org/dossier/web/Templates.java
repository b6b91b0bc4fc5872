package org.dossier.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The jte templates, compiled with the code; every value they print is escaped for HTML. */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  static String render(String name, Object page) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(name, page, out);
    return out.toString();
  }
}
