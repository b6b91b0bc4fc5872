package org.dossier.app;

/** How a command that reads the corpus answers: text for people, one JSON document for scripts. */
enum OutputFormat {
  text,
  json
}
