/**
 * Time expressions: found in the text and normalised to TimeML TIMEX3 values against the
 * article's date. {@link org.dossier.extract.time.TimeTagger} is the stage; inside, a sentence's
 * tokens become {@code Words}, the {@code Grammar}'s hand-written matchers propose expressions,
 * and each is resolved ({@code Resolve}, {@code Choose}) with the tense of its clause
 * ({@code Tenses}) and the time the narrative has reached.
 */
package org.dossier.extract.time;
