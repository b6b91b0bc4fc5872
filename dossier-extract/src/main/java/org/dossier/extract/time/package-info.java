/**
 * Time expressions: found in the text and normalised to TimeML TIMEX3 values against the
 * article's date. {@link org.dossier.extract.time.TimeTagger} is the stage; inside, a sentence's
 * tokens become {@code Words}, the {@code Grammar}'s hand-written matchers propose expressions,
 * and each is resolved ({@code Resolve}, {@code Choose}) with the tense of its clause
 * ({@code Tenses}) and the time the narrative has reached.
 *
 * <p>It uses the annotated sentences ({@code org.dossier.annotation}), spans of text
 * ({@code org.dossier.text}) and the records of the result ({@code org.dossier.analysis}):
 * nothing else of Dossier, and no NLP library.
 *
 * <p>Its classes call each other one way; a class uses only the classes of the layers above its
 * own in this list (the values {@code Words}, {@code Match}, {@code Reading}, {@code Context},
 * {@code Resolution}, {@code Stretch} and {@code Tense} serve every layer):
 * <ol>
 *   <li>the words and numbers of the calendar: {@code Lexicon} (month and weekday names, units,
 *       number words), then {@code Numerals} (a year, a day of the month, digits) and
 *       {@code Modifiers} ("early", "the end of", "more than"), which use it;
 *   <li>the meanings: {@code Choose} (which year or week a bare date falls in), then
 *       {@code Resolve};
 *   <li>the dates: {@code DateRules}, then {@code WeekdayRules}, {@code PeriodRules} (quarters,
 *       fiscal years, decades) and {@code HolidayRules} (holidays, seasons), which may use it;
 *   <li>the clock times: {@code ClockRules};
 *   <li>the quantities of time: {@code DurationRules} (durations, offsets, sets);
 *   <li>the expressions that point from the article's date or the story's time:
 *       {@code DeicticRules} and {@code AnaphoraRules};
 *   <li>{@code Grammar}, which calls every rule family and chooses among their matches;
 *   <li>{@code TimeTagger}, the stage, with {@code Tenses}.
 * </ol>
 * {@code RuleLayersTest} checks this order on the sources.
 */
package org.dossier.extract.time;
