package org.dossier.extract.event;

import java.util.Set;
import org.dossier.analysis.Event;

/**
 * A trigger before its arguments are resolved.
 *
 * @param type the PLOVER type the lexicon gives it
 * @param trigger the token of the trigger
 * @param verb the verb that carries it (itself for a verb, a light verb or the predicate for a noun), -1 for none
 * @param clause the head of its clause
 * @param nominal whether the trigger is a noun
 * @param carried whether a verb carries it or it is a predicate (a noun then needs no participant)
 * @param absorbed the event nouns inside a verb's object, which are part of its event
 */
record Candidate(
    Event.Type type, int trigger, int verb, int clause, boolean nominal, boolean carried, Set<Integer> absorbed) {}
