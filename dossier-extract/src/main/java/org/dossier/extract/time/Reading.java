package org.dossier.extract.time;

/** The meaning a rule gives an expression, resolved once the context is known. */
@FunctionalInterface
interface Reading {

  Resolution resolve(Context context);
}
