package org.dossier.extract.entity;

import org.dossier.annotation.AnnotatedArticle;
import org.dossier.annotation.Sentence;
import org.dossier.extract.place.Gazetteer;

/**
 * One pass of the entity layer over one article: names, nominals and pronouns found, typed,
 * clustered, described and related. Each stage works on the article's {@link Reading}, so it
 * lives for one call; the order of the stages is the order in which what one learns is needed by
 * the next.
 */
final class ArticleReading {

  private final Reading r;

  ArticleReading(AnnotatedArticle text, Lexicon lex, Gazetteer gazetteer) {
    this.r = new Reading(text, lex, gazetteer);
  }

  EntityLayer read() {
    NameFinder names = new NameFinder(r);
    for (Sentence s : r.sentences) {
      names.findNames(s);
    }
    NameTyping typing = new NameTyping(r);
    typing.retypeNames();
    typing.propagateNames();
    for (Mention m : r.names) {
      r.cover(m);
    }
    Descriptors descriptors = new Descriptors(r);
    for (Mention m : r.names) {
      descriptors.premodifiers(m);
    }
    NominalFinder nominals = new NominalFinder(r);
    for (Sentence s : r.sentences) {
      nominals.findNominalsAndPronouns(s);
    }
    PronounResolution pronouns = new PronounResolution(r);
    new Clustering(r, pronouns).cluster();
    ClusterMerges merges = new ClusterMerges(r);
    merges.mergeShortNames();
    merges.mergeSamePredicate();
    Relations relations = new Relations(r);
    relations.placeFacilities();
    descriptors.appositivesAndCopulas();
    Affiliations affiliations = new Affiliations(r);
    affiliations.attachDescribed();
    affiliations.memberships();
    relations.partsOf();
    relations.locatedIn();
    relations.heldIn();
    return new LayerBuilder(r).build(pronouns.candidates(), pronouns.features());
  }
}
